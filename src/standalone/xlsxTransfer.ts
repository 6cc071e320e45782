/*
 * A workbook crosses between the page and the .xlsx worker in slices: one message per sheet head and
 * per few thousand rows. Each message is copied (structured clone) in a task of its own, so no single
 * task on the page's main thread has to copy a whole 100,000-row sheet.
 */
import type { LoadedSheet, LoadedWorkbook } from "../workbook/exceljs/model";

/** Rows per message: a slice of a wide sheet stays well under a 50 ms copy. */
export const ROWS_PER_MESSAGE = 5000;

export type SheetHead = Omit<LoadedSheet, "values" | "styles">;

/** One slice: a new sheet, or the next rows of the last sheet announced. */
export type WorkbookPart =
  { part: "sheet"; sheet: SheetHead } | { part: "rows"; values: LoadedSheet["values"]; styles: LoadedSheet["styles"] };

/** Send a workbook as parts, in order; `pause` between parts lets the sender's thread breathe. */
export async function sendWorkbook(
  workbook: LoadedWorkbook,
  send: (part: WorkbookPart) => void,
  pause?: () => Promise<void>,
): Promise<void> {
  for (const { values, styles, ...sheet } of workbook.sheets) {
    send({ part: "sheet", sheet });
    for (let start = 0; start < values.length; start += ROWS_PER_MESSAGE) {
      if (pause) await pause();
      send({
        part: "rows",
        values: values.slice(start, start + ROWS_PER_MESSAGE),
        styles: styles.slice(start, start + ROWS_PER_MESSAGE),
      });
    }
  }
}

/** The receiving side: parts in, the workbook out, as it was sent. */
export class WorkbookAssembler {
  readonly workbook: LoadedWorkbook = { sheets: [] };

  add(part: WorkbookPart): void {
    if (part.part === "sheet") {
      this.workbook.sheets.push({ ...part.sheet, values: [], styles: [] });
      return;
    }
    const sheet = this.workbook.sheets[this.workbook.sheets.length - 1];
    if (!sheet) throw new Error("rows arrived before their sheet");
    const at = sheet.values.length;
    for (let i = 0; i < part.values.length; i++) sheet.values.push(part.values[i]!);
    // Styles are sparse: a row without styles is left as a hole, as it was sent.
    part.styles.forEach((row, i) => {
      if (row) sheet.styles[at + i] = row;
    });
  }
}
