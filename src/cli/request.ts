/** `request` and `prepare`: the whole job on a file, or only the check and request sheets. */
import { samePlace } from "./outputPath";
import {
  readingNotes,
  referenceNoteText,
  exposedCells,
  unconfirmedCells,
  sanitiseAnswers,
  type JobSettings,
  type Lang,
  type RequestStatus,
  listSeparator,
} from "../core";
import { inProcessChecker } from "../solver/inProcessChecker";
import { columnsToWrite, prepare, type PrepareResult } from "../workbook/tasks";
import { readAnswersFile } from "./inputFiles";
import { CliError, type Io, type Translate } from "./io";
import { summariseCheck, summariseProblems, summariseScreen } from "./summaries";
import { checkOutput, noTableError, open, parseThreshold, save, type CommonOptions } from "./workbookFile";

export interface RequestOptions extends CommonOptions {
  output: string;
  answers?: string;
  lang?: Lang;
  linkage?: boolean;
  threshold?: string;
  strict?: boolean;
  sendCopy?: string;
  /** Refused: the check sheet's small counts would reach the copy to send. */
  withCheck?: boolean;
}

export async function runRequest(
  input: string,
  options: RequestOptions,
  io: Io,
  tr: Translate,
  whole: boolean,
): Promise<void> {
  // The check sheet holds the true counts of the small cells: they never leave the institution.
  if (options.withCheck) throw new CliError(2, tr("cli.withCheckRefused", { option: "--with-check" }));
  checkOutput(input, options.output, tr);
  // Nothing written may land on a file this run reads or writes: compared by what the system reaches.
  if (options.answers && samePlace(options.answers, options.output))
    throw new CliError(2, tr("cli.error.sameOutput", { file: options.output }));
  if (options.sendCopy) {
    checkOutput(input, options.sendCopy, tr);
    if (
      samePlace(options.sendCopy, options.output) ||
      (options.answers && samePlace(options.sendCopy, options.answers))
    )
      throw new CliError(2, tr("cli.error.sameOutput", { file: options.sendCopy }));
  }
  const { workbook, settings } = await open(input, options, io);
  if (options.answers) {
    const read = readAnswersFile(options.answers);
    if (!read.ok)
      throw new CliError(
        2,
        tr(read.key, {
          file: options.answers,
          detail: read.at ? tr("cli.read.json", { at: read.at }) : tr("cli.read.other"),
          fields: read.fields ?? "",
        }),
      );
    settings.answers = { ...settings.answers, ...sanitiseAnswers(read.value) };
  }
  if (options.lang) settings.sheetLang = options.lang;
  if (options.linkage) settings.linkage = true;
  if (options.threshold !== undefined) settings.threshold = parseThreshold(options.threshold, tr);
  let result;
  try {
    // `request` leaves the data sheet as it was: only the check, request and linkage sheets are new.
    result = await prepare(workbook, settings, io.today, io.lang, {
      checker: inProcessChecker,
      writeColumns: whole,
      referenceDateGiven: options.referenceDate !== undefined,
      ...(options.sheet ? { sheet: options.sheet } : {}),
    });
  } catch (error) {
    throw noTableError(error, input, tr);
  }
  await save(workbook, options.output, tr, options.verbose === true);
  if (result.notOurSheet) io.err(tr("settings.notOurSheet", { sheet: result.notOurSheet }));
  if (result.referenceNote) io.err(referenceNoteText(result.referenceNote, io.lang));
  summariseScreen(result.recoded, result.request, settings.sheetLang, io, tr);
  // The file to send: the request sheet, nothing of the export and nothing of the check.
  if (options.sendCopy) await save(workbook.sendCopy(), options.sendCopy, tr, options.verbose === true);
  const { status, missing, problems } = result.request.status;
  if (options.json) {
    io.out(
      JSON.stringify({
        status,
        missing,
        problems,
        check: {
          tables: result.checked.report.tables.length,
          exposed: exposedCells(result.checked.report),
          unconfirmed: unconfirmedCells(result.checked.report),
        },
      }),
    );
  } else {
    report(result, whole, settings, options.output, workbook.outputSheets(), io, tr);
    reportSendCopy(options, io, tr, result.request.status);
  }
  // --strict: a draft is a failure a script can see (exit 3), after the draft was written for review.
  if (options.strict && status !== "ready")
    throw new CliError(3, tr("status.draft", { missing: missing.length, problems: problems.length }));
}

/** The text summary of a request run: recode, check, status with what is missing or contradictory. */
function report(
  result: PrepareResult,
  whole: boolean,
  settings: JobSettings,
  output: string,
  sheets: string[],
  io: Io,
  tr: Translate,
): void {
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
    for (const note of readingNotes(result.recoded, result.table)) io.out(tr(note.key, note.params));
  }
  summariseCheck(result.checked, io, tr);
  const { status, missing, problems } = result.request.status;
  io.out(
    status === "ready"
      ? tr("status.ready")
      : tr("status.draft", { missing: missing.length, problems: problems.length }),
  );
  for (const problem of problems) io.out(`- ${problem.text}`);
  if (missing.length > 0)
    io.out(
      tr("cli.summary.missing", {
        count: missing.length,
        first: missing
          .slice(0, 3)
          .map((m) => m.text)
          .join(listSeparator(io.lang)),
      }),
    );
  io.out(tr("cli.summary.written", { file: output, sheets: sheets.join(", ") }));
}

/**
 * Where the copy went; "to send to the CBSS" only when the request is ready, else a draft for review.
 * The check against the CBSS's current form is said to the sender here, never written in the letter.
 */
function reportSendCopy(options: RequestOptions, io: Io, tr: Translate, status: RequestStatus): void {
  io.out(tr("request.checkForm"));
  if (!options.sendCopy) return;
  const files = { file: options.sendCopy, output: options.output };
  if (status.status === "ready") io.out(tr("cli.summary.sendCopy", files));
  else
    io.out(
      tr("cli.summary.sendCopyDraft", { ...files, missing: status.missing.length, problems: status.problems.length }),
    );
}
