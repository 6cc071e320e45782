/**
 * The command line over the ExcelJS door: inspect, recode, check, request, prepare. Every error is one
 * sentence in the user's language (from LANG), naming the file, sheet, row or column concerned.
 * Exit codes: 0 ok; 2 usage error; 3 small cells with --fail-on-small; 4 input unreadable or no table.
 */
import { Command, CommanderError, Option } from "commander";
import {
  COLUMN_ROLES,
  userMessage,
  readingNotes,
  recodeTable,
  reasonText,
  t,
  type JobSettings,
  type MessageKey,
  type MessageParams,
  type Reason,
} from "../core";
import { columnLetters } from "../workbook/port";
import { saveSettingsChecked } from "../workbook/savedSettings";
import { columnsToWrite, readNeeded, recodeAndWrite } from "../workbook/tasks";
import { runCheck, type CheckOptions } from "./check";
import { CliError, defaultIo, type Io, type Translate } from "./io";
import { runRequest, type RequestOptions } from "./request";
import { runResults, type ResultsOptions } from "./results";
import { summariseProblems, summariseScreen } from "./summaries";
import { checkOutput, collect, detectOrFail, open, save, type CommonOptions } from "./workbookFile";

export { CliError, defaultIo, type Io } from "./io";

export async function run(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  const tr = (key: MessageKey, params?: MessageParams) => t(io.lang, key, params);
  // Help and usage errors speak the user's language too; subcommands inherit these settings.
  const titles: Record<string, MessageKey> = {
    "Usage:": "cli.help.usage",
    "Options:": "cli.help.options",
    "Commands:": "cli.help.commands",
    "Arguments:": "cli.help.arguments",
  };
  const program = new Command("diversity-request")
    .description(tr("cli.help.program"))
    .exitOverride()
    .helpOption("-h, --help", tr("cli.help.help"))
    .helpCommand("help [command]", tr("cli.help.helpCommand"))
    .configureHelp({
      styleTitle: (title) => (titles[title] ? tr(titles[title]) : title),
      // Commander adds "(default: ...)" and "(choices: ...)" in English: the catalogues say them instead.
      optionDescription: (option) => option.description,
    })
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      // Usage errors are written in the catch below, translated; commander's English stays out.
      outputError: () => undefined,
    });

  const schemeOptions = (cmd: Command) =>
    cmd
      .option("--sheet <name>", tr("cli.help.sheet"))
      .option("--age-scheme <scheme>", tr("cli.help.ageScheme"))
      .option("--origin-scheme <scheme>", tr("cli.help.originScheme"))
      .option("--reference-date <date>", tr("cli.help.referenceDate"))
      .option("--map <role=header>", tr("cli.help.map", { roles: COLUMN_ROLES.join(", ") }), collect)
      .option("--json", tr("cli.help.json"))
      .option("--verbose", tr("cli.help.verbose"));

  program
    .command("inspect")
    .argument("<in.xlsx>")
    .option("--sheet <name>", tr("cli.help.sheet"))
    .option("--json", tr("cli.help.json"))
    .option("--verbose", tr("cli.help.verbose"))
    .description(tr("cli.help.inspect"))
    .action(async (input: string, options: CommonOptions) => {
      const { workbook, settings } = await open(input, options, io);
      const detected = await detectOrFail(workbook, settings, options, input, tr);
      const table = await readNeeded(workbook, detected);
      const recoded = recodeTable(table, detected.roles, settings);
      const problems = Object.entries(recoded.variables).flatMap(([, v]) => {
        const header = table.headers[v.source] ?? "";
        const byReason = new Map<Reason, number>();
        for (const u of v.column.unknown)
          if (u.reason !== "empty") byReason.set(u.reason, (byReason.get(u.reason) ?? 0) + u.count);
        for (const i of v.column.invalid) byReason.set(i.reason, (byReason.get(i.reason) ?? 0) + 1);
        return [...byReason].map(([reason, count]) => ({ column: header, reason, count }));
      });
      const headerRowNumber = detected.source.firstRow + detected.headerRow + 1;
      if (options.json) {
        io.out(
          JSON.stringify({
            sheet: detected.source.sheet,
            address: detected.source.address,
            headerRow: headerRowNumber,
            rows: table.rowCount,
            ...(table.totalsLeftOut ? { totalsLeftOut: table.totalsLeftOut } : {}),
            columns: detected.guess.columns.map((c) => ({
              index: c.index,
              header: c.header,
              role: c.role,
              confidence: round(c.confidence),
              basis: c.basis,
            })),
            problems,
          }),
        );
        return;
      }
      io.out(
        tr("cli.inspect.table", {
          sheet: detected.source.sheet,
          address: detected.source.address,
          row: headerRowNumber,
          rows: table.rowCount,
        }),
      );
      for (const c of detected.guess.columns) {
        io.out(
          tr("cli.inspect.column", {
            letter: columnLetters(detected.source.firstColumn + c.index),
            header: c.header || "—",
            role: tr(`role.${c.role}`),
            confidence: Math.round(c.confidence * 100),
          }),
        );
      }
      if (detected.roles.birthDate === undefined && detected.roles.age === undefined) io.out(tr("decide.noBirthDate"));
      for (const note of readingNotes(recoded, table)) io.out(tr(note.key, note.params));
      if (problems.length === 0) io.out(tr("cli.inspect.none"));
      else {
        io.out(tr("cli.inspect.problems"));
        for (const p of problems)
          io.out(
            tr("cli.inspect.problem", { column: p.column, count: p.count, reason: reasonText(p.reason, io.lang) }),
          );
      }
    });

  schemeOptions(
    program.command("recode").argument("<in.xlsx>").requiredOption("-o, --output <out.xlsx>", tr("cli.help.output")),
  )
    .description(tr("cli.help.recode"))
    .action(async (input: string, options: CommonOptions & { output: string }) => {
      checkOutput(input, options.output, tr);
      const { workbook, settings } = await open(input, options, io);
      const detected = await detectOrFail(workbook, settings, options, input, tr);
      const table = await readNeeded(workbook, detected);
      const recoded = await recodeAndWrite(workbook, detected, table, settings);
      await saveSettingsChecked(workbook, settings);
      summariseScreen(recoded, null, settings.sheetLang, io, tr);
      await save(workbook, options.output, tr, options.verbose === true);
      const written = columnsToWrite(recoded, settings);
      if (options.json) {
        io.out(
          JSON.stringify({
            rows: table.rowCount,
            columns: written.map((w) => ({
              source: table.headers[w.source],
              target: w.header,
              kind: w.kind,
              scheme: schemeOf(w.kind, settings),
            })),
            counts: Object.fromEntries(written.map((w) => [w.header, w.column.counts])),
            unknown: Object.fromEntries(
              written.map((w) => [w.header, w.column.unknown.map(({ value, count }) => ({ value, count }))]),
            ),
            invalid: Object.fromEntries(
              written.map((w) => [
                w.header,
                w.column.invalid.map(({ row, value, reason }) => ({
                  row: row + detected.source.firstRow,
                  value,
                  reason,
                })),
              ]),
            ),
          }),
        );
        return;
      }
      io.out(tr("cli.summary.recoded", { rows: table.rowCount, columns: written.map((w) => w.header).join(", ") }));
      summariseProblems(written, io, tr, detected);
      for (const note of readingNotes(recoded, table)) io.out(tr(note.key, note.params));
      io.out(tr("cli.summary.written", { file: options.output, sheets: workbook.outputSheets().join(", ") }));
    });

  schemeOptions(program.command("check").argument("<in.xlsx>"))
    .requiredOption("--dims <list>", tr("cli.help.dims"))
    .option("--threshold <k>", tr("cli.help.threshold"), "5")
    .option("--zeros-small", tr("cli.help.zerosSmall"))
    .option("--fail-on-small", tr("cli.help.failOnSmall"))
    .description(tr("cli.help.check"))
    .action(async (input: string, options: CheckOptions) => runCheck(input, options, io, tr));

  const requestLike = (cmd: Command) =>
    schemeOptions(cmd.argument("<in.xlsx>").requiredOption("-o, --output <out.xlsx>", tr("cli.help.output")))
      .addOption(new Option("--lang <lang>", tr("cli.help.lang")).choices(["nl", "fr", "en"]))
      .option("--linkage", tr("cli.help.linkage"))
      .option("--strict", tr("cli.help.strict"))
      .option("--send-copy <copy.xlsx>", tr("cli.help.sendCopy"))
      // Refused (runRequest says why): kept as an option so that a script using it gets the reason.
      .addOption(new Option("--with-check", tr("cli.help.withCheck")).hideHelp())
      .option("--threshold <k>", tr("cli.help.threshold"));

  requestLike(program.command("request"))
    .requiredOption("--answers <answers.json>", tr("cli.help.answers"))
    .description(tr("cli.help.request"))
    .action(async (input: string, options: RequestOptions) => runRequest(input, options, io, tr, false));

  requestLike(program.command("prepare"))
    .option("--answers <answers.json>", tr("cli.help.answers"))
    .description(tr("cli.help.prepare"))
    .action(async (input: string, options: RequestOptions) => runRequest(input, options, io, tr, true));

  program
    .command("results")
    .argument("<workbook.xlsx>")
    .requiredOption("--delivery <file>", tr("cli.help.delivery"), collect)
    .option("--reference <ref.csv>", tr("cli.help.reference"))
    .option("--map-label <label=id>", tr("cli.help.mapLabel"), collect)
    .requiredOption("-o, --output <out.xlsx>", tr("cli.help.resultsOutput"))
    .option("--sheet <name>", tr("cli.help.sheet"))
    .option("--json", tr("cli.help.json"))
    .option("--verbose", tr("cli.help.verbose"))
    .description(tr("cli.help.results"))
    .action(async (input: string, options: ResultsOptions) => runResults(input, options, io, tr));

  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, help
      io.err(usageError(error, argv, tr));
      return 2;
    }
    if (error instanceof CliError) {
      io.err(error.message);
      return error.code;
    }
    const refusal = userMessage(error, argv.find((a) => a.endsWith(".xlsx")) ?? "");
    if (refusal) {
      io.err(tr(refusal.key, refusal.params));
      return refusal.kind === "usage" ? 2 : 4;
    }
    throw error;
  }
}

/**
 * A commander usage error in the user's language. Commander says what went wrong in English, with the
 * names involved between quotes; those names are taken over, the sentence is ours.
 */
function usageError(error: CommanderError, argv: readonly string[], tr: Translate): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "");
  const command = argv.find((a) => !a.startsWith("-")) ?? "";
  switch (error.code) {
    case "commander.unknownCommand":
      return tr("cli.error.unknownCommand", { name: quoted[0] ?? "" });
    case "commander.unknownOption":
      return tr("cli.error.unknownOption", { option: quoted[0] ?? "", command });
    case "commander.missingArgument":
      return tr("cli.error.missingArgument", { name: quoted[0] ?? "" });
    case "commander.missingMandatoryOptionValue":
      return tr("cli.error.missingOption", { option: quoted[0] ?? "" });
    case "commander.optionMissingArgument":
      return tr("cli.error.optionArgument", { option: quoted[0] ?? "" });
    case "commander.invalidArgument": {
      const choices = /Allowed choices are (.*)\.$/.exec(error.message)?.[1] ?? "";
      return tr("cli.error.invalidChoice", { option: quoted[0] ?? "", value: quoted[1] ?? "", choices });
    }
    case "commander.excessArguments":
      return tr("cli.error.excessArguments", { command });
    default:
      return error.message.replace(/^error: /, "");
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function schemeOf(kind: string, settings: JobSettings): string {
  return kind === "age" ? settings.ageScheme : kind === "origin" ? settings.originScheme : "grouping";
}
