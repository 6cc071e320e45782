/**
 * The KSZ's answer as sheets of cells, whatever file it came in: an .xlsx (every visible sheet, each
 * formula's result as Excel shows it), or a CSV (one sheet), in UTF-8 or Windows-1252 as Excel saves
 * it in Belgium. Shared by the command line and the standalone page; the reading of the cells is the
 * core's.
 */
import { parseCsv, type DeliverySheet } from "../core";
import type { LoadedWorkbook } from "./exceljs/model";
import { plainValue } from "./exceljs/model";

/** Text of a file: a byte-order mark says how; else UTF-8 when it is valid UTF-8; else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** A CSV delivery: one sheet, named after the file. */
export function csvDelivery(bytes: Uint8Array, file: string): DeliverySheet[] {
  const name = file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return [{ file, sheet: name, cells: parseCsv(decodeText(bytes)) }];
}

/** An .xlsx delivery: each visible sheet. */
export function xlsxDelivery(workbook: LoadedWorkbook, file: string): DeliverySheet[] {
  return workbook.sheets
    .filter((s) => s.state === "visible")
    .map((s) => ({
      file,
      sheet: s.name,
      // Dense rows: a sheet's empty rows and cells are holes in the model.
      cells: Array.from(s.values, (row) => Array.from(row ?? [], (v) => plainValue(v))),
    }));
}
