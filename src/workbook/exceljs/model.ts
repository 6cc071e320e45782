/**
 * A workbook held in memory as plain rows: values and (shared) cell styles. Both the Node streaming
 * reader and the browser's in-memory loader fill it; both writers render it. Reading the input once and
 * writing a new file keeps the input file untouched.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core";

export interface LoadedSheet {
  name: string;
  /** rows[r][c]: the cell's value as ExcelJS has it (formulas keep their formula and result). */
  values: unknown[][];
  /** styles[r][c], where the cell has one; shared objects, so a million cells cost little. */
  styles: (Partial<ExcelJS.Style> | undefined)[][];
  columnWidths: (number | undefined)[];
  state: "visible" | "hidden" | "veryHidden";
}

export interface LoadedWorkbook {
  sheets: LoadedSheet[];
  /** Serials count from 1904 (workbookPr date1904): ExcelJS reads date-formatted cells so; bare serials are ours. */
  date1904?: boolean;
}

export function emptySheet(name: string, state: LoadedSheet["state"] = "visible"): LoadedSheet {
  return { name, values: [], styles: [], columnWidths: [], state };
}

/** The value the core reads: a formula's result, rich text as text, a hyperlink's text, an error as { error }. */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date)
    return value;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("result" in v) return plainValue(v.result);
    if ("formula" in v || "sharedFormula" in v) return null;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((p) => p.text ?? "").join("");
    if (typeof v.text === "string") return v.text;
    if (typeof v.error === "string") return { error: v.error };
  }
  return null;
}
