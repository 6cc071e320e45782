/**
 * A sheet of the answer cut into blocks: groups of filled cells that touch (sideways or up and down),
 * their boxes merged where they overlap. Tables sit one or several per sheet, separated by a blank row
 * or column, each maybe under a title; a blank inside a table (a suppressed cell) does not cut it, as
 * its neighbours still touch.
 */
import { cellText, isEmptyCell, type CellValue } from "../values/cell";

export interface Block {
  /** 0-based sheet rows and columns, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The text of a one-cell block just above (at most two rows up), taken as the table's title. */
  title?: string;
}

export function blocksOf(cells: readonly (readonly CellValue[] | undefined)[]): Block[] {
  const rows = cells.length;
  // Rows may be holes (a sheet's empty rows): counted in a loop, never spread.
  let width = 0;
  for (let r = 0; r < rows; r++) width = Math.max(width, cells[r]?.length ?? 0);
  const filled = (r: number, c: number) => !isEmptyCell(cells[r]?.[c] ?? null);
  const seen = new Uint8Array(rows * width);
  const found: Block[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < width; c++) {
      if (seen[r * width + c] || !filled(r, c)) continue;
      const box = { top: r, left: c, bottom: r, right: c };
      const stack = [r * width + c];
      seen[r * width + c] = 1;
      while (stack.length > 0) {
        const at = stack.pop()!;
        const y = Math.floor(at / width);
        const x = at % width;
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y);
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x);
        for (const [dy, dx] of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ] as const) {
          const ny = y + dy;
          const nx = x + dx;
          if (ny < 0 || nx < 0 || ny >= rows || nx >= width) continue;
          const n = ny * width + nx;
          if (!seen[n] && filled(ny, nx)) {
            seen[n] = 1;
            stack.push(n);
          }
        }
      }
      found.push(box);
    }
  // Boxes that overlap are one table (a blank corner cell, a row of blanks inside a table).
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < found.length && !merged; i++)
      for (let j = i + 1; j < found.length && !merged; j++) {
        const a = found[i]!;
        const b = found[j]!;
        if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right) {
          found[i] = {
            top: Math.min(a.top, b.top),
            left: Math.min(a.left, b.left),
            bottom: Math.max(a.bottom, b.bottom),
            right: Math.max(a.right, b.right),
          };
          found.splice(j, 1);
          merged = true;
        }
      }
  }
  found.sort((a, b) => a.top - b.top || a.left - b.left);
  // A one-cell block of text right above a wider block is its title, not a table of its own.
  const single = (b: Block) => b.top === b.bottom && b.left === b.right;
  const titles = new Set<Block>();
  for (const b of found) {
    if (single(b)) continue;
    const above = found.filter(
      (t) => single(t) && t.bottom < b.top && b.top - t.bottom <= 2 && t.left >= b.left && t.left <= b.right,
    );
    const title = above.sort((x, y) => y.bottom - x.bottom)[0];
    if (title && typeof cells[title.top]?.[title.left] === "string") {
      b.title = cellText(cells[title.top]![title.left]!);
      titles.add(title);
    }
  }
  return found.filter((b) => !titles.has(b) && !single(b));
}
