/** Entry of the `diversity-request` command. */
import { removeUnfinishedFiles } from "../workbook/exceljs/node";
import { run } from "./program";

// Ctrl-C, a closed terminal or a stop from a scheduler: remove the half-written output (it holds the
// staff's data) before ending with the signal's usual status. The reader itself writes no temporary file.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const)
  process.on(signal, () => {
    removeUnfinishedFiles();
    process.exit(code);
  });

// A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go, and
// that is no error of ours. End quietly instead of printing a stack trace; any other error still shows.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure: say so plainly, with the stack for a bug report; never exit silently.
    console.error(error);
    process.exitCode = 1;
  },
);
