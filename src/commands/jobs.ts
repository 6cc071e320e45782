/*
 * What each ribbon command does, apart from how it reports: one click runs the job on the settings
 * saved in the workbook (or the defaults), through the same tasks as the pane. A missing column is an
 * outcome, not an error: it stops the job before anything is written.
 */
import {
  NoData,
  userMessage,
  noDataReason,
  auditVerdicts,
  composeRequest,
  recodeTable,
  screenNotes,
  readingNotes,
  referenceNoteText,
  t,
  type ColumnRole,
  type JobSettings,
  type Lang,
} from "../core";
import { checkJobOf, type Checker } from "../solver/checker";
import { fixableErrorKey } from "../workbook/errors";
import { asAction, type WorkbookPort } from "../workbook/port";
import {
  columnsToWrite,
  detect,
  loadSettings,
  prepare,
  readNeeded,
  recodeAndWrite,
  rememberDataSheet,
  type Detected,
} from "../workbook/tasks";
import { writeCheck } from "../workbook/requestSheets";
import type { CommandId } from "./commandIds";

export type CommandOutcome =
  | { kind: "done"; detail: string }
  /** The pane was busy with its own work on the workbook; nothing was run. */
  | { kind: "busy" }
  | { kind: "missingRole"; role: ColumnRole }
  /** `fixable`: the detail says how to fix it (a cell being edited, a protected sheet). */
  | { kind: "failed"; detail: string; fixable?: boolean };

/** A missing role stops a command before anything is written. */
class MissingRole extends Error {
  constructor(readonly role: ColumnRole) {
    super(role);
  }
}

function need(detected: Detected, roles: ColumnRole[]): void {
  if (!roles.some((r) => detected.roles[r] !== undefined)) throw new MissingRole(roles[0]!);
}

/**
 * The data came from the remembered sheet while the analyst was on another one: said, since the
 * click was made there (the pane is where another sheet is chosen).
 */
function elsewhereNotes(detected: Detected, lang: Lang): string[] {
  const active = detected.source.activeElsewhere;
  return active ? [t(lang, "command.dataElsewhere", { data: detected.source.sheet, active })] : [];
}

/** The port's sheet navigation, which only a live workbook has. */
type CommandPort = WorkbookPort & { activateSheet(name: string): Promise<void> };

type Job = (port: CommandPort, settings: JobSettings, lang: Lang, today: string, checker: Checker) => Promise<string>;

/** Recode one kind of column only: the others, and own groupings, are left as they are. */
const recodeOnly =
  (kind: "age" | "origin"): Job =>
  async (port, settings, lang) => {
    const detected = await detect(port, settings);
    need(detected, kind === "age" ? ["birthDate", "age"] : ["nationality"]);
    await rememberDataSheet(port, settings, detected);
    const only: JobSettings = {
      ...settings,
      groupings: {},
      ksz: { ...settings.ksz, ageBand: kind === "age", originGroup: kind === "origin" },
    };
    const table = await readNeeded(port, detected);
    const recoded = await recodeAndWrite(port, detected, table, only);
    const columns = columnsToWrite(recoded, only)
      .map((w) => w.header)
      .join(", ");
    const notes = readingNotes(recoded, table).map((n) => t(lang, n.key, n.params));
    return [columns, ...elsewhereNotes(detected, lang), ...notes].join(" ");
  };

const checkJob: Job = async (port, settings, lang, today, checker) => {
  const detected = await detect(port, settings);
  // Remembered, so Generate (which starts on the check sheet written now) takes its data from here.
  await rememberDataSheet(port, settings, detected);
  const table = await readNeeded(port, detected);
  const recoded = recodeTable(table, detected.roles, settings);
  const checked = await checker(checkJobOf(table.rowCount, recoded, settings, table.headers));
  const request = composeRequest(table, detected.roles, recoded, checked, settings, today, lang);
  await port.activateSheet(await writeCheck(port, request));
  const tables = checked.report.tables;
  const verdicts = auditVerdicts(checked.report).map(({ key, n }) => t(lang, key, { n }));
  const summary = t(lang, "cli.summary.check", {
    k: settings.threshold,
    tables: tables.length,
    small: tables.reduce((n, tab) => n + tab.smallCells, 0),
    secondary: tables.reduce((n, tab) => n + tab.secondaryCells, 0),
  });
  const notes = screenNotes(recoded, request, settings.sheetLang).map((n) => t(lang, n.key, n.params));
  return [summary, ...verdicts, ...elsewhereNotes(detected, lang), ...notes].join(" ");
};

const generateJob: Job = async (port, settings, lang, today, checker) => {
  const result = await prepare(port, settings, today, lang, { writeColumns: false, checker });
  await port.activateSheet(result.sheets.request);
  const { status, missing, problems } = result.request.status;
  const notes = [
    ...elsewhereNotes(result.detected, lang),
    ...(result.notOurSheet ? [t(lang, "settings.notOurSheet", { sheet: result.notOurSheet })] : []),
    ...(result.referenceNote ? [referenceNoteText(result.referenceNote, lang)] : []),
    ...screenNotes(result.recoded, result.request, settings.sheetLang).map((n) => t(lang, n.key, n.params)),
  ];
  if (status === "ready") return [t(lang, "status.ready"), ...notes].join(" ");
  // The dialog is small: the status, then the first problem, which says what to change.
  const first = problems[0]?.text ?? missing[0]?.text ?? "";
  return [t(lang, "status.draft", { missing: missing.length, problems: problems.length }), first, ...notes]
    .filter(Boolean)
    .join(" ");
};

const JOBS: Record<CommandId, Job> = {
  recodeAges: recodeOnly("age"),
  recodeNationalities: recodeOnly("origin"),
  checkSmallCells: checkJob,
  generateRequest: generateJob,
};

/** Run one command to its outcome. Failures are logged here (on this machine only) and returned. */
export async function runCommand(
  id: CommandId,
  port: CommandPort,
  lang: Lang,
  today: string,
  checker: Checker,
): Promise<CommandOutcome> {
  try {
    const { settings, damaged } = await loadSettings(port, today);
    // One click, one step of Excel's undo where Excel can (ExcelApi 1.20).
    const detail = await asAction(port, settings.sheetLang, () => JOBS[id](port, settings, lang, today, checker));
    // Ran on the defaults: say so, or the analyst would think the saved choices were used.
    return { kind: "done", detail: damaged ? `${detail} ${t(lang, "settings.damaged")}` : detail };
  } catch (error) {
    if (error instanceof MissingRole) return { kind: "missingRole", role: error.role };
    const refusal = userMessage(error);
    if (refusal) return { kind: "failed", detail: t(lang, refusal.key, refusal.params), fixable: true };
    const noData = noDataReason(error);
    if (noData)
      return {
        kind: "failed",
        // A remembered sheet that is gone is not found by clicking again: the pane is where to choose.
        detail: t(
          lang,
          error instanceof NoData && error.reason === "rememberedGone" ? "command.noData.choose" : "command.noData",
          {
            detail: t(lang, noData.key, noData.params),
          },
        ),
        fixable: true,
      };
    console.error(`Diversity Request: ${id} failed`, error);
    const fixable = fixableErrorKey(error);
    if (fixable) return { kind: "failed", detail: t(lang, fixable), fixable: true };
    return { kind: "failed", detail: String((error as Error)?.message ?? error) };
  }
}
