/**
 * A cell as the doors hand it to the core: plain values only. Excel errors arrive either as their text
 * ("#N/A", from Office.js) or as `{ error: "#N/A" }` (from ExcelJS); both are recognised.
 */
export type CellValue = string | number | boolean | Date | null | undefined | { error: string };

const EXCEL_ERRORS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export function isExcelError(cell: unknown): boolean {
  if (typeof cell === "string")
    return cell.length > 1 && cell[0] === "#" && EXCEL_ERRORS.has(cell.trim().toUpperCase());
  return (
    typeof cell === "object" &&
    cell !== null &&
    !(cell instanceof Date) &&
    typeof (cell as { error?: unknown }).error === "string"
  );
}

export function isEmptyCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The cell as text, for reports and for matching words. Never throws. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "object" && typeof (cell as { error?: unknown }).error === "string") {
    return (cell as { error: string }).error;
  }
  try {
    return String(cell);
  } catch {
    return ""; // objects whose toString throws: nothing to show
  }
}
