/** The page's side of the .xlsx worker: open bytes into a FileWorkbook, save one back to bytes. */
import { FileWorkbook } from "../workbook/exceljs/fileWorkbook";
import type { WorkerRequest, WorkerResponse } from "./xlsxWorker";

/** A request without its id (distributed over the union, so each kind keeps its own fields). */
type WithoutId<R> = R extends unknown ? Omit<R, "id"> : never;
type Request = WithoutId<WorkerRequest>;

type Pending = { resolve: (response: WorkerResponse & { ok: true }) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function call(request: Request, transfer: Transferable[] = []): Promise<WorkerResponse & { ok: true }> {
  if (!worker) {
    worker = new Worker(new URL("./xlsxWorker.ts", import.meta.url), { name: "xlsx" });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (!waiting) return;
      if (event.data.ok) waiting.resolve(event.data);
      else waiting.reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      for (const waiting of pending.values()) waiting.reject(new Error(event.message || "the file worker stopped"));
      pending.clear();
      worker = null;
    };
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage({ ...request, id } as WorkerRequest, transfer);
  });
}

export async function openInWorker(buffer: ArrayBuffer): Promise<FileWorkbook> {
  const response = await call({ type: "open", buffer }, [buffer]);
  return new FileWorkbook(response.workbook!);
}

export async function saveInWorker(book: FileWorkbook): Promise<ArrayBuffer> {
  const response = await call({ type: "save", workbook: book.workbook, layouts: book.pendingLayouts() });
  return response.buffer!;
}
