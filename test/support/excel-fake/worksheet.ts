/** Worksheets: names and visibility (which Excel for Windows and Mac does not undo), the used range, page layout (ExcelApi 1.9). */
import { FakeClientObject } from "./clientObject";
import { MAX_COLS, MAX_ROWS, OfficeFakeError, type BaseRequestContext, type CellValue, type Rect } from "./context";
import { FakeRange } from "./range";

interface WorksheetProps {
  id: string;
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

/** PageLayoutZoomOptions as documented: a scale, or pages wide and tall, each at least 1. */
function checkZoom(zoom: unknown): void {
  const z = zoom as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  for (const key of ["horizontalFitToPages", "verticalFitToPages"] as const) {
    const n = z[key];
    if (n !== undefined && n !== null && (!Number.isInteger(n) || n < 1))
      throw new OfficeFakeError("InvalidArgument", `pageLayout.zoom.${key} ${n} is not documented`);
  }
}

export class FakeWorksheet extends FakeClientObject<WorksheetProps> {
  readonly freezePanes: { freezeRows: (n: number) => void };

  constructor(
    context: BaseRequestContext,
    private sheetName: string,
  ) {
    super(context);
    this.freezePanes = {
      freezeRows: (n: number) => this.context.write({ freeze: n }, () => (this.data().frozenRows = n)),
    };
  }

  private data() {
    const sheet = this.context.data.sheet(this.sheetName);
    if (!sheet) throw new OfficeFakeError("ItemNotFound", `no sheet ${this.sheetName}`);
    return sheet;
  }

  protected snapshot(keys: (keyof WorksheetProps)[]): Partial<WorksheetProps> {
    if (this.sheetName === "\u0000chart sheet")
      throw new OfficeFakeError("GeneralException", "the active sheet is a chart sheet, not a worksheet");
    const sheet = this.context.data.sheet(this.sheetName);
    const out: Partial<WorksheetProps> = {};
    if (keys.includes("name")) {
      if (!sheet) throw new OfficeFakeError("ItemNotFound", `no sheet ${this.sheetName}`);
      out.name = sheet.name;
    }
    if (keys.includes("id")) {
      if (!sheet) throw new OfficeFakeError("ItemNotFound", `no sheet ${this.sheetName}`);
      out.id = sheet.id;
    }
    if (keys.includes("isNullObject")) out.isNullObject = !sheet;
    if (keys.includes("visibility")) out.visibility = sheet?.visibility ?? "Visible";
    return out;
  }

  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  /** Not undoable in Excel for Windows and Mac: setting it clears the user's undo history. */
  set visibility(value: string) {
    this.context.write(
      value,
      () => {
        this.data().visibility = value;
      },
      { notUndoable: `Worksheet.visibility of ${this.sheetName}` },
    );
  }
  set tabColor(value: string) {
    this.context.write(value, () => (this.data().tabColor = value));
  }
  /**
   * Renaming, as Excel does it: refused when another sheet has the name; this object follows the
   * sheet. Not undoable in Excel for Windows and Mac: it clears the user's undo history.
   */
  set name(value: string) {
    const before = this.sheetName;
    this.context.write(
      { rename: value },
      () => {
        if (this.context.data.sheet(value)) throw new OfficeFakeError("InvalidArgument", `sheet ${value} exists`);
        this.data().name = value;
        this.sheetName = value;
      },
      { notUndoable: `Worksheet.name of ${before}` },
    );
  }

  /** Page set-up: ExcelApi 1.9, with the zoom options checked against their documentation. */
  get pageLayout(): Record<string, unknown> {
    this.context.data.requireApi("1.9", "Worksheet.pageLayout");
    const set = (key: string, value: unknown) =>
      this.context.write({ pageLayout: key, value }, () => {
        if (key === "zoom") checkZoom(value);
        (this.data().pageLayout ??= {})[key] = value;
      });
    return new Proxy(
      {},
      {
        get: (_, key: string) =>
          key === "setPrintTitleRows" ? (rows: string) => set("printTitleRows", rows) : undefined,
        set: (_, key: string, value: unknown) => {
          set(key, value);
          return true;
        },
      },
    );
  }

  activate(): void {
    this.context.write(
      { activate: this.sheetName },
      () => {
        this.context.data.activeSheet = this.context.data.sheets.indexOf(this.data());
      },
      "neutral",
    );
  }

  delete(): void {
    this.context.write(
      { delete: this.sheetName },
      () => {
        this.context.data.sheets.splice(this.context.data.sheets.indexOf(this.data()), 1);
      },
      { notUndoable: `Worksheet.delete of ${this.sheetName}` },
    );
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => ({ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => ({ row, col, rows, cols }));
  }

  /** The used range; ItemNotFound on an empty sheet (that is what the OrNullObject form is for). */
  getUsedRange(): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => {
      const rect = usedRect(this.context.data.sheet(this.sheetName)?.cells ?? []);
      if (!rect) throw new OfficeFakeError("ItemNotFound", `sheet ${this.sheetName} is empty`);
      return rect;
    });
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, this.sheetName, () =>
      usedRect(this.context.data.sheet(this.sheetName)?.cells ?? []),
    );
  }
}
