// The standalone page and its worker pass workbooks in slices: what arrives is what was sent.
import {
  ROWS_PER_MESSAGE,
  WorkbookAssembler,
  sendWorkbook,
  type WorkbookPart,
} from "../../src/standalone/xlsxTransfer";
import type { LoadedWorkbook } from "../../src/workbook/exceljs/model";

function workbook(rows: number): LoadedWorkbook {
  const bold = { font: { bold: true } };
  const values: unknown[][] = [];
  const styles: LoadedWorkbook["sheets"][number]["styles"] = [];
  for (let r = 0; r < rows; r++) {
    if (r % 7 === 3) continue; // an empty row: a hole, as the reader leaves it
    values[r] = [`P${r}`, r, new Date(Date.UTC(1980, 0, 1 + r)), r % 2 ? "V" : "M"];
    if (r % 1000 === 0) styles[r] = [bold];
  }
  return {
    sheets: [
      { name: "Personeel", values, styles, columnWidths: [12, undefined, 14], state: "visible" },
      {
        name: "DiversityRequest_settings",
        values: [['{"version":1}']],
        styles: [],
        columnWidths: [],
        state: "veryHidden",
      },
    ],
  };
}

async function roundTrip(sent: LoadedWorkbook) {
  const parts: WorkbookPart[] = [];
  let pauses = 0;
  await sendWorkbook(
    sent,
    (part) => parts.push(structuredClone(part)),
    async () => void pauses++,
  );
  const assembler = new WorkbookAssembler();
  parts.forEach((part) => assembler.add(part));
  return { received: assembler.workbook, parts, pauses };
}

describe("workbook transfer to and from the .xlsx worker", () => {
  test("a sheet larger than one message arrives whole: values, dates, empty rows, sparse styles, heads", async () => {
    const sent = workbook(ROWS_PER_MESSAGE * 2 + 123);
    const { received, parts } = await roundTrip(sent);
    expect(parts.filter((p) => p.part === "rows")).toHaveLength(3 + 1);
    expect(received.sheets.map((s) => [s.name, s.state, s.values.length])).toEqual([
      ["Personeel", "visible", ROWS_PER_MESSAGE * 2 + 123],
      ["DiversityRequest_settings", "veryHidden", 1],
    ]);
    const [got, want] = [received.sheets[0]!, sent.sheets[0]!];
    expect(got.values[3]).toBeUndefined();
    expect(got.values[ROWS_PER_MESSAGE + 1]).toEqual(want.values[ROWS_PER_MESSAGE + 1]);
    // (structuredClone makes its Dates in another realm than Jest's: compare by tag and time.)
    expect(Object.prototype.toString.call(got.values[9000]![2])).toBe("[object Date]");
    expect((got.values[9000]![2] as Date).getTime()).toBe((want.values[9000]![2] as Date).getTime());
    expect(got.values).toEqual(want.values);
    expect(Object.keys(got.styles)).toEqual(Object.keys(want.styles));
    expect(got.styles[10_000]).toEqual([{ font: { bold: true } }]);
    expect(got.columnWidths).toEqual([12, undefined, 14]);
  });

  test("no message holds more than its share of rows, and the sender pauses between them", async () => {
    const { parts, pauses } = await roundTrip(workbook(ROWS_PER_MESSAGE * 3));
    const sizes = parts.flatMap((p) => (p.part === "rows" ? [p.values.length] : []));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ROWS_PER_MESSAGE);
    expect(pauses).toBe(sizes.length);
  });

  test("rows without a sheet before them are refused, not put in the wrong place", () => {
    expect(() => new WorkbookAssembler().add({ part: "rows", values: [[1]], styles: [] })).toThrow(
      /before their sheet/,
    );
  });
});
