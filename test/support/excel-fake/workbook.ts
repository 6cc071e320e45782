/** The workbook: sheets, tables (with their totals row), the selection in any shape, and Excel.run. */
import { FakeClientObject } from "./clientObject";
import { BaseRequestContext, OfficeFakeError, type FakeWorkbookData, type Rect, type TableData } from "./context";
import { FakeRange, FakeRangeAreas } from "./range";
import { FakeWorksheet } from "./worksheet";

interface TableProps {
  name: string;
  showTotals: boolean;
}

class FakeTable extends FakeClientObject<TableProps> {
  readonly columns: { add: (index?: number, values?: unknown, name?: string) => void };

  constructor(
    context: BaseRequestContext,
    private readonly tableName: string,
  ) {
    super(context);
    this.columns = {
      add: (index, _values, name) =>
        this.context.write({ add: index, name }, () => {
          const t = this.data();
          // Excel on the web: "(number of table rows) x (16383 - (number of table columns))" over
          // 33,554,000 cells is refused (application-specific-api-error-handling).
          if (this.context.data.web && t.rect.rows * (16_383 - t.rect.cols) > 33_554_000)
            throw new OfficeFakeError("OperationCellsExceedLimit", "the column would move more than 33,554,000 cells");
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

  protected snapshot(keys: (keyof TableProps)[]): Partial<TableProps> {
    const t = this.data();
    return {
      ...(keys.includes("name") ? { name: t.name } : {}),
      ...(keys.includes("showTotals") ? { showTotals: t.showTotals === true } : {}),
    };
  }

  get name(): string {
    return this.read("name");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }

  /** The whole table: header, data and (with showTotals) the totals row. */
  getRange(): FakeRange {
    return new FakeRange(this.context, this.data().sheet, () => ({ ...this.data().rect }));
  }
}

class FakeTableCollection {
  private loadedItems: FakeTable[] | null = null;

  constructor(private readonly context: BaseRequestContext) {}

  /** As load("items/name") or load("items/name,items/showTotals"). */
  load(): this {
    this.context.read(
      ["items"],
      () => this.context.data.tables.map((t) => ({ name: t.name, showTotals: t.showTotals === true })),
      (result) => {
        this.loadedItems = (result as TableProps[]).map((item) => new FakeTable(this.context, item.name).preload(item));
      },
    );
    return this;
  }

  get items(): FakeTable[] {
    if (!this.loadedItems) throw new OfficeFakeError("PropertyNotLoaded", "tables.items");
    return this.loadedItems;
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.context, name);
  }
}

/** The active "worksheet" while a chart sheet is active: any read of it fails. */
export const CHART_SHEET = "\u0000chart sheet";

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly context: BaseRequestContext) {}

  /** As load("items/name,items/visibility,items/id"). */
  load(): this {
    this.context.read(
      ["items"],
      () => this.context.data.sheets.map((s) => ({ name: s.name, visibility: s.visibility, id: s.id })),
      (result) => {
        this.loadedItems = (result as { name: string; visibility: string; id: string }[]).map((item) =>
          new FakeWorksheet(this.context, item.name).preload(item),
        );
      },
    );
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new OfficeFakeError("PropertyNotLoaded", "worksheets.items");
    return this.loadedItems;
  }

  getActiveWorksheet(): FakeWorksheet {
    // A chart sheet is no worksheet: Excel fails the batch that loads it (RichApi.Error).
    if (this.context.data.chartSheetActive) return new FakeWorksheet(this.context, CHART_SHEET);
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

/** A worksheet function's result (Excel.FunctionResult): its value once loaded and synced. */
class FakeFunctionResult {
  private loaded: { value: number } | null = null;

  constructor(
    private readonly context: BaseRequestContext,
    private readonly compute: () => number,
  ) {}

  load(): this {
    this.context.read(
      ["value"],
      () => this.compute(),
      (value) => (this.loaded = { value: value as number }),
    );
    return this;
  }

  get value(): number {
    if (!this.loaded) throw new OfficeFakeError("PropertyNotLoaded", "FunctionResult.value");
    return this.loaded.value;
  }
}

export class FakeWorkbook extends FakeClientObject<{ readOnly: boolean }> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  /** Worksheet functions (ExcelApi 1.2): DATE only, in the workbook's date system. */
  readonly functions: { date(year: number, month: number, day: number): FakeFunctionResult };

  constructor(context: BaseRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.functions = {
      date: (year, month, day) =>
        new FakeFunctionResult(context, () => {
          // Excel's serial: days since 30 Dec 1899 (1900 system, past its phantom 29 Feb), or since 1 Jan 1904.
          const serial = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
          return context.data.date1904 ? serial - 1462 : serial;
        }),
    };
  }

  /** Workbook.readOnly: ExcelApi 1.8. */
  override load(props: "readOnly" | "readOnly"[]): this {
    this.context.data.requireApi("1.8", "Workbook.readOnly");
    return super.load(props);
  }

  protected snapshot(): { readOnly: boolean } {
    return { readOnly: this.context.data.readOnly };
  }

  get readOnly(): boolean {
    return this.read("readOnly");
  }

  private selectionSheet(): string {
    return this.context.data.selection?.sheet ?? this.context.data.sheets[this.context.data.activeSheet]!.name;
  }

  private selectionAreas(): Rect[] {
    const s = this.context.data.selection;
    return s?.areas ?? (s?.rect ? [s.rect] : [{ row: 0, col: 0, rows: 1, cols: 1 }]);
  }

  /** One rectangle; with several areas selected (Ctrl+click) Excel refuses it, as documented. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, this.selectionSheet(), () => {
      const areas = this.selectionAreas();
      if (areas.length > 1)
        throw new OfficeFakeError("InvalidSelection", "getSelectedRange: the selection has several areas");
      return areas[0]!;
    });
  }

  /** Every area of the selection: ExcelApi 1.9. */
  getSelectedRanges(): FakeRangeAreas {
    this.context.data.requireApi("1.9", "Workbook.getSelectedRanges");
    return new FakeRangeAreas(this.context, this.selectionSheet(), () => this.selectionAreas());
  }
}

/** A request context with its workbook, as Excel.run hands it to a batch. */
export class FakeRequestContext extends BaseRequestContext {
  readonly workbook: FakeWorkbook;

  constructor(data: FakeWorkbookData) {
    super(data);
    this.workbook = new FakeWorkbook(this);
  }
}

/**
 * `Excel.run` over a workbook: each batch gets a fresh context, as in Office.js. What the analyst does
 * between two batches (`data.between`) happens before the batch starts. `Excel.run(options, batch)`
 * takes RunOptions: mergeUndoGroup (ExcelApi 1.20) makes the batch's writes one undo step.
 */
export function fakeExcelRun(data: FakeWorkbookData, contexts: FakeRequestContext[] = []) {
  type Batch<T> = (context: FakeRequestContext) => Promise<T>;
  return async <T>(first: Batch<T> | { mergeUndoGroup?: boolean }, second?: Batch<T>): Promise<T> => {
    const batch = typeof first === "function" ? first : second!;
    const options = typeof first === "function" ? {} : first;
    data.between?.();
    const context = new FakeRequestContext(data);
    if (options.mergeUndoGroup) {
      data.requireApi("1.20", "RunOptions.mergeUndoGroup");
      context.mergeUndoGroup = true;
    }
    contexts.push(context);
    const result = await batch(context);
    if (context.hasPending) await context.sync(); // Excel.run flushes what is left queued
    if (context.wroteUndoable) data.undoSteps++;
    return result;
  };
}

/** Office.context.requirements as this host answers it. */
export const fakeRequirements = (data: FakeWorkbookData) => ({
  isSetSupported: (set: string, version?: string) => data.supports(set, version ?? "1.1"),
});
