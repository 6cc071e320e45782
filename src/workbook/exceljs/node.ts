/** Node only: open an .xlsx file as a FileWorkbook, and save one to a new file with the streaming writer. */
import { closeSync, constants, openSync, readSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { access, mkdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { FileWorkbook } from "./fileWorkbook";
import { readXlsxStream } from "./readStream";
import { checkZipLimits } from "./zipCheck";

export async function openXlsxFile(path: string, onRows?: (rows: number) => void): Promise<FileWorkbook> {
  // Fail early, with the system's reason, instead of as an unhandled stream error deep in the reader.
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${path} is not a file`);
  await access(path, constants.R_OK);
  const fd = openSync(path, "r");
  try {
    checkZipLimits(
      info.size,
      (offset, length) => {
        const bytes = Buffer.alloc(Math.max(0, Math.min(length, info.size - offset)));
        readSync(fd, bytes, 0, bytes.length, offset);
        return bytes;
      },
      path,
    );
  } finally {
    closeSync(fd);
  }
  return new FileWorkbook(await readXlsxStream(path, onRows));
}

export async function saveXlsxFile(workbook: FileWorkbook, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeAtomically(path, async (temporary) => {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: temporary,
      useStyles: true,
      useSharedStrings: false,
    });
    await workbook.renderInto(writer);
    await writer.commit();
  });
}

/** Temporary files being written now: an interrupted run removes them (see removeUnfinishedFiles). */
const unfinished = new Set<string>();

/**
 * Write a file so that it is there whole or not at all: into a temporary file in the same folder (so
 * the rename stays on one file system), renamed into place only when complete. A failure removes the
 * temporary file and leaves whatever was at `path` untouched.
 */
export async function writeAtomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  unfinished.add(temporary);
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    unfinished.delete(temporary);
  }
}

/**
 * For a signal handler: remove the half-written files at once (synchronously: the process ends right
 * after). They hold the staff's data, and an interrupted run must leave nothing of it behind.
 */
export function removeUnfinishedFiles(): void {
  for (const temporary of unfinished) rmSync(temporary, { force: true });
  unfinished.clear();
}
