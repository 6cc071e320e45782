/** The page's side of the .xlsx worker: open bytes into a FileWorkbook, save one back to bytes. */
import { FileWorkbook } from "../workbook/exceljs/fileWorkbook";
import type { LoadedWorkbook } from "../workbook/exceljs/model";
import { WorkbookAssembler, sendWorkbook } from "./xlsxTransfer";
import type { WorkerRequest, WorkerResponse } from "./xlsxWorker";

/** A request without its id (distributed over the union, so each kind keeps its own fields). */
type WithoutId<R> = R extends unknown ? Omit<R, "id"> : never;
type Request = WithoutId<WorkerRequest>;

interface Pending {
  /** The workbook coming back, for an open. */
  assembler: WorkbookAssembler;
  resolve: (result: { workbook: LoadedWorkbook; buffer?: ArrayBuffer }) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL("./xlsxWorker.ts", import.meta.url), { name: "xlsx" });
  started.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === "part") {
      waiting.assembler.add(message.part);
      return;
    }
    pending.delete(message.id);
    if (message.type === "done")
      waiting.resolve({ workbook: waiting.assembler.workbook, ...(message.buffer ? { buffer: message.buffer } : {}) });
    else waiting.reject(Object.assign(new Error(message.error), message.refusal ? { refusal: message.refusal } : {}));
  };
  started.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || "the file worker stopped"));
    pending.clear();
    worker = null;
  };
  return (worker = started);
}

/** Send the messages of one request (all under one id), and wait for its answer. */
function call(
  send: (post: (request: Request, transfer?: Transferable[]) => void) => Promise<void>,
): Promise<{ workbook: LoadedWorkbook; buffer?: ArrayBuffer }> {
  const target = start();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { assembler: new WorkbookAssembler(), resolve, reject });
    send((request, transfer = []) => target.postMessage({ ...request, id } as WorkerRequest, transfer)).catch(
      (error: unknown) => {
        pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** A turn for the page between two slices, so copying them never adds up to one long task. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function openInWorker(buffer: ArrayBuffer): Promise<FileWorkbook> {
  const { workbook } = await call(async (post) => post({ type: "open", buffer }, [buffer]));
  return new FileWorkbook(workbook);
}

/** Save in the worker; `sent` is called once the workbook is copied over, and may change again. */
export async function saveInWorker(book: FileWorkbook, sent?: () => void): Promise<ArrayBuffer> {
  const layouts = book.pendingLayouts();
  const { buffer } = await call(async (post) => {
    await sendWorkbook(book.workbook, (part) => post({ type: "part", part }), pause);
    post({ type: "save", layouts });
    sent?.();
  });
  if (!buffer) throw new Error("the file worker returned no file");
  return buffer;
}
