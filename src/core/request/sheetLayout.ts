/**
 * A sheet as plain data: cells with values and named styles, merges, widths, heights and print set-up.
 * The core lays a sheet out once; the Office.js and ExcelJS doors both render this one layout, so the
 * sheet in Excel and the file from the command line are the same sheet.
 */
export type StyleName =
  | "title"
  | "subtitle"
  | "sectionHeading"
  | "label"
  | "answer"
  | "answerMissing"
  | "filled"
  | "tableHeader"
  | "tableCell"
  | "tableNumber"
  | "yesNo"
  | "note"
  | "footer"
  | "banner"
  | "safe"
  | "small"
  | "secondary"
  | "total"
  | "text"
  | "marker";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Font colour, RRGGBB. */
  color?: string;
  /** Fill colour, RRGGBB. */
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  /** Thin border on all four sides. */
  border?: boolean;
  /** Excel number format, e.g. "@" for text that must keep its leading zeros. */
  numberFormat?: string;
}

export interface LayoutCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  value: string | number | null;
  style?: StyleName;
}

export interface Merge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ListValidation {
  row: number;
  col: number;
  list: string[];
}

export type SheetKind = "request" | "check" | "linkage" | "results" | "tables";

/** Where the request sheet holds each typed answer, so answers typed into the sheet can be read back. */
export type AnswerCells = Record<
  string,
  {
    row: number;
    col: number;
    kind: "text" | "yesNo" | "date";
    /** The fingerprint of the product's draft written there: the same text read back is no answer. */
    drafted?: string;
  }
>;

/**
 * A short fingerprint of a text (FNV-1a, 32 bits, in hex): enough to know a cell still holds the draft
 * the product wrote, without keeping the draft itself in the settings.
 */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export interface SheetLayout {
  kind: SheetKind;
  name: string;
  /** Request sheets only: the cell of each answer field. */
  answerCells?: AnswerCells;
  /** Width of each column in Excel's character units. */
  columnWidths: number[];
  /** Row heights in points, for rows that need more than the default. */
  rowHeights: Record<number, number>;
  cells: LayoutCell[];
  merges: Merge[];
  validations: ListValidation[];
  styles: Record<StyleName, CellStyle>;
  print: {
    paper: "A4";
    orientation: "portrait" | "landscape";
    /** Fit to one page wide; as many pages tall as needed. */
    fitToWidth: 1;
    /** 0-based rows repeated at the top of every printed page. */
    titleRows?: { from: number; to: number };
  };
  freezeRows?: number;
  tabColor?: string;
  /** Columns hidden from view and print: the marker's. */
  hiddenColumns?: number[];
}

/**
 * Every sheet the product writes carries a marker: a cell in a hidden column of its first row that says
 * which of the product's sheets it is. The doors find their sheets by it, not by name, so a sheet made
 * in French is replaced when the request is made again in Dutch, even if the analyst renamed it.
 */
export const MARKER_COL = 26; // column AA
const MARKER_PREFIX = "diversity-request:";

export const markerOf = (kind: SheetKind): string => `${MARKER_PREFIX}${kind}`;

/** The kind of product sheet a marker cell names, or null for anything else. */
export function kindOfMarker(value: unknown): SheetKind | null {
  if (typeof value !== "string" || !value.startsWith(MARKER_PREFIX)) return null;
  const kind = value.slice(MARKER_PREFIX.length);
  return kind === "request" || kind === "check" || kind === "linkage" || kind === "results" || kind === "tables"
    ? kind
    : null;
}

/** The layout with its marker cell and the marker's column hidden. */
export function withMarker(layout: SheetLayout): SheetLayout {
  return {
    ...layout,
    cells: [...layout.cells, { row: 0, col: MARKER_COL, value: markerOf(layout.kind), style: "marker" }],
    hiddenColumns: [...(layout.hiddenColumns ?? []), MARKER_COL],
  };
}

/** One palette for every sheet: Fluent-like blues and greys; red and orange for small and secondary cells. */
export const STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, size: 14, color: "0F3B66", wrap: true, vertical: "middle" },
  subtitle: { italic: true, color: "605E5C", wrap: true },
  sectionHeading: { bold: true, size: 12, color: "FFFFFF", fill: "0F6CBD", vertical: "middle" },
  label: { bold: true, wrap: true, vertical: "top", border: true, fill: "F3F2F1" },
  answer: { wrap: true, vertical: "top", border: true },
  answerMissing: { wrap: true, vertical: "top", border: true, fill: "FFF4CE" },
  filled: { wrap: true, vertical: "top", border: true, fill: "EBF3FC" },
  tableHeader: { bold: true, wrap: true, border: true, fill: "DEECF9", vertical: "middle" },
  tableCell: { wrap: true, vertical: "top", border: true },
  tableNumber: { border: true, horizontal: "right" },
  yesNo: { bold: true, horizontal: "center", border: true, fill: "FFF4CE" },
  note: { italic: true, wrap: true, color: "605E5C" },
  footer: { italic: true, wrap: true, size: 9, color: "605E5C" },
  banner: { bold: true, wrap: true, color: "FFFFFF", fill: "A4262C", vertical: "middle" },
  safe: { border: true, horizontal: "right" },
  small: { border: true, horizontal: "right", bold: true, color: "FFFFFF", fill: "D13438" },
  secondary: { border: true, horizontal: "right", fill: "F7A35C" },
  total: { border: true, horizontal: "right", bold: true, fill: "F3F2F1" },
  text: { numberFormat: "@" },
  marker: { color: "FFFFFF", size: 8 },
};

/** Excel's tallest row, in points: a taller one is cut to this and its text is lost from view. */
export const MAX_ROW_HEIGHT = 409;
/** Rows of a long list are kept to a few lines each, so a list reads (and prints) as several rows. */
export const LINES_PER_ROW = 8;

/** Wrapped lines a text takes in a width of `chars` characters (each hard line break starts one). */
export function wrappedLines(text: string, chars: number): number {
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(chars, 1))), 0);
}

/**
 * Split a long text into pieces of at most `lines` wrapped lines each, at its separators (line breaks,
 * then "; " of a list of names, then ", "), so each piece can go in a row of its own. A short text
 * comes back whole.
 */
export function splitForRows(text: string, chars: number, lines = LINES_PER_ROW): string[] {
  if (wrappedLines(text, chars) <= lines) return [text];
  const list = text.includes("\u00a0; ") ? "\u00a0; " : "; "; // French writes "a ; b"
  const separator = text.includes("\n") ? "\n" : text.includes(list) ? list : ", ";
  const pieces: string[] = [];
  let current = "";
  for (const part of text.split(separator)) {
    const candidate = current === "" ? part : `${current}${separator}${part}`;
    if (current !== "" && wrappedLines(candidate, chars) > lines) {
      pieces.push(separator === "\n" ? current : `${current}${separator.trim()}`);
      current = part;
    } else current = candidate;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

/** A small builder that keeps the row counter, so layouts read top to bottom like the sheet. */
export class LayoutBuilder {
  readonly cells: LayoutCell[] = [];
  readonly merges: Merge[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly validations: ListValidation[] = [];
  row = 0;

  constructor(readonly columnWidths: number[]) {}

  put(col: number, value: string | number | null, style?: StyleName, span = 1, row = this.row): void {
    const cell: LayoutCell = { row, col, value };
    if (style) cell.style = style;
    this.cells.push(cell);
    if (span > 1) {
      this.merges.push({ row, col, rows: 1, cols: span });
      // Borders of merged ranges render from every cell of the range in Excel: style the covered cells too.
      if (style) for (let c = col + 1; c < col + span; c++) this.cells.push({ row, col: c, value: null, style });
    }
  }

  /** Raise the current row to fit wrapped text in a width of `chars` characters. */
  fitText(text: string, chars: number, row = this.row): void {
    const lines = wrappedLines(text, chars);
    // Never above Excel's limit: texts that long are split over rows by the layouts (splitForRows).
    const height = Math.min(MAX_ROW_HEIGHT, Math.max(15, Math.ceil(lines * 14.5 + 3)));
    if (height > 15) this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, height);
  }

  /** Width in characters of columns col..col+span-1, a little less for the cell's padding. */
  width(col: number, span = 1): number {
    return this.columnWidths.slice(col, col + span).reduce((a, b) => a + b, 0) - 1;
  }

  next(rows = 1): void {
    this.row += rows;
  }

  /** A sheet's title and the note under it, across `span` columns, then a blank row. */
  titled(title: string, note: string, span: number): void {
    this.put(0, title, "title", span);
    this.next();
    this.put(0, note, "note", span);
    this.fitText(note, this.width(0, span));
    this.next(2);
  }

  /** The sheet this builder laid out, with the product's marker. */
  sheet(
    kind: SheetKind,
    name: string,
    print: Pick<SheetLayout["print"], "orientation">,
    freezeRows?: number,
  ): SheetLayout {
    return withMarker({
      kind,
      name,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      cells: this.cells,
      merges: this.merges,
      validations: this.validations,
      styles: STYLES,
      print: { paper: "A4", fitToWidth: 1, ...print },
      ...(freezeRows !== undefined ? { freezeRows } : {}),
    });
  }
}
