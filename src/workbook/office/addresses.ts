/** A1 addresses, parsed and compared without Excel: "Personeel!B3:H1203" to 0-based rows and columns. */
export interface Rect {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parse "Sheet!A1:C10", "'My sheet'!B2", or "A1:C10" (with a default sheet). */
export function parseAddress(address: string, defaultSheet = ""): Rect {
  const bang = address.lastIndexOf("!");
  const sheet =
    bang >= 0
      ? address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'")
      : defaultSheet;
  const [from, to = from] = address
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":") as [string, string?];
  const a = /^([A-Z]+)(\d+)$/i.exec(from);
  const b = /^([A-Z]+)(\d+)$/i.exec(to);
  if (!a || !b) throw new Error(`not an A1 address: ${address}`);
  const row = Number(a[2]) - 1;
  const col = colIndex(a[1]!);
  return { sheet, row, col, rows: Number(b[2]) - row, cols: colIndex(b[1]!) - col + 1 };
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
