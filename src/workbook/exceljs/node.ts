/** Node only: open an .xlsx file as a FileWorkbook, and save one to a new file with the streaming writer. */
import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { FileWorkbook } from "./fileWorkbook";
import { readXlsxStream } from "./readStream";

export async function openXlsxFile(path: string, onRows?: (rows: number) => void): Promise<FileWorkbook> {
  // Fail early, with the system's reason, instead of as an unhandled stream error deep in the reader.
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${path} is not a file`);
  await access(path, constants.R_OK);
  return new FileWorkbook(await readXlsxStream(path, onRows));
}

export async function saveXlsxFile(workbook: FileWorkbook, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  workbook.renderInto(writer);
  await writer.commit();
}
