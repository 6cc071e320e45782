/**
 * The requested tables as empty shells, for the KSZ to fill in: each table with its exact row and
 * column labels in the sheet's language, the KSZ's variable across the top and the institution's own
 * groups down the left, with their totals. It goes with the request in the copy to send, and an answer
 * filled into it is read back by step 5 without a label to map. It holds labels only, never a count.
 */
import { TOTAL } from "../disclosure/crossTab";
import { t, type Lang } from "../i18n";
import type { RequestedDimension } from "../results/labels";
import { labelIn, tableName } from "../results/sentences";
import { LayoutBuilder, type SheetLayout } from "./sheetLayout";

const LABEL_WIDTH = 28;
const COUNT_WIDTH = 14;

/** The variable across the top: the table's first KSZ variable (the one its shares are of), else its first. */
function acrossOf(dims: readonly string[], ksz: ReadonlySet<string>): string {
  return dims.find((d) => ksz.has(d)) ?? dims[0]!;
}

export function layoutTables(
  tables: readonly (readonly string[])[],
  dimensions: readonly RequestedDimension[],
  ksz: ReadonlySet<string>,
  lang: Lang,
): SheetLayout {
  const categoriesOf = (d: string) => dimensions.find((x) => x.name === d)?.categories ?? [];
  const label = labelIn(dimensions, lang);
  const widest = Math.max(2, ...tables.map((tab) => tab.length - 1 + categoriesOf(acrossOf(tab, ksz)).length + 1));
  const b = new LayoutBuilder([LABEL_WIDTH, ...Array.from({ length: widest }, () => COUNT_WIDTH)]);
  const all = widest + 1;
  b.titled(t(lang, "tables.title"), t(lang, "tables.note"), all);
  for (const tab of tables) {
    const across = acrossOf(tab, ksz);
    const down = tab.filter((d) => d !== across);
    const columns = [...categoriesOf(across), TOTAL];
    b.put(0, tableName(tab, lang), "sectionHeading", all);
    b.next();
    const first = Math.max(1, down.length);
    for (let c = 0; c < first; c++) b.put(c, null, "tableHeader");
    columns.forEach((id, c) => b.put(first + c, label(across, id), "tableHeader"));
    b.next();
    // Every combination of the row variables, each followed by its totals, as the check sheet lays them.
    let rows: string[][] = [[]];
    for (const d of down) rows = rows.flatMap((p) => [...categoriesOf(d), TOTAL].map((id) => [...p, id]));
    for (const ids of rows) {
      // An outer total only with the inner totals: a layer's total row, then the grand total.
      const firstTotal = ids.indexOf(TOTAL);
      if (firstTotal >= 0 && ids.slice(firstTotal).some((id) => id !== TOTAL)) continue;
      ids.forEach((id, c) => b.put(c, label(down[c]!, id), id === TOTAL ? "total" : "tableCell"));
      // A table of one variable: its one row says what it counts, so the row has a label to be read by.
      if (down.length === 0) b.put(0, t(lang, "tables.count"), "tableCell");
      columns.forEach((_, c) => b.put(first + c, null, "tableNumber"));
      b.next();
    }
    b.next();
  }
  return b.sheet("tables", t(lang, "sheet.tables"), { orientation: "portrait" });
}
