import { t, type Lang } from "../i18n";
import type { InvalidCell, RecodedColumn, Table } from "../recode/apply";
import { reasonText } from "../values/reasonText";
import { parseInsz } from "../values/insz";
import { cellText } from "../values/cell";
import { LayoutBuilder, STYLES, type SheetLayout, withMarker } from "./sheetLayout";

/** The linkage data: one row per person with a valid INSZ, and the rows left out to fix. */
export interface LinkageData {
  headers: string[];
  rows: string[][];
  invalid: InvalidCell[];
}

/**
 * One row per person: the normalised INSZ and the person's grouped own variables (never raw values).
 * Rows with an invalid INSZ are left out and listed by Excel row, so the analyst can fix the source.
 */
export function buildLinkage(
  table: Table,
  inszColumn: number,
  groups: readonly { header: string; column: RecodedColumn; label: (id: string) => string }[],
  lang: Lang,
): LinkageData {
  const cells = table.columns[inszColumn];
  if (!cells) throw new RangeError(`INSZ column ${inszColumn} is not in the table`);
  const labels = groups.map((g) => g.column.categories.map(g.label));
  const rows: string[][] = [];
  const invalid: InvalidCell[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const parsed = parseInsz(cells[r]);
    if (!parsed.ok) {
      invalid.push({ row: table.firstRowNumber + r, value: cellText(cells[r]), reason: parsed.reason });
      continue;
    }
    rows.push([parsed.value.digits, ...groups.map((g, i) => labels[i]![g.column.codes[r]!]!)]);
  }
  return { headers: [t(lang, "linkage.insz"), ...groups.map((g) => g.header)], rows, invalid };
}

/** The linkage sheet: a banner that it holds personal data and travels only by a secure channel. */
export function layoutLinkage(data: LinkageData, lang: Lang): SheetLayout {
  const widths = [16, ...data.headers.slice(1).map(() => 24), 30].slice(0, Math.max(3, data.headers.length));
  while (widths.length < 3) widths.push(24);
  const b = new LayoutBuilder(widths);
  const all = widths.length;
  b.put(0, t(lang, "linkage.banner"), "banner", all);
  b.fitText(t(lang, "linkage.banner"), b.width(0, all) - 6);
  b.next();
  b.put(0, t(lang, "linkage.count", { n: data.rows.length }), "note", all);
  b.next(2);
  const headerRow = b.row;
  data.headers.forEach((h, i) => b.put(i, h, "tableHeader"));
  b.next();
  for (const row of data.rows) {
    // The INSZ as text: a number would lose the leading zero of people born in 2000-2009.
    row.forEach((value, i) => b.put(i, value, i === 0 ? "text" : undefined));
    b.next();
  }
  if (data.invalid.length > 0) {
    b.next();
    b.put(0, t(lang, "linkage.invalidTitle"), "sectionHeading", all);
    b.next();
    b.put(0, t(lang, "linkage.row"), "tableHeader");
    b.put(1, t(lang, "linkage.insz"), "tableHeader");
    b.put(2, t(lang, "linkage.reason"), "tableHeader");
    b.next();
    for (const bad of data.invalid) {
      b.put(0, bad.row, "tableNumber");
      b.put(1, bad.value, "text");
      b.put(2, reasonText(bad.reason, lang), "tableCell");
      b.next();
    }
  }
  return withMarker({
    kind: "linkage",
    name: t(lang, "sheet.linkage"),
    columnWidths: widths,
    rowHeights: b.rowHeights,
    cells: b.cells,
    merges: b.merges,
    validations: [],
    styles: STYLES,
    print: { paper: "A4", orientation: "portrait", fitToWidth: 1, titleRows: { from: headerRow, to: headerRow } },
    freezeRows: headerRow + 1,
    tabColor: "A4262C",
  });
}
