/**
 * `check`: cross-tabulate the given variables, protect the table and audit it as the KSZ's reader
 * could. `--json` gives, per suppressed cell, the attacker's interval (per small cell also over whole
 * numbers, and across the request's tables), and per table the audit's verdict.
 */
import { OWN_ROLES, recodeTable, referenceNoteText, type CheckOutcome, type OwnRole } from "../core";
import { checkJobOf } from "../solver/checker";
import { inProcessChecker } from "../solver/inProcessChecker";
import { readNeeded, referenceOfExport } from "../workbook/tasks";
import { CliError, type Io, type Translate } from "./io";
import { summariseCheck } from "./summaries";
import { detectOrFail, dimensionOf, open, parseThreshold, type CommonOptions } from "./workbookFile";

export interface CheckOptions extends CommonOptions {
  dims: string;
  threshold: string;
  zerosSmall?: boolean;
  failOnSmall?: boolean;
}

export async function runCheck(input: string, options: CheckOptions, io: Io, tr: Translate): Promise<void> {
  const threshold = parseThreshold(options.threshold, tr);
  const opened = await open(input, options, io);
  const { workbook } = opened;
  opened.settings.threshold = threshold;
  opened.settings.zerosAreSmall = options.zerosSmall === true;
  const detected = await detectOrFail(workbook, opened.settings, options, input, tr);
  // The day the ages are counted on: the export's title, as `prepare` takes it, unless given.
  const { settings, note } = referenceOfExport(
    opened.settings,
    detected,
    io.today,
    options.referenceDate !== undefined,
  );
  if (note) io.err(referenceNoteText(note, io.lang));
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
  const checked = await inProcessChecker(checkJobOf(table.rowCount, recoded, settings, table.headers));
  const small = checked.report.tables.reduce((n, tab) => n + tab.smallCells, 0);
  if (options.json) io.out(JSON.stringify(checkJson(checked)));
  else summariseCheck(checked, io, tr);
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
}

/** The check as JSON: each cell with its status (and intervals when suppressed), each table's audit. */
export function checkJson(checked: CheckOutcome): unknown {
  const { report } = checked;
  return {
    threshold: report.threshold,
    tables: report.tables.map((tab) => ({
      dimensions: tab.dimensions,
      audit: tab.audit,
      unplaced: tab.unplaced,
      hiddenCells: tab.smallCells + tab.secondaryCells,
      hiddenPersons: tab.hiddenPersons,
      cells: tab.cells.map(({ key, count, status, interval, integerInterval, jointInterval, recipientInterval }) => ({
        key,
        count,
        status,
        ...(interval ? { interval } : {}),
        ...(integerInterval ? { integerInterval } : {}),
        ...(jointInterval ? { jointInterval } : {}),
        ...(recipientInterval ? { recipientInterval } : {}),
      })),
      warnings: tab.warnings,
    })),
    joint: report.joint ?? null,
    predictions: report.predictions,
    suggestions: report.suggestions.suggestions.map((s) => ({
      ...s,
      method: report.suggestions.method,
      nodesEvaluated: report.suggestions.nodesEvaluated,
    })),
  };
}
