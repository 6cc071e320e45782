/**
 * An in-memory Excel that keeps the Office.js rules that matter for cost and correctness:
 * - proxies queue work; nothing happens until `context.sync()`;
 * - reading a property that was not `load()`ed and synced throws PropertyNotLoaded;
 * - a request or response over 5 MB fails with RequestPayloadSizeLimitExceeded, and applies nothing;
 * - every sync and its payload bytes are counted, so tests can assert round trips and sizes.
 * It grows with the Office door; it models what the door uses, not all of Excel.
 */

export type CellValue = string | number | boolean;

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export class OfficeFakeError extends Error {
  constructor(
    readonly code: "PropertyNotLoaded" | "RequestPayloadSizeLimitExceeded" | "ItemNotFound" | "InvalidArgument",
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

export interface SheetData {
  name: string;
  cells: CellValue[][];
}

/** What a sync sent and received, in bytes of JSON (a fair proxy for Office.js's wire format). */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

type Op = { requestBytes: number; run: () => unknown; deliver?: (result: unknown) => void };

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

/** The workbook's state: survives across contexts, like the real document. */
export class FakeWorkbookData {
  sheets: SheetData[] = [];
  activeSheet = 0;

  addSheet(name: string, cells: CellValue[][] = []): SheetData {
    const sheet = { name, cells };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

export class FakeRequestContext {
  readonly syncs: SyncRecord[] = [];
  private queue: Op[] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly data: FakeWorkbookData) {
    this.workbook = new FakeWorkbook(this);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.syncs.push({ requestBytes, responseBytes: 0 });
      throw new OfficeFakeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    // Run reads against the state first, to measure the response before anything is delivered.
    const results = ops.map((op) => op.run());
    const responseBytes = results.reduce<number>((sum, r, i) => sum + (ops[i]!.deliver ? jsonBytes(r) : 0), 0);
    this.syncs.push({ requestBytes, responseBytes });
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new OfficeFakeError("RequestPayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
    }
    ops.forEach((op, i) => op.deliver?.(results[i]));
  }
}

/** Base for proxies: properties become readable only after load() and sync(). */
abstract class FakeClientObject<P extends object> {
  private loaded: Partial<P> = {};
  private loadedKeys = new Set<keyof P>();

  constructor(protected readonly context: FakeRequestContext) {}

  protected abstract snapshot(keys: (keyof P)[]): Partial<P>;

  load(props: (keyof P)[] | string): this {
    const keys = (typeof props === "string" ? props.split(",").map((s) => s.trim()) : props) as (keyof P)[];
    this.context.enqueue({
      requestBytes: jsonBytes(keys),
      run: () => this.snapshot(keys),
      deliver: (result) => {
        Object.assign(this.loaded, result as Partial<P>);
        keys.forEach((k) => this.loadedKeys.add(k));
      },
    });
    return this;
  }

  protected read<K extends keyof P>(key: K): P[K] {
    if (!this.loadedKeys.has(key)) {
      throw new OfficeFakeError("PropertyNotLoaded", `property '${String(key)}' was not loaded and synced`);
    }
    return this.loaded[key] as P[K];
  }
}

interface RangeProps {
  values: CellValue[][];
  rowCount: number;
  columnCount: number;
  rowIndex: number;
  columnIndex: number;
  address: string;
}

export class FakeRange extends FakeClientObject<RangeProps> {
  constructor(
    context: FakeRequestContext,
    private readonly sheetName: string,
    /** Resolves the rectangle at sync time: a used range depends on the state then, not now. */
    private readonly rect: () => { row: number; col: number; rows: number; cols: number },
  ) {
    super(context);
  }

  private sheetData(): SheetData {
    const sheet = this.context.data.sheet(this.sheetName);
    if (!sheet) throw new OfficeFakeError("ItemNotFound", `no sheet ${this.sheetName}`);
    return sheet;
  }

  protected snapshot(keys: (keyof RangeProps)[]): Partial<RangeProps> {
    const { row, col, rows, cols } = this.rect();
    const out: Partial<RangeProps> = {};
    for (const key of keys) {
      if (key === "values") {
        const cells = this.sheetData().cells;
        out.values = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => cells[row + r]?.[col + c] ?? ""),
        );
      } else if (key === "rowCount") out.rowCount = rows;
      else if (key === "columnCount") out.columnCount = cols;
      else if (key === "rowIndex") out.rowIndex = row;
      else if (key === "columnIndex") out.columnIndex = col;
      else if (key === "address")
        out.address = `${this.sheetName}!${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
    }
    return out;
  }

  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(values: CellValue[][]) {
    this.context.enqueue({
      requestBytes: jsonBytes(values),
      run: () => {
        const { row, col, rows, cols } = this.rect();
        if (values.length !== rows || values.some((r) => r.length !== cols)) {
          throw new OfficeFakeError("InvalidArgument", "values do not match the range's size");
        }
        const cells = this.sheetData().cells;
        values.forEach((line, r) => {
          const target = (cells[row + r] ??= []);
          line.forEach((v, c) => {
            target[col + c] = v;
          });
        });
      },
    });
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get address(): string {
    return this.read("address");
  }
}

interface WorksheetProps {
  name: string;
  isNullObject: boolean;
}

export class FakeWorksheet extends FakeClientObject<WorksheetProps> {
  constructor(
    context: FakeRequestContext,
    private readonly sheetName: string,
  ) {
    super(context);
  }

  protected snapshot(keys: (keyof WorksheetProps)[]): Partial<WorksheetProps> {
    const sheet = this.context.data.sheet(this.sheetName);
    const out: Partial<WorksheetProps> = {};
    if (keys.includes("name")) out.name = sheet?.name ?? this.sheetName;
    if (keys.includes("isNullObject")) out.isNullObject = !sheet;
    return out;
  }

  get name(): string {
    return this.read("name");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => ({ row, col, rows, cols }));
  }

  /** The used range: from A1 to the last non-empty cell (Excel trims leading blanks too; we keep A1). */
  getUsedRange(): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => {
      const cells = this.context.data.sheet(this.sheetName)?.cells ?? [];
      const rows = cells.length;
      const cols = cells.reduce((m, r) => Math.max(m, r.length), 0);
      return { row: 0, col: 0, rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
    });
  }
}

export class FakeWorksheetCollection {
  constructor(private readonly context: FakeRequestContext) {}

  getActiveWorksheet(): FakeWorksheet {
    const sheet = this.context.data.sheets[this.context.data.activeSheet];
    if (!sheet) throw new OfficeFakeError("ItemNotFound", "the workbook has no sheet");
    return new FakeWorksheet(this.context, sheet.name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name);
  }

  add(name: string): FakeWorksheet {
    this.context.enqueue({
      requestBytes: jsonBytes(name),
      run: () => {
        if (this.context.data.sheet(name)) throw new OfficeFakeError("InvalidArgument", `sheet ${name} exists`);
        this.context.data.addSheet(name);
      },
    });
    return new FakeWorksheet(this.context, name);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
}

/** `Excel.run` over a workbook: each batch gets a fresh context, as in Office.js. */
export function fakeExcelRun(data: FakeWorkbookData, contexts: FakeRequestContext[] = []) {
  return async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(data);
    contexts.push(context);
    const result = await batch(context);
    if (context.hasPending) await context.sync(); // Excel.run flushes what is left queued
    return result;
  };
}

function a1(row: number, col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}
