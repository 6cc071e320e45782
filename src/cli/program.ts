/**
 * The command line over the ExcelJS door: inspect, recode, check, request, prepare. Every error is one
 * sentence in the user's language (from LANG), naming the file, sheet, row or column concerned.
 * Exit codes: 0 ok; 2 usage error; 3 small cells with --fail-on-small; 4 input unreadable or no table.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import {
  COLUMN_ROLES,
  OWN_ROLES,
  checkRecoded,
  recodeTable,
  describeLevel,
  isOriginSchemeId,
  langFromLocale,
  parseAgeScheme,
  parseIsoDate,
  reasonText,
  sanitiseAnswers,
  t,
  type CheckOutcome,
  type ColumnRole,
  type JobSettings,
  type Lang,
  type MessageKey,
  type MessageParams,
  type OwnRole,
  type Reason,
  type WrittenColumn,
} from "../core";
import { columnLetters } from "../workbook/port";
import { openXlsxFile, saveXlsxFile } from "../workbook/exceljs/node";
import type { FileWorkbook } from "../workbook/exceljs/fileWorkbook";
import {
  columnsToWrite,
  detect,
  loadSettings,
  prepare,
  readNeeded,
  recodeAndWrite,
  type Detected,
} from "../workbook/tasks";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  tty: boolean;
  /** ISO yyyy-mm-dd: today, for default reference dates and the sheet's date. */
  today: string;
  lang: Lang;
}

/** A failure with its exit code and a message already in the user's language. */
export class CliError extends Error {
  constructor(
    readonly code: 2 | 3 | 4,
    message: string,
  ) {
    super(message);
  }
}

export function defaultIo(): Io {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    tty: Boolean(process.stderr.isTTY),
    today: new Date().toISOString().slice(0, 10),
    lang: langFromLocale((process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "").split(".")[0]),
  };
}

interface CommonOptions {
  sheet?: string;
  json?: boolean;
  ageScheme?: string;
  originScheme?: string;
  referenceDate?: string;
  map?: string[];
}

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
    .configureHelp({ styleTitle: (title) => (titles[title] ? tr(titles[title]) : title) })
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
      .option("--map <role=header>", tr("cli.help.map", { roles: COLUMN_ROLES.join(", ") }), collect, [])
      .option("--json", tr("cli.help.json"));

  program
    .command("inspect")
    .argument("<in.xlsx>")
    .option("--sheet <name>", tr("cli.help.sheet"))
    .option("--json", tr("cli.help.json"))
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
      await workbook.saveSettings(settings);
      await save(workbook, options.output, tr);
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
      io.out(tr("cli.summary.written", { file: options.output, sheets: workbook.outputSheets().join(", ") }));
    });

  schemeOptions(program.command("check").argument("<in.xlsx>"))
    .requiredOption("--dims <list>", tr("cli.help.dims"))
    .option("--threshold <k>", tr("cli.help.threshold"), "5")
    .option("--zeros-small", tr("cli.help.zerosSmall"))
    .option("--fail-on-small", tr("cli.help.failOnSmall"))
    .description(tr("cli.help.check"))
    .action(
      async (
        input: string,
        options: CommonOptions & { dims: string; threshold: string; zerosSmall?: boolean; failOnSmall?: boolean },
      ) => {
        const threshold = Number(options.threshold);
        if (!Number.isInteger(threshold) || threshold < 2)
          throw new CliError(
            2,
            `--threshold ${options.threshold}: ${tr("cli.error.usage", { message: "2, 3, 4, ..." })}`,
          );
        const { workbook, settings } = await open(input, options, io);
        settings.threshold = threshold;
        settings.zerosAreSmall = options.zerosSmall === true;
        const detected = await detectOrFail(workbook, settings, options, input, tr);
        const dims = options.dims
          .split(",")
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => dimensionOf(d, detected, tr));
        settings.tables = [dims];
        settings.own = dims.filter((d): d is OwnRole => (OWN_ROLES as readonly string[]).includes(d));
        settings.ksz = {
          sex: dims.includes("sex"),
          ageBand: dims.includes("ageBand"),
          originGroup: dims.includes("originGroup"),
        };
        const table = await readNeeded(workbook, detected);
        const recoded = recodeTable(table, detected.roles, settings);
        const checked = checkRecoded(table, recoded, settings, table.headers);
        const small = checked.report.tables.reduce((n, tab) => n + tab.smallCells, 0);
        if (options.json) {
          io.out(
            JSON.stringify({
              threshold: checked.report.threshold,
              tables: checked.report.tables.map((tab) => ({
                dimensions: tab.dimensions,
                cells: tab.cells.map(({ key, count, status }) => ({ key, count, status })),
                warnings: tab.warnings,
              })),
              predictions: checked.report.predictions,
              suggestions: checked.report.suggestions.suggestions.map((s) => ({
                ...s,
                method: checked.report.suggestions.method,
                nodesEvaluated: checked.report.suggestions.nodesEvaluated,
              })),
            }),
          );
        } else summariseCheck(checked, io, tr);
        if (options.failOnSmall && small > 0)
          throw new CliError(
            3,
            tr("cli.summary.check", {
              k: threshold,
              tables: checked.report.tables.length,
              small,
              secondary: checked.report.tables.reduce((n, tab) => n + tab.secondaryCells, 0),
            }),
          );
      },
    );

  const requestLike = (cmd: Command) =>
    schemeOptions(cmd.argument("<in.xlsx>").requiredOption("-o, --output <out.xlsx>", tr("cli.help.output")))
      .addOption(new Option("--lang <lang>", tr("cli.help.lang")).choices(["nl", "fr", "en"]))
      .option("--linkage", tr("cli.help.linkage"))
      .option("--threshold <k>", tr("cli.help.threshold"));

  requestLike(program.command("request"))
    .requiredOption("--answers <answers.json>", tr("cli.help.answers"))
    .description(tr("cli.help.request"))
    .action(async (input: string, options: RequestOptions) => runRequest(input, options, io, tr, false));

  requestLike(program.command("prepare"))
    .option("--answers <answers.json>", tr("cli.help.answers"))
    .description(tr("cli.help.prepare"))
    .action(async (input: string, options: RequestOptions) => runRequest(input, options, io, tr, true));

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
    throw error;
  }
}

/**
 * A commander usage error in the user's language. Commander says what went wrong in English, with the
 * names involved between quotes; those names are taken over, the sentence is ours.
 */
function usageError(
  error: CommanderError,
  argv: readonly string[],
  tr: (key: MessageKey, params?: MessageParams) => string,
): string {
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

interface RequestOptions extends CommonOptions {
  output: string;
  answers?: string;
  lang?: Lang;
  linkage?: boolean;
  threshold?: string;
}

async function runRequest(
  input: string,
  options: RequestOptions,
  io: Io,
  tr: (key: MessageKey, params?: MessageParams) => string,
  whole: boolean,
): Promise<void> {
  checkOutput(input, options.output, tr);
  const { workbook, settings } = await open(input, options, io);
  if (options.answers) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(options.answers, "utf8"));
    } catch (error) {
      throw new CliError(2, tr("cli.error.answers", { file: options.answers, detail: (error as Error).message }));
    }
    settings.answers = { ...settings.answers, ...sanitiseAnswers(raw) };
  }
  if (options.lang) settings.sheetLang = options.lang;
  if (options.linkage) settings.linkage = true;
  if (options.threshold !== undefined) {
    const k = Number(options.threshold);
    if (!Number.isInteger(k) || k < 2) throw new CliError(2, `--threshold ${options.threshold}`);
    settings.threshold = k;
  }
  let result;
  try {
    // `request` leaves the data sheet as it was: only the check, request and linkage sheets are new.
    result = await prepare(workbook, settings, io.today, io.lang, {
      writeColumns: whole,
      ...(options.sheet ? { sheet: options.sheet } : {}),
    });
  } catch (error) {
    throw new CliError(4, tr("cli.error.noTable", { file: input, detail: (error as Error).message }));
  }
  await save(workbook, options.output, tr);
  if (options.json) {
    io.out(JSON.stringify({ missing: result.request.missing, check: { tables: result.checked.report.tables.length } }));
    return;
  }
  if (whole) {
    io.out(
      tr("cli.summary.recoded", {
        rows: result.table.rowCount,
        columns: columnsToWrite(result.recoded, settings)
          .map((w) => w.header)
          .join(", "),
      }),
    );
    summariseProblems(columnsToWrite(result.recoded, settings), io, tr, result.detected);
  }
  summariseCheck(result.checked, io, tr);
  const missing = result.request.missing;
  io.out(
    missing.length === 0
      ? tr("cli.summary.complete")
      : tr("cli.summary.missing", {
          count: missing.length,
          first: missing
            .slice(0, 3)
            .map((m) => m.text)
            .join("; "),
        }),
  );
  io.out(tr("cli.summary.written", { file: options.output, sheets: workbook.outputSheets().join(", ") }));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const round = (n: number) => Math.round(n * 100) / 100;

function schemeOf(kind: string, settings: JobSettings): string {
  return kind === "age" ? settings.ageScheme : kind === "origin" ? settings.originScheme : "grouping";
}

function checkOutput(input: string, output: string, tr: (key: MessageKey, params?: MessageParams) => string): void {
  if (resolve(input) === resolve(output)) throw new CliError(2, tr("cli.error.sameFile", { file: output }));
}

async function open(
  input: string,
  options: CommonOptions,
  io: Io,
): Promise<{ workbook: FileWorkbook; settings: JobSettings }> {
  const tr = (key: MessageKey, params?: MessageParams) => t(io.lang, key, params);
  let workbook: FileWorkbook;
  try {
    workbook = await openXlsxFile(
      input,
      io.tty ? (rows) => process.stderr.write(`\r${tr("cli.progress.reading", { file: input, rows })}`) : undefined,
    );
    if (io.tty) process.stderr.write("\n");
  } catch (error) {
    throw new CliError(4, tr("cli.error.unreadable", { file: input, detail: (error as Error).message }));
  }
  const { settings, damaged } = await loadSettings(workbook, io.today);
  if (damaged) io.err(tr("settings.damaged"));
  if (options.ageScheme !== undefined) {
    const scheme = parseAgeScheme(options.ageScheme);
    if (!scheme.ok)
      throw new CliError(
        2,
        tr("cli.error.ageScheme", { value: options.ageScheme, detail: tr(`ageScheme.error.${scheme.reason}`) }),
      );
    settings.ageScheme = options.ageScheme;
  }
  if (options.originScheme !== undefined) {
    if (!isOriginSchemeId(options.originScheme))
      throw new CliError(2, tr("cli.error.originScheme", { value: options.originScheme }));
    settings.originScheme = options.originScheme;
  }
  if (options.referenceDate !== undefined) {
    if (!parseIsoDate(options.referenceDate).ok)
      throw new CliError(2, tr("cli.error.referenceDate", { value: options.referenceDate }));
    settings.referenceDate = options.referenceDate;
  }
  for (const entry of options.map ?? []) {
    const [role, ...rest] = entry.split("=");
    const header = rest.join("=").trim();
    if (!role || !(COLUMN_ROLES as readonly string[]).includes(role.trim()) || header === "") {
      throw new CliError(
        2,
        tr("cli.error.map", { value: entry, roles: COLUMN_ROLES.join(", "), sheet: options.sheet ?? "" }),
      );
    }
    settings.roles[role.trim() as ColumnRole] = header;
  }
  return { workbook, settings };
}

async function detectOrFail(
  workbook: FileWorkbook,
  settings: JobSettings,
  options: CommonOptions,
  input: string,
  tr: (key: MessageKey, params?: MessageParams) => string,
): Promise<Detected> {
  let detected: Detected;
  try {
    detected = await detect(workbook, settings, options.sheet ? { sheet: options.sheet } : {});
  } catch (error) {
    throw new CliError(4, tr("cli.error.noTable", { file: input, detail: (error as Error).message }));
  }
  for (const [role, header] of Object.entries(settings.roles)) {
    if (!detected.guess.columns.some((c) => c.header === header)) {
      throw new CliError(
        2,
        tr("cli.error.map", {
          value: `${role}=${header}`,
          roles: COLUMN_ROLES.join(", "),
          sheet: detected.source.sheet,
        }),
      );
    }
  }
  return detected;
}

/** A --dims entry as a check variable: ageBand, originGroup, sex, an own role, or the header of such a column. */
function dimensionOf(
  name: string,
  detected: Detected,
  tr: (key: MessageKey, params?: MessageParams) => string,
): string {
  const known = ["ageBand", "originGroup", "sex", ...OWN_ROLES];
  if (known.includes(name)) return name;
  if (name === "birthDate" || name === "age") return "ageBand";
  if (name === "nationality") return "originGroup";
  const column = detected.guess.columns.find((c) => c.header.toLowerCase() === name.toLowerCase());
  const role = column ? Object.entries(detected.roles).find(([, i]) => i === column.index)?.[0] : undefined;
  const variable = role === "birthDate" || role === "age" ? "ageBand" : role === "nationality" ? "originGroup" : role;
  if (variable && known.includes(variable)) return variable;
  throw new CliError(2, tr("cli.error.dim", { value: name }));
}

function summariseProblems(
  written: WrittenColumn[],
  io: Io,
  tr: (key: MessageKey, params?: MessageParams) => string,
  detected: Detected,
): void {
  for (const w of written) {
    const unknownCount = w.column.unknown.reduce((n, u) => n + u.count, 0);
    if (unknownCount > 0) {
      const values = w.column.unknown
        .slice(0, 5)
        .map((u) => `${u.value === "" ? "∅" : u.value} × ${u.count}`)
        .join(", ");
      io.out(tr("cli.summary.unknown", { column: w.header, count: unknownCount, values }));
    }
    const first = w.column.invalid[0];
    if (first)
      io.out(
        tr("cli.summary.invalid", {
          column: w.header,
          count: w.column.invalid.length,
          row: first.row + detected.source.firstRow,
          reason: reasonText(first.reason, io.lang),
        }),
      );
  }
}

function summariseCheck(checked: CheckOutcome, io: Io, tr: (key: MessageKey, params?: MessageParams) => string): void {
  const { report } = checked;
  io.out(
    tr("cli.summary.check", {
      k: report.threshold,
      tables: report.tables.length,
      small: report.tables.reduce((n, tab) => n + tab.smallCells, 0),
      secondary: report.tables.reduce((n, tab) => n + tab.secondaryCells, 0),
    }),
  );
  const best = report.suggestions.suggestions[0];
  if (best) {
    const levels = Object.entries(best.levels)
      .filter(([, ref]) => ref.kind !== "asRequested")
      .map(([dim, ref]) => `${checked.labels[dim]?.title ?? dim}: ${describeLevel(ref, io.lang)}`)
      .join("; ");
    if (levels) io.out(tr("cli.summary.suggestion", { loss: Math.round(best.loss * 100), levels }));
  }
}

async function save(
  workbook: FileWorkbook,
  output: string,
  tr: (key: MessageKey, params?: MessageParams) => string,
): Promise<void> {
  try {
    await saveXlsxFile(workbook, output);
  } catch (error) {
    throw new CliError(4, tr("cli.error.write", { file: output, detail: (error as Error).message }));
  }
}
