/**
 * An in-memory Excel that keeps the Office.js rules that matter for cost and correctness:
 * - proxies queue work; nothing happens until `context.sync()`;
 * - reading a property that was not `load()`ed and synced throws PropertyNotLoaded;
 * - a request or response over 5 MB fails with RequestPayloadSizeLimitExceeded, and applies nothing;
 * - every sync and its payload bytes are counted, so tests can assert round trips and sizes.
 * It models what the Office door uses, not all of Excel. Formatting is recorded, not rendered.
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

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetData {
  name: string;
  cells: CellValue[][];
  /** Every formatting operation, as (address, property path, value): enough to assert on. */
  formats: { rect: Rect; path: string; value: unknown }[];
  merges: Rect[];
  visibility: string;
  tabColor?: string;
  frozenRows?: number;
}

export interface TableData {
  name: string;
  sheet: string;
  rect: Rect;
}

/** What a sync sent and received, in bytes of JSON (a fair proxy for Office.js's wire format). */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

type Op = { requestBytes: number; run: () => unknown; deliver?: (result: unknown) => void };

const jsonBytes = (value: unknown): number => JSON.stringify(value ?? null).length;

function a1(row: number, col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}
const quote = (name: string) => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
export const addressOf = (sheet: string, r: Rect) =>
  `${quote(sheet)}!${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;

/** The workbook's state: survives across contexts, like the real document. */
export class FakeWorkbookData {
  sheets: SheetData[] = [];
  tables: TableData[] = [];
  activeSheet = 0;
  selection: { sheet: string; rect: Rect } | null = null;

  addSheet(name: string, cells: CellValue[][] = []): SheetData {
    const sheet: SheetData = { name, cells, formats: [], merges: [], visibility: "Visible" };
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
    // A real sync is a round trip to the Excel process: the pane's thread is free meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.syncs.push({ requestBytes, responseBytes: 0 });
      throw new OfficeFakeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    // Reads and writes run in order against the state; the response is measured before delivery.
    const results = ops.map((op) => op.run());
    const responseBytes = results.reduce<number>((sum, r, i) => sum + (ops[i]!.deliver ? jsonBytes(r) : 0), 0);
    this.syncs.push({ requestBytes, responseBytes });
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new OfficeFakeError("RequestPayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
    }
    // The answer travels back: the work above was Excel's, what follows is the caller's.
    await new Promise((resolve) => setTimeout(resolve, 0));
    ops.forEach((op, i) => op.deliver?.(results[i]));
  }

  /** Queue a write-only operation. */
  write(payload: unknown, run: () => void): void {
    this.enqueue({ requestBytes: jsonBytes(payload) + 16, run });
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
      requestBytes: jsonBytes(keys) + 16,
      run: () => this.snapshot(keys),
      deliver: (result) => {
        Object.assign(this.loaded, result as Partial<P>);
        keys.forEach((k) => this.loadedKeys.add(k));
      },
    });
    return this;
  }

  /** As if these properties had been loaded and synced (items of a loaded collection come back so). */
  preload(values: Partial<P>): this {
    Object.assign(this.loaded, values);
    (Object.keys(values) as (keyof P)[]).forEach((k) => this.loadedKeys.add(k));
    return this;
  }

  protected read<K extends keyof P>(key: K): P[K] {
    if (!this.loadedKeys.has(key)) {
      throw new OfficeFakeError("PropertyNotLoaded", `property '${String(key)}' was not loaded and synced`);
    }
    return this.loaded[key] as P[K];
  }
}

/** A recording stand-in for range.format and its children: every property set becomes an operation. */
function formatRecorder(
  context: FakeRequestContext,
  sheetName: string,
  rect: () => Rect,
  path: string[] = ["format"],
): object {
  const record = (name: string, value: unknown) =>
    context.write({ path: [...path, name], value }, () => {
      context.data.sheet(sheetName)?.formats.push({ rect: rect(), path: [...path, name].join("."), value });
    });
  return new Proxy(
    {},
    {
      get(_, name: string) {
        if (name === "autofitColumns" || name === "autofitRows") return () => record(name, true);
        if (name === "getItem") return (item: string) => formatRecorder(context, sheetName, rect, [...path, item]);
        return formatRecorder(context, sheetName, rect, [...path, name]);
      },
      set(_, name: string, value: unknown) {
        record(name, value);
        return true;
      },
    },
  );
}

interface RangeProps {
  values: CellValue[][];
  rowCount: number;
  columnCount: number;
  rowIndex: number;
  columnIndex: number;
  address: string;
  isNullObject: boolean;
}

export class FakeRange extends FakeClientObject<RangeProps> {
  readonly format: Record<string, unknown>;

  constructor(
    context: FakeRequestContext,
    private readonly sheetName: string,
    /** Resolves the rectangle at sync time: a used range depends on the state then, not now. */
    private readonly rect: () => Rect | null,
  ) {
    super(context);
    this.format = formatRecorder(context, sheetName, () => this.must()) as Record<string, unknown>;
  }

  private sheetData(): SheetData {
    const sheet = this.context.data.sheet(this.sheetName);
    if (!sheet) throw new OfficeFakeError("ItemNotFound", `no sheet ${this.sheetName}`);
    return sheet;
  }

  private must(): Rect {
    const r = this.rect();
    if (!r) throw new OfficeFakeError("ItemNotFound", "null range");
    return r;
  }

  protected snapshot(keys: (keyof RangeProps)[]): Partial<RangeProps> {
    const r = this.rect();
    const out: Partial<RangeProps> = {};
    for (const key of keys) {
      if (key === "isNullObject") out.isNullObject = r === null;
      if (!r) continue;
      if (key === "values") {
        const cells = this.sheetData().cells;
        const values: CellValue[][] = new Array(r.rows);
        for (let i = 0; i < r.rows; i++) {
          const line = cells[r.row + i];
          const row: CellValue[] = new Array(r.cols);
          for (let j = 0; j < r.cols; j++) row[j] = line?.[r.col + j] ?? "";
          values[i] = row;
        }
        out.values = values;
      } else if (key === "rowCount") out.rowCount = r.rows;
      else if (key === "columnCount") out.columnCount = r.cols;
      else if (key === "rowIndex") out.rowIndex = r.row;
      else if (key === "columnIndex") out.columnIndex = r.col;
      else if (key === "address") out.address = addressOf(this.sheetName, r);
    }
    return out;
  }

  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(values: CellValue[][]) {
    this.context.write(values, () => {
      const r = this.must();
      if (values.length !== r.rows || values.some((line) => line.length !== r.cols)) {
        throw new OfficeFakeError("InvalidArgument", "values do not match the range's size");
      }
      const cells = this.sheetData().cells;
      values.forEach((line, i) => {
        const target = (cells[r.row + i] ??= []);
        line.forEach((v, j) => {
          if (v !== null && v !== undefined) target[r.col + j] = v;
        });
      });
    });
  }
  set numberFormat(formats: string[][]) {
    this.context.write(formats, () =>
      this.sheetData().formats.push({ rect: this.must(), path: "numberFormat", value: formats }),
    );
  }
  get dataValidation(): { rule: unknown } {
    const record = (rule: unknown) =>
      this.context.write(rule, () =>
        this.sheetData().formats.push({ rect: this.must(), path: "dataValidation.rule", value: rule }),
      );
    return {
      set rule(rule: unknown) {
        record(rule);
      },
      get rule(): unknown {
        throw new OfficeFakeError("PropertyNotLoaded", "dataValidation.rule");
      },
    };
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  /** Insert cells, shifting the cells to their right along the same rows (and widening tables crossed). */
  insert(shift: "Right" | "Down"): void {
    if (shift !== "Right") throw new OfficeFakeError("InvalidArgument", "the fake inserts to the right only");
    this.context.write({ insert: shift }, () => {
      const r = this.must();
      const cells = this.sheetData().cells;
      for (let i = r.row; i < r.row + r.rows; i++) {
        const line = (cells[i] ??= []);
        if (line.length > r.col) line.splice(r.col, 0, ...new Array<CellValue>(r.cols).fill(""));
      }
      for (const t of this.context.data.tables) {
        if (t.sheet === this.sheetName && r.col > t.rect.col && r.col <= t.rect.col + t.rect.cols)
          t.rect.cols += r.cols;
        else if (t.sheet === this.sheetName && r.col <= t.rect.col) t.rect.col += r.cols;
      }
    });
  }

  merge(): void {
    this.context.write({ merge: true }, () => this.sheetData().merges.push(this.must()));
  }
  /** Range.columnHidden (ExcelApi 1.2): recorded with the formats, as "columnHidden". */
  set columnHidden(value: boolean) {
    this.context.write({ columnHidden: value }, () => {
      this.sheetData().formats.push({ rect: this.must(), path: "columnHidden", value });
    });
  }
  unmerge(): void {
    this.context.write({ unmerge: true }, () => {
      const r = this.must();
      const sheet = this.sheetData();
      sheet.merges = sheet.merges.filter(
        (m) => m.row >= r.row + r.rows || m.row + m.rows <= r.row || m.col >= r.col + r.cols || m.col + m.cols <= r.col,
      );
    });
  }
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.context.write({ clear: applyTo }, () => {
      const r = this.must();
      const sheet = this.sheetData();
      if (applyTo !== "Formats") {
        for (let i = r.row; i < Math.min(r.row + r.rows, sheet.cells.length); i++) {
          const line = sheet.cells[i];
          if (line) for (let j = r.col; j < Math.min(r.col + r.cols, line.length); j++) line[j] = "";
        }
      }
      if (applyTo !== "Contents") sheet.formats = [];
    });
  }
}

interface WorksheetProps {
  name: string;
  isNullObject: boolean;
  visibility: string;
}

function usedRect(cells: CellValue[][]): Rect | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  cells.forEach((line, r) => {
    line?.forEach((v, c) => {
      if (v === "" || v === null || v === undefined) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return top < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export class FakeWorksheet extends FakeClientObject<WorksheetProps> {
  readonly freezePanes: { freezeRows: (n: number) => void };

  constructor(
    context: FakeRequestContext,
    private sheetName: string,
  ) {
    super(context);
    this.freezePanes = {
      freezeRows: (n: number) => this.context.write({ freeze: n }, () => (this.data().frozenRows = n)),
    };
  }

  private data(): SheetData {
    const sheet = this.context.data.sheet(this.sheetName);
    if (!sheet) throw new OfficeFakeError("ItemNotFound", `no sheet ${this.sheetName}`);
    return sheet;
  }

  protected snapshot(keys: (keyof WorksheetProps)[]): Partial<WorksheetProps> {
    const sheet = this.context.data.sheet(this.sheetName);
    const out: Partial<WorksheetProps> = {};
    if (keys.includes("name")) {
      if (!sheet) throw new OfficeFakeError("ItemNotFound", `no sheet ${this.sheetName}`);
      out.name = sheet.name;
    }
    if (keys.includes("isNullObject")) out.isNullObject = !sheet;
    if (keys.includes("visibility")) out.visibility = sheet?.visibility ?? "Visible";
    return out;
  }

  get name(): string {
    return this.read("name");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    this.context.write(value, () => (this.data().visibility = value));
  }
  set tabColor(value: string) {
    this.context.write(value, () => (this.data().tabColor = value));
  }
  /** Renaming, as Excel does it: refused when another sheet has the name; this object follows the sheet. */
  set name(value: string) {
    this.context.write({ rename: value }, () => {
      if (this.context.data.sheet(value)) throw new OfficeFakeError("InvalidArgument", `sheet ${value} exists`);
      this.data().name = value;
      this.sheetName = value;
    });
  }

  activate(): void {
    this.context.write({ activate: this.sheetName }, () => {
      this.context.data.activeSheet = this.context.data.sheets.indexOf(this.data());
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => ({ row: 0, col: 0, rows: 1_048_576, cols: 16_384 }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => ({ row, col, rows, cols }));
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, this.sheetName, () =>
      usedRect(this.context.data.sheet(this.sheetName)?.cells ?? []),
    );
  }
}

class FakeTable extends FakeClientObject<{ name: string }> {
  readonly columns: { add: (index?: number, values?: unknown, name?: string) => void };

  constructor(
    context: FakeRequestContext,
    private readonly tableName: string,
  ) {
    super(context);
    this.columns = {
      add: (index, _values, name) =>
        this.context.write({ add: index, name }, () => {
          const t = this.data();
          const at = t.rect.col + (index ?? t.rect.cols);
          const cells = this.context.data.sheet(t.sheet)!.cells;
          for (let i = t.rect.row; i < t.rect.row + t.rect.rows; i++) {
            const line = (cells[i] ??= []);
            if (line.length > at) line.splice(at, 0, "");
            else line[at] = "";
          }
          (cells[t.rect.row] ??= [])[at] = name ?? `Column${t.rect.cols + 1}`;
          t.rect.cols++;
        }),
    };
  }

  private data(): TableData {
    const t = this.context.data.tables.find((x) => x.name === this.tableName);
    if (!t) throw new OfficeFakeError("ItemNotFound", `no table ${this.tableName}`);
    return t;
  }

  protected snapshot(): Partial<{ name: string }> {
    return { name: this.data().name };
  }

  get name(): string {
    return this.read("name");
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, this.data().sheet, () => ({ ...this.data().rect }));
  }
}

class FakeTableCollection {
  private names: string[] | null = null;

  constructor(private readonly context: FakeRequestContext) {}

  /** As load("items/name"): the tables' names come back; each item can give its range. */
  load(): this {
    this.context.enqueue({
      requestBytes: 32,
      run: () => this.context.data.tables.map((t) => t.name),
      deliver: (result) => (this.names = result as string[]),
    });
    return this;
  }

  get items(): { name: string; getRange: () => FakeRange }[] {
    if (!this.names) throw new OfficeFakeError("PropertyNotLoaded", "tables.items");
    return this.names.map((name) => ({ name, getRange: () => new FakeTable(this.context, name).getRange() }));
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.context, name);
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly context: FakeRequestContext) {}

  /** As load("items/name,items/visibility"). */
  load(): this {
    this.context.enqueue({
      requestBytes: 32,
      run: () => this.context.data.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
      deliver: (result) => {
        this.loadedItems = (result as { name: string; visibility: string }[]).map((item) =>
          new FakeWorksheet(this.context, item.name).preload(item),
        );
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new OfficeFakeError("PropertyNotLoaded", "worksheets.items");
    return this.loadedItems;
  }

  getActiveWorksheet(): FakeWorksheet {
    const sheet = this.context.data.sheets[this.context.data.activeSheet];
    if (!sheet) throw new OfficeFakeError("ItemNotFound", "the workbook has no sheet");
    return new FakeWorksheet(this.context, sheet.name);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name);
  }

  add(name: string): FakeWorksheet {
    this.context.write(name, () => {
      if (this.context.data.sheet(name)) throw new OfficeFakeError("InvalidArgument", `sheet ${name} exists`);
      this.context.data.addSheet(name);
    });
    return new FakeWorksheet(this.context, name);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      this.context.data.selection?.sheet ?? this.context.data.sheets[this.context.data.activeSheet]!.name,
      () => this.context.data.selection?.rect ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
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
