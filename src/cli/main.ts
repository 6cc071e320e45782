/** Entry of the `diversity-request` command. */
import { run } from "./program";

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
