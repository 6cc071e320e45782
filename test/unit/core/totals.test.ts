/** Issue 21: a plain range's totals row (and the empty rows above it) is no staff member. */
import { totalsRowsAtEnd, withoutTotals, type CellValue, type Table } from "../../../src/core";

/** A table from rows, as the doors give it (column-major, first data row at Excel row 2). */
const table = (rows: CellValue[][]): Table => ({
  headers: ["Nummer", "Naam", "INSZ", "Dienst"],
  columns: [0, 1, 2, 3].map((c) => rows.map((r) => r[c] ?? null)),
  rowCount: rows.length,
  firstRowNumber: 2,
});
const staff: CellValue[][] = [
  ["P1", "An Peeters", "86010100136", "Personeel"],
  ["P2", "Jan Claes", "75103000264", "Financiën"],
];

test.each([
  ["Totaal", "totaal"],
  ["TOTAAL:", "totaal"],
  ["Eindtotaal", "eindtotaal"],
  ["Total général", "total general"],
  ["Totaux", "totaux"],
  ["Grand Total", "grand total"],
  ["Som", "som"],
  ["Σ Totaal", "totaal"],
  ["Totalement", null],
])("a last row starting with %j is a totals row", (word, label) => {
  const found = totalsRowsAtEnd(table([...staff, [word, null, null, 2]]));
  expect(found).toEqual(label === null ? null : { count: 1, row: 4, label });
});

test("the totals word may stand in any column read, when the cells before it are empty", () => {
  expect(totalsRowsAtEnd(table([...staff, [null, "Totaal personeel", null, "2"]]))).toEqual({
    count: 1,
    row: 4,
    label: "totaal",
  });
});

test("a subtotal and a grand total, under an empty row, are left out together", () => {
  const found = totalsRowsAtEnd(
    table([...staff, [null, null, null, null], ["Subtotaal", null, null, 1], ["Totaal", null, null, 2]]),
  );
  expect(found).toEqual({ count: 3, row: 5, label: "subtotaal" });
  const cut = withoutTotals(table([...staff, [null], ["Subtotaal"], ["Totaal"]]), found!);
  expect(cut.rowCount).toBe(2);
  expect(cut.columns[2]).toEqual(["86010100136", "75103000264"]);
});

test("staff are never taken for totals", () => {
  // A person whose name starts with a totals word, or who is named Som: the valid INSZ, or a whole-cell rule.
  expect(totalsRowsAtEnd(table([...staff, [null, "Total Jansen", "86010100136", "Personeel"]]))).toBeNull();
  expect(totalsRowsAtEnd(table([...staff, [null, "Som Jansen", null, "Personeel"]]))).toBeNull();
  expect(totalsRowsAtEnd(table([...staff, ["P3", "Totaal", null, "Personeel"]]))).toBeNull();
  // A totals word higher up is data, not a totals row.
  expect(totalsRowsAtEnd(table([["Totaal"], ...staff]))).toBeNull();
  expect(totalsRowsAtEnd(table(staff))).toBeNull();
});
