/**
 * Web Worker for the standalone page: parsing and writing .xlsx with ExcelJS takes seconds on large
 * files, so it runs here, off the page's main thread, which stays free for the pane.
 */
import type { SheetLayout } from "../core";
import { FileWorkbook } from "../workbook/exceljs/fileWorkbook";
import type { LoadedWorkbook } from "../workbook/exceljs/model";
import { saveXlsxBuffer } from "../workbook/exceljs/browser";
import { readXlsxBuffer } from "../workbook/exceljs/readBuffer";

export type WorkerRequest =
  | { id: number; type: "open"; buffer: ArrayBuffer }
  | { id: number; type: "save"; workbook: LoadedWorkbook; layouts: SheetLayout[] };

export type WorkerResponse =
  { id: number; ok: true; workbook?: LoadedWorkbook; buffer?: ArrayBuffer } | { id: number; ok: false; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerResponse, transfer?: Transferable[]) => void;
};

scope.onmessage = async (event) => {
  const request = event.data;
  try {
    if (request.type === "open") {
      scope.postMessage({ id: request.id, ok: true, workbook: await readXlsxBuffer(request.buffer) });
    } else {
      const book = new FileWorkbook(request.workbook);
      for (const layout of request.layouts) await book.writeSheet(layout);
      const buffer = await saveXlsxBuffer(book);
      scope.postMessage({ id: request.id, ok: true, buffer }, [buffer]);
    }
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
