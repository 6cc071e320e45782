import type { TableReport } from "../disclosure/check";
import type { DisclosureReport } from "../disclosure/report";
import { TOTAL } from "../disclosure/crossTab";
import { listSeparator, t, type Lang } from "../i18n";
import type { RecodeKind } from "../recode/labels";
import { fullGroupTexts, labelsFor } from "./findings";
import { LayoutBuilder, STYLES, type SheetLayout, type StyleName, withMarker } from "./sheetLayout";

/** How to name a variable and its categories in the check sheet (the face knows; the report holds ids). */
/** Per dimension: its title, its requested categories' labels, and its kind (to label merged categories). */
export type DimensionLabels = Readonly<
  Record<string, { title: string; categories: Readonly<Record<string, string>>; kind?: RecodeKind }>
>;

const MAX_WARNING_LINES = 50;
const LABEL_WIDTH = 28;
const COUNT_WIDTH = 11;
const MAX_LABEL_WIDTH = 45;
const MAX_COUNT_WIDTH = 18;

/** The longest single word among the column labels: a column at least this wide never breaks a word. */
function longestWord(report: DisclosureReport, labels: DimensionLabels, at: number): number {
  let longest = 0;
  for (const tab of report.tables) {
    const dim = tab.dimensions[at];
    if (!dim) continue;
    for (const id of tab.categories[dim] ?? []) {
      for (const word of (labels[dim]?.categories[id] ?? id).split(/\s+/)) longest = Math.max(longest, word.length);
    }
  }
  return longest;
}

/**
 * Lay out the small-cell check: each requested table as a cross-tab with margins (tables of three or more
 * variables as one block per layer), small cells in red, secondary cells in orange, a legend and the
 * threshold; then full-group warnings and predictions. This is where small cells show in the workbook.
 */
export function layoutCheck(report: DisclosureReport, labels: DimensionLabels, lang: Lang): SheetLayout {
  const widest = Math.max(
    2,
    ...report.tables.map((tab) => (tab.dimensions.length >= 2 ? tab.categories[tab.dimensions[1]!]!.length + 1 : 1)),
  );
  const { title, label, named } = labelsFor(labels, lang);
  // Columns wide enough for the names they hold (no "Communica|tie"), within bounds that print.
  const rowLabels = report.tables.flatMap((tab) =>
    (tab.categories[tab.dimensions[0]!] ?? []).map((id) => label(tab.dimensions[0]!, id).length),
  );
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(LABEL_WIDTH, ...rowLabels.map((n) => n + 2)));
  const countWidth = Math.min(MAX_COUNT_WIDTH, Math.max(COUNT_WIDTH, longestWord(report, labels, 1) + 2));
  const widths = [labelWidth, ...Array.from({ length: widest }, () => countWidth)];
  const b = new LayoutBuilder(widths);
  const all = widths.length;

  b.put(0, t(lang, "check.title"), "title", all);
  b.next();
  b.put(0, t(lang, "check.threshold", { k: report.threshold, below: report.threshold - 1 }), "note", all);
  b.next(2);
  for (const [style, key] of [
    ["small", "check.legend.small"],
    ["secondary", "check.legend.secondary"],
    ["safe", "check.legend.safe"],
  ] as const) {
    // A coloured swatch, then its meaning across the other columns.
    b.put(0, "", style);
    b.put(1, t(lang, key), "note", all - 1);
    b.next();
  }
  const guarantee = t(lang, "check.audit.guarantee", { k: report.threshold });
  b.put(0, guarantee, "note", all);
  b.fitText(guarantee, b.width(0, all));
  b.next(2);
  if (report.tables.length === 0 && report.predictions.length === 0) {
    b.put(0, t(lang, "check.noTables"), "note", all);
    b.next();
  }

  for (const table of report.tables) {
    const heading = table.dimensions.map(title).join(t(lang, "filled.times"));
    b.put(0, heading, "sectionHeading", all);
    b.next();
    const summary = t(lang, "check.summary", {
      small: table.smallCells,
      secondary: table.secondaryCells,
      persons: table.hiddenPersons,
    });
    for (const line of [
      summary,
      auditLine(table, lang),
      ...(table.unplaced > 0 ? [t(lang, "check.unplaced", { n: table.unplaced })] : []),
    ]) {
      b.put(0, line, "note", all);
      b.fitText(line, b.width(0, all));
      b.next();
    }
    writeTable(b, table, title, label, lang);
    const warnings = fullGroupTexts(table, labels, lang).slice(0, MAX_WARNING_LINES);
    if (warnings.length > 0) {
      b.put(0, t(lang, "check.warnings"), "label", all);
      b.next();
      for (const text of warnings) {
        b.put(0, text, "note", all);
        b.fitText(text, b.width(0, all));
        b.next();
      }
      if (table.warnings.length > MAX_WARNING_LINES) {
        b.put(0, t(lang, "filled.moreCells", { n: table.warnings.length - MAX_WARNING_LINES }), "note", all);
        b.next();
      }
    }
    b.next();
  }

  if (report.predictions.length > 0) {
    b.put(0, t(lang, "check.predictionTitle"), "sectionHeading", all);
    b.next();
    // Predicted, never audited: the KSZ must protect these tables itself.
    const leftToKsz = t(lang, "check.audit.kszOnly", { n: report.predictions.length });
    b.put(0, leftToKsz, "note", all);
    b.fitText(leftToKsz, b.width(0, all));
    b.next();
    for (const prediction of report.predictions) {
      b.put(0, prediction.dimensions.map(title).join(t(lang, "filled.times")), "label", all);
      b.next();
      for (const g of prediction.groups.filter((p) => p.likelySmall)) {
        const group = Object.entries(g.key)
          .map(([dim, id]) => named(dim, id))
          .join(listSeparator(lang));
        const text = t(lang, "check.prediction", {
          group,
          persons: g.persons,
          categories: g.categories,
          atMost: g.smallestCellAtMost,
        });
        b.put(0, text, "note", all);
        b.fitText(text, b.width(0, all));
        b.next();
      }
      b.next();
    }
  }

  return withMarker({
    kind: "check",
    name: t(lang, "sheet.check"),
    columnWidths: widths,
    rowHeights: b.rowHeights,
    cells: b.cells,
    merges: b.merges,
    validations: b.validations,
    styles: STYLES,
    print: { paper: "A4", orientation: "landscape", fitToWidth: 1, titleRows: { from: 0, to: 0 } },
    tabColor: "D13438",
  });
}

/** The audit's verdict on one table, in a sentence. */
function auditLine(table: TableReport, lang: Lang): string {
  if (!table.audit) return t(lang, "check.audit.none");
  if (table.audit.passed) return t(lang, "check.audit.passed");
  if (table.audit.exposed > 0) return t(lang, "check.audit.failed", { n: table.audit.exposed });
  if (table.audit.jointExposed === null || table.audit.recipientExposed === null) return t(lang, "check.audit.none");
  return t(lang, "check.audit.unconfirmed", { n: table.audit.wholeUnconfirmed });
}

/** One table: rows are the first variable, columns the second, one block per combination of the rest. */
function writeTable(
  b: LayoutBuilder,
  table: TableReport,
  title: (dim: string) => string,
  label: (dim: string, id: string) => string,
  lang: Lang,
): void {
  const dims = table.dimensions;
  const cellAt = new Map(table.cells.map((c) => [dims.map((d) => c.key[d]).join("\u0000"), c]));
  const withTotal = (dim: string) => [...table.categories[dim]!, TOTAL];
  const [rowDim, colDim, ...layerDims] = dims as [string, string | undefined, ...string[]];
  const cols = colDim ? withTotal(colDim) : [TOTAL];
  // Every combination of the layer variables, totals included.
  let layers: string[][] = [[]];
  for (const dim of layerDims) layers = layers.flatMap((prefix) => withTotal(dim).map((id) => [...prefix, id]));
  for (const layer of layers) {
    if (layerDims.length > 0) {
      const name = layerDims
        .map((dim, i) => t(lang, "check.layer", { dimension: title(dim), value: label(dim, layer[i]!) }))
        .join(", ");
      b.put(0, name, "label", cols.length + 1);
      b.next();
    }
    b.put(0, colDim ? `${title(rowDim)} \\ ${title(colDim)}` : title(rowDim), "tableHeader");
    cols.forEach((id, i) => b.put(i + 1, colDim ? label(colDim, id) : label(rowDim, TOTAL), "tableHeader"));
    b.fitText(
      cols.map((id) => (colDim ? label(colDim, id) : "")).reduce((a, s) => (s.length > a.length ? s : a), ""),
      b.width(1),
    );
    b.next();
    for (const rowId of withTotal(rowDim)) {
      b.put(0, label(rowDim, rowId), rowId === TOTAL ? "total" : "tableCell");
      cols.forEach((colId, i) => {
        const key = [rowId, ...(colDim ? [colId] : []), ...layer].join("\u0000");
        const cell = cellAt.get(key);
        const style: StyleName = !cell ? "safe" : cell.status !== "safe" ? cell.status : cell.margin ? "total" : "safe";
        b.put(i + 1, cell?.count ?? 0, style);
      });
      b.next();
    }
    b.next();
  }
}
