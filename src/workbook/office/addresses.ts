/**
 * A1 addresses, parsed and compared without Excel: "Personeel!B3:H1203" to 0-based rows and columns.
 * Excel writes whole columns as C:C, whole rows (and the whole sheet) as 2:2 or 1:1048576, and several
 * areas separated by commas.
 */
export interface Rect {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parse "Sheet!A1:C10", "'My sheet'!B2", "Sheet!C:C", "Sheet!2:5", or "A1:C10" (with a default sheet). */
export function parseAddress(address: string, defaultSheet = ""): Rect {
  const trimmed = address.trim();
  const bang = trimmed.lastIndexOf("!");
  const sheet =
    bang >= 0
      ? trimmed
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'")
      : defaultSheet;
  const [from, to = from] = trimmed
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":") as [string, string?];
  const cell = (s: string) => /^([A-Z]+)(\d+)$/i.exec(s);
  const a = cell(from);
  const b = cell(to);
  if (a && b) {
    const row = Number(a[2]) - 1;
    const col = colIndex(a[1]!);
    return { sheet, row, col, rows: Number(b[2]) - row, cols: colIndex(b[1]!) - col + 1 };
  }
  // Whole columns: C:C, A:H.
  if (/^[A-Z]+$/i.test(from) && /^[A-Z]+$/i.test(to)) {
    const col = colIndex(from);
    return { sheet, row: 0, col, rows: MAX_ROWS, cols: colIndex(to) - col + 1 };
  }
  // Whole rows: 2:2, 1:1048576 (the whole sheet).
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const row = Number(from) - 1;
    return { sheet, row, col: 0, rows: Number(to) - row, cols: MAX_COLS };
  }
  throw new Error(`not an A1 address: ${address}`);
}

/** Every area of a selection: "Sheet!A1:B2, Sheet!D4" (a sheet name may hold a comma: quoted). */
export function parseAreas(address: string, defaultSheet = ""): Rect[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current);
  let sheet = defaultSheet;
  return parts.map((part) => {
    const rect = parseAddress(part, sheet);
    sheet = rect.sheet;
    return rect;
  });
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.sheet === inner.sheet &&
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.sheet === b.sheet &&
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}
