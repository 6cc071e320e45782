/**
 * The command line's input and output: opening the .xlsx with the choices given on the command line,
 * finding its table, naming the check's variables, and saving the result.
 */
import { existsSync, statSync } from "node:fs";
import {
  COLUMN_ROLES,
  userMessage,
  OWN_ROLES,
  isOriginSchemeId,
  parseAgeScheme,
  parseIsoDate,
  t,
  type ColumnRole,
  type JobSettings,
  type MessageKey,
  type MessageParams,
  noDataReason,
} from "../core";
import type { FileWorkbook } from "../workbook/exceljs/fileWorkbook";
import { openXlsxFile, saveXlsxFile } from "../workbook/exceljs/node";
import { detect, loadSettings, type Detected } from "../workbook/tasks";
import { CliError, type Io, type Translate } from "./io";
import { inputKind, unreadableKey } from "./inputFiles";
import { outputProblem, type OutputProblem } from "./outputPath";

export interface CommonOptions {
  /** The engine's own error text too, for a bug report. */
  verbose?: boolean;
  sheet?: string;
  json?: boolean;
  ageScheme?: string;
  originScheme?: string;
  referenceDate?: string;
  map?: string[];
}

/**
 * A repeatable option's values. No default is given to Commander: it would print "(default: [])" in
 * English inside the nl and fr help.
 */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Refuse, before any work, an output that would harm the input or cannot be a file (see outputPath). */
export function checkOutput(input: string, output: string, tr: Translate): void {
  let problem: OutputProblem | null;
  try {
    problem = outputProblem(input, output);
  } catch {
    return; // the input cannot be read: opening it says so, with its own message
  }
  if (problem === "empty") throw new CliError(2, tr("cli.error.emptyOutput"));
  if (problem === "input") throw new CliError(2, tr("cli.error.sameFile", { file: output }));
  if (problem === "special") throw new CliError(2, tr("cli.error.specialOutput", { file: output }));
}

export async function open(
  input: string,
  options: CommonOptions,
  io: Io,
): Promise<{ workbook: FileWorkbook; settings: JobSettings }> {
  const tr = (key: MessageKey, params?: MessageParams) => t(io.lang, key, params);
  // A file that is plainly another kind (.xls, encrypted, .ods, CSV) is named for what it is at once:
  // an engine that half-reads it would only say "no sheet with data".
  if (input.trim() === "") throw new CliError(2, tr("cli.error.emptyPath"));
  // A pipe or a device would be read for ever: refused before any byte is read (a folder has its own message).
  const stat = existsSync(input) ? statSync(input) : null;
  if (stat && !stat.isFile() && !stat.isDirectory()) throw new CliError(4, tr("cli.error.notAFile", { file: input }));
  const kind = existsSync(input) ? inputKind(input) : "unknown";
  if (kind !== "xlsx" && kind !== "unknown") throw new CliError(4, tr(unreadableKey(kind), { file: input }));
  let workbook: FileWorkbook;
  try {
    workbook = await openXlsxFile(
      input,
      io.tty ? (rows) => process.stderr.write(`\r${tr("cli.progress.reading", { file: input, rows })}`) : undefined,
    );
    if (io.tty) process.stderr.write("\n");
  } catch (error) {
    if (userMessage(error)) throw error; // beyond a limit: its own message
    // Say what the file is and what to do, in the user's language; the system's and the engine's own
    // words (ENOENT, "end of central directory") only with --verbose.
    const reason = readReason(input, error);
    const message = reason
      ? tr("cli.error.unreadable", { file: input, detail: tr(reason) })
      : tr(unreadableKey(kind), { file: input });
    throw new CliError(4, options.verbose ? `${message} (${(error as Error).message})` : message);
  }
  const { settings, damaged, fields } = await loadSettings(workbook, io.today, io.lang);
  // Which fields were wrong is for a bug report: with --verbose only.
  if (damaged)
    io.err(
      options.verbose && fields.length > 0
        ? `${tr("settings.damaged")} (${fields.join(", ")})`
        : tr("settings.damaged"),
    );
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

export async function detectOrFail(
  workbook: FileWorkbook,
  settings: JobSettings,
  options: CommonOptions,
  input: string,
  tr: Translate,
): Promise<Detected> {
  let detected: Detected;
  try {
    detected = await detect(workbook, settings, options.sheet ? { sheet: options.sheet } : {});
  } catch (error) {
    throw noTableError(error, input, tr);
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
export function dimensionOf(name: string, detected: Detected, tr: Translate): string {
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

/** A failure to find the table: a refusal keeps its own message; no data is said in words. */
export function noTableError(error: unknown, input: string, tr: Translate): unknown {
  if (userMessage(error)) return error;
  const reason = noDataReason(error);
  const detail = reason ? tr(reason.key, reason.params) : (error as Error).message;
  return new CliError(4, tr("cli.error.noTable", { file: input, detail }));
}

const READ_REASONS: Record<string, MessageKey> = {
  ENOENT: "cli.read.missing",
  ENOTDIR: "cli.read.missing",
  EISDIR: "cli.read.folder",
  EACCES: "cli.read.access",
  EPERM: "cli.read.access",
};

/** Why a file could not be opened, when the system says it (missing, a folder, no access); else null. */
function readReason(path: string, error: unknown): MessageKey | null {
  const code = (error as { code?: string }).code ?? "";
  if (READ_REASONS[code]) return READ_REASONS[code];
  if (!existsSync(path)) return "cli.read.missing";
  if (statSync(path).isDirectory()) return "cli.read.folder";
  return null;
}

/** Why a file could not be written, in words, from the system's error code. */
const WRITE_REASONS: Record<string, MessageKey> = {
  EACCES: "cli.write.access",
  EPERM: "cli.write.access",
  EROFS: "cli.write.readOnly",
  ENOSPC: "cli.write.full",
  EDQUOT: "cli.write.full",
  EISDIR: "cli.write.folder",
  ENOTDIR: "cli.write.noFolder",
  ENOENT: "cli.write.noFolder",
};

export async function save(workbook: FileWorkbook, output: string, tr: Translate, verbose = false): Promise<void> {
  try {
    await saveXlsxFile(workbook, output);
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const detail = tr(WRITE_REASONS[code] ?? "cli.write.other");
    const message = tr("cli.error.write", { file: output, detail });
    throw new CliError(4, verbose ? `${message} (${(error as Error).message})` : message);
  }
}

/** The threshold k as the command line gives it: digits only, 2 or more ("abc", "0x10", "1e1" refused). */
export function parseThreshold(value: string, tr: Translate): number {
  const k = /^\d{1,4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(k) || k < 2) throw new CliError(2, tr("cli.error.threshold", { value }));
  return k;
}
