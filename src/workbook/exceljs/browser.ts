/** Browser: open an .xlsx from its bytes and produce the output file's bytes, all in memory. */
import ExcelJS from "exceljs";
import { FileWorkbook } from "./fileWorkbook";
import { readXlsxBuffer } from "./readBuffer";

export async function openXlsxBuffer(data: ArrayBuffer, name = ""): Promise<FileWorkbook> {
  return new FileWorkbook(await readXlsxBuffer(data, name));
}

export async function saveXlsxBuffer(workbook: FileWorkbook): Promise<ArrayBuffer> {
  const out = new ExcelJS.Workbook();
  await workbook.renderInto(out);
  const bytes = (await out.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  // ExcelJS hands back a byte view (Buffer, Uint8Array); callers need a whole ArrayBuffer, e.g. to
  // transfer it from a worker.
  return bytes instanceof ArrayBuffer
    ? bytes
    : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}
