/**
 * The results sheet: per requested table, where it was found, its counts as the answer publishes them
 * and each cell's share of its own group with the 95 % interval; then the staff the KSZ could not
 * link, the points to check, and the comparison with a reference. It prints nothing the answer does
 * not publish or allow: a suppressed cell is the range the answer itself allows, a share of it a
 * range too, and no total is added that the answer leaves out.
 */
import { TOTAL } from "../disclosure/crossTab";
import { t, type Lang, type MessageKey, type MessageParams } from "../i18n";
import { variableLabel } from "../request/variables";
import { LayoutBuilder, type SheetLayout } from "../request/sheetLayout";
import type { ResultCell, TableResult } from "./analyse";
import type { RequestedDimension } from "./labels";
import type { Results } from "./results";
import { labelIn, notLinkedSentences, percent, problemSentence, tableName, verdictKey } from "./sentences";

export { percent } from "./sentences";

const LABEL_WIDTH = 30;
const VALUE_WIDTH = 16;

/** The text of a cell the answer does not publish: the range it allows. */
export function hiddenText(lang: Lang, cell: Pick<ResultCell, "interval">): string {
  const { lo, hi } = cell.interval ?? { lo: 0, hi: Infinity };
  return hi === Infinity ? t(lang, "results.cell.hiddenOpen", { lo }) : t(lang, "results.cell.hidden", { lo, hi });
}

export function shareText(lang: Lang, share: { value: number | null; lo: number; hi: number }): string {
  const lo = percent(lang, share.lo);
  const hi = percent(lang, share.hi);
  return share.value === null
    ? t(lang, "results.cell.shareHidden", { lo, hi })
    : t(lang, "results.cell.share", { value: percent(lang, share.value), lo, hi });
}

export function layoutResults(results: Results, dimensions: readonly RequestedDimension[], lang: Lang): SheetLayout {
  const label = labelIn(dimensions, lang);
  const sentence = (key: MessageKey, params: MessageParams) => problemSentence(lang, key, params, dimensions);
  const widest = Math.max(2, ...results.tables.map((tab) => tab.dimensions.length + 2));
  const b = new LayoutBuilder([LABEL_WIDTH, ...Array.from({ length: widest }, () => VALUE_WIDTH)]);
  const all = widest + 1;
  b.titled(t(lang, "results.title"), t(lang, "results.subtitle"), all);

  for (const tab of results.tables) {
    b.put(0, tableName(tab.dimensions, lang), "sectionHeading", all);
    b.next();
    const where = tab.source
      ? t(lang, "results.table.found", { file: tab.source.file, sheet: tab.source.sheet, range: tab.source.range })
      : t(lang, "results.table.missing");
    b.put(0, where, "note", all);
    b.next();
    if (tab.found) tableRows(b, tab, lang, label);
    const points = [
      ...tab.problems.map((p) => sentence(p.key, p.params as MessageParams)),
      ...tab.unmatched.map((u) => sentence("cli.results.unmatched", { cell: u.cell, label: u.label })),
    ];
    for (const text of points) {
      b.put(0, text, "note", all);
      b.fitText(text, b.width(0, all));
      b.next();
    }
    for (const line of notLinkedSentences(tab, dimensions, lang)) {
      b.put(0, line, "note", all);
      b.next();
    }
    b.next();
  }

  if (results.comparison && results.comparison.length > 0) {
    const dim = results.comparison[0]!.dimension;
    b.put(0, t(lang, "results.comparison.title", { variable: variableLabel(dim, lang) }), "sectionHeading", all);
    b.next();
    const headers: MessageKey[] = [
      "results.comparison.group",
      "results.comparison.staff",
      "results.comparison.reference",
      "results.comparison.index",
      "results.comparison.expected",
      "results.comparison.verdict",
    ];
    headers.forEach((key, c) => b.put(c, t(lang, key), "tableHeader"));
    b.next();
    for (const c of results.comparison) {
      b.put(0, label(dim, c.category), "tableCell");
      b.put(1, shareText(lang, c.staff), "tableCell");
      b.put(2, percent(lang, c.reference), "tableCell");
      b.put(3, c.index === null ? "—" : Math.round(c.index * 100) / 100, "tableNumber");
      b.put(4, Math.round(c.expected * 10) / 10, "tableNumber");
      b.put(5, t(lang, verdictKey(c)), "tableCell");
      b.next();
    }
  }

  return b.sheet("results", t(lang, "sheet.results"), { orientation: "landscape" }, 1);
}

/** One row per published combination: its labels, its count (or the range), its share. */
function tableRows(b: LayoutBuilder, tab: TableResult, lang: Lang, label: (dim: string, id: string) => string): void {
  const dims = tab.dimensions;
  const own = tab.cells.find((c) => c.share)?.share?.of ?? [];
  dims.forEach((d, c) => b.put(c, variableLabel(d, lang), "tableHeader"));
  b.put(dims.length, t(lang, "results.header.count"), "tableHeader");
  b.put(
    dims.length + 1,
    own.length > 0
      ? t(lang, "results.header.share", { group: own.map((d) => variableLabel(d, lang)).join(" × ") })
      : t(lang, "results.header.shareOfAll"),
    "tableHeader",
  );
  b.next();
  for (const cell of tab.cells) {
    dims.forEach((d, c) => b.put(c, label(d, cell.key[d]!), cell.key[d] === TOTAL ? "total" : "tableCell"));
    if (cell.count !== null) b.put(dims.length, cell.count, cell.publishedSmall ? "small" : "tableNumber");
    else b.put(dims.length, hiddenText(lang, cell), "secondary");
    b.put(dims.length + 1, cell.share ? shareText(lang, cell.share) : null, "tableCell");
    b.next();
  }
}
