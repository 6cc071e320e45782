/**
 * Web Worker for the standalone page: parsing and writing .xlsx with ExcelJS takes seconds on large
 * files, so it runs here, off the page's main thread, which stays free for the pane. Workbooks travel
 * in slices both ways (see xlsxTransfer.ts).
 */
import { loadCatalogues, loadCountryNames, userMessage, type SheetLayout, type UserMessage } from "../core";
import { saveXlsxBuffer } from "../workbook/exceljs/browser";
import { FileWorkbook } from "../workbook/exceljs/fileWorkbook";
import { readXlsxBuffer } from "../workbook/exceljs/readBuffer";
import { WorkbookAssembler, sendWorkbook, type WorkbookPart } from "./xlsxTransfer";

export type WorkerRequest =
  | { id: number; type: "open"; buffer: ArrayBuffer }
  /** The workbook to save, part by part, then `save` with the sheets the product laid out. */
  | { id: number; type: "part"; part: WorkbookPart }
  | { id: number; type: "save"; layouts: SheetLayout[] };

export type WorkerResponse =
  | { id: number; type: "part"; part: WorkbookPart }
  | { id: number; type: "done"; buffer?: ArrayBuffer }
  /** `refusal`: a refusal with its own message (a limit, a damaged file), so the page can say it. */
  | { id: number; type: "error"; error: string; refusal?: UserMessage };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerResponse, transfer?: Transferable[]) => void;
};

/** Workbooks being received for saving, by request id. */
const incoming = new Map<number, WorkbookAssembler>();

scope.onmessage = async (event) => {
  const request = event.data;
  try {
    // A worker starts with no catalogue: product sheets are known by their names in every language.
    await Promise.all([loadCatalogues(), loadCountryNames()]);
    if (request.type === "open") {
      const workbook = await readXlsxBuffer(request.buffer);
      await sendWorkbook(workbook, (part) => scope.postMessage({ id: request.id, type: "part", part }));
      scope.postMessage({ id: request.id, type: "done" });
    } else if (request.type === "part") {
      let assembler = incoming.get(request.id);
      if (!assembler) incoming.set(request.id, (assembler = new WorkbookAssembler()));
      assembler.add(request.part);
    } else {
      const assembler = incoming.get(request.id) ?? new WorkbookAssembler();
      incoming.delete(request.id);
      const book = new FileWorkbook(assembler.workbook);
      for (const layout of request.layouts) await book.writeSheet(layout);
      const buffer = await saveXlsxBuffer(book);
      scope.postMessage({ id: request.id, type: "done", buffer }, [buffer]);
    }
  } catch (error) {
    incoming.delete(request.id);
    const refusal = userMessage(error);
    scope.postMessage({
      id: request.id,
      type: "error",
      error: error instanceof Error ? error.message : String(error),
      ...(refusal ? { refusal } : {}),
    });
  }
};
