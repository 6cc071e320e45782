/** What the command line prints after a job: problems in the recoded columns, the check's result. */
import {
  auditVerdicts,
  describeLevel,
  implausibleRecodes,
  reasonsText,
  screenNotes,
  type CheckOutcome,
  type Lang,
  type RecodeOutcome,
  type RequestOutcome,
  type WrittenColumn,
  listSeparator,
  variableLabel,
} from "../core";
import type { Detected } from "../workbook/tasks";
import type { Io, Translate } from "./io";

export function summariseProblems(written: WrittenColumn[], io: Io, tr: Translate, detected: Detected): void {
  for (const odd of implausibleRecodes(written))
    io.err(
      tr("describe.recodedImplausible", {
        rows: written[0]?.column.codes.length ?? 0,
        column: odd.header,
        share: Math.round(odd.share * 100),
      }),
    );
  for (const w of written) {
    // Values and cells are the source column's: named by its header (Geboortedatum), not the new one.
    const source = detected.guess.columns.find((c) => c.index === w.source)?.header || w.header;
    const unknownCount = w.column.unknown.reduce((n, u) => n + u.count, 0);
    if (unknownCount > 0) {
      const values = w.column.unknown
        .slice(0, 5)
        .map((u) => `${u.value === "" ? "∅" : u.value} × ${u.count}`)
        .join(", ");
      io.out(tr("cli.summary.unknown", { column: source, count: unknownCount, values }));
    }
    const first = w.column.invalid[0];
    if (first)
      io.out(
        tr("cli.summary.invalid", {
          column: source,
          count: w.column.invalid.length,
          row: first.row + detected.source.firstRow,
          reason: reasonsText(w.column.invalid, io.lang, detected.source.firstRow),
        }),
      );
  }
}

export function summariseCheck(checked: CheckOutcome, io: Io, tr: Translate): void {
  const { report } = checked;
  io.out(
    tr("cli.summary.check", {
      k: report.threshold,
      tables: report.tables.length,
      small: report.tables.reduce((n, tab) => n + tab.smallCells, 0),
      secondary: report.tables.reduce((n, tab) => n + tab.secondaryCells, 0),
    }),
  );
  for (const { key, n } of auditVerdicts(report)) io.out(tr(key, { n }));
  const unplaced = Math.max(0, ...report.tables.map((tab) => tab.unplaced));
  if (unplaced > 0) io.out(tr("cli.summary.unplaced", { n: unplaced }));
  const best = report.suggestions.suggestions[0];
  if (best) {
    const levels = Object.entries(best.levels)
      .filter(([, ref]) => ref.kind !== "asRequested")
      .map(([dim, ref]) =>
        tr("format.labelValue", { label: variableLabel(dim, io.lang), value: describeLevel(ref, io.lang) }),
      )
      .join(listSeparator(io.lang));
    if (levels) io.out(tr("cli.summary.suggestion", { loss: Math.round(best.loss * 100), levels }));
  }
}

/** Personal data the screen kept out of the sheets and settings: where it was, and what to correct. */
export function summariseScreen(
  recoded: RecodeOutcome,
  request: RequestOutcome | null,
  sheetLang: Lang,
  io: Io,
  tr: Translate,
): void {
  for (const note of screenNotes(recoded, request, sheetLang)) io.err(tr(note.key, note.params));
}
