/**
 * Excel's undo stack and the add-in's actions, as Microsoft documents them:
 * - below ExcelApi 1.20 (Excel 2021 and 2024, Microsoft 365 before Version 2509), "most set operations
 *   disable undo" (office-js#3788): every write clears the analyst's undo history;
 * - from ExcelApi 1.20 on, each context.sync() that writes is one undo record, and Excel.run with
 *   RunOptions.mergeUndoGroup makes a whole batch one (excel-add-ins-undo-capabilities);
 * - Worksheet.name, Worksheet.visibility and Worksheet.delete cannot be undone in Excel for Windows and
 *   Mac: they clear the history from that call on, and inside a merged group they are refused with
 *   UndoNotSupported.
 * So an action (Recode, Check, Generate) runs in one merged batch where the host has 1.20, and the
 * calls that cannot be undone (the hidden settings sheet made once, the product's sheets renamed to
 * another language) are made first, in a batch of their own, so the action after them is one step.
 */
import { MARKER_COL, t, type Lang, type SheetKind } from "../../core";
import { SETTINGS_SHEET, placeLayout } from "../port";
import type { Requirements } from "./officeWorkbook";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run, with or without RunOptions (Office.js's two forms). */
export interface ExcelRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
}

/** What Ctrl+Z keeps on this host: each action one step (1.20), or nothing the add-in wrote before. */
export type UndoSupport = "steps" | "cleared";

export function undoSupport(requirements: Requirements): UndoSupport {
  return requirements.isSetSupported("ExcelApi", "1.20") ? "steps" : "cleared";
}

const KINDS: readonly SheetKind[] = ["request", "check", "linkage", "results", "tables"];

export class UndoGroups {
  /** The batch of the action running now: every call of the door joins it. */
  private group: Excel.RequestContext | null = null;

  constructor(
    private readonly run: ExcelRun,
    private readonly requirements: Requirements,
  ) {}

  /** Run a door call: in the action's batch while one runs, else in a batch of its own. */
  batch<T>(work: Batch<T>): Promise<T> {
    return this.group ? work(this.group) : this.run(work);
  }

  /**
   * Run an action as one undo step where the host can (ExcelApi 1.20); elsewhere as before, since
   * every write clears the history anyway. An undo group Excel refuses (a call not known to refuse
   * grouping) runs the action again ungrouped: its writes replace the product's own cells only.
   */
  async action<T>(work: () => Promise<T>, sheetLang: Lang): Promise<T> {
    if (this.group || undoSupport(this.requirements) !== "steps") return work();
    await this.run((context) => notUndoableFirst(context, sheetLang));
    try {
      return await this.run({ mergeUndoGroup: true }, async (context) => {
        this.group = context;
        try {
          return await work();
        } finally {
          this.group = null;
        }
      });
    } catch (error) {
      if ((error as { code?: string }).code !== "UndoNotSupported") throw error;
      console.warn("Diversity Request: Excel refused to group the action as one undo step; ran it ungrouped.", error);
      return work();
    }
  }
}

/**
 * The calls an action needs that Excel cannot undo, made before its undo group: the very hidden
 * settings sheet (once per workbook), and the product's sheets renamed to the request's language.
 */
async function notUndoableFirst(context: Excel.RequestContext, sheetLang: Lang): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  const markers = sheets.items.map((s) => s.getRangeByIndexes(0, MARKER_COL, 1, 1).load("values"));
  await context.sync();
  const settings = sheets.items.find((s) => s.name === SETTINGS_SHEET);
  if (!settings) context.workbook.worksheets.add(SETTINGS_SHEET).visibility = "VeryHidden";
  else if (settings.visibility !== "VeryHidden") settings.visibility = "VeryHidden";
  const placed = sheets.items.map((sheet, i) => ({ sheet, marker: markers[i]!.values[0]?.[0] }));
  for (const kind of KINDS) {
    const place = placeLayout({ kind, name: t(sheetLang, `sheet.${kind}`) }, placed);
    if (place.rename) place.sheet!.name = place.name;
  }
  await context.sync();
}
