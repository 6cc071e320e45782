/** The request step of the job: the request document, its status, and the sheets to write. */
import { TOTAL } from "../disclosure/crossTab";
import { exposedCells, leftToKsz, unconfirmedCells } from "../disclosure/report";
import { t, type Lang } from "../i18n";
import type { Table } from "../recode/apply";
import { categoryLabel } from "../recode/labels";
import { layoutCheck } from "../request/checkLayout";
import type { FlaggedCell, RequestChoices } from "../request/choices";
import { buildRequest, type MissingAnswer, type RequestDocument } from "../request/document";
import { buildLinkage, layoutLinkage } from "../request/linkage";
import { variableLabel } from "../request/variables";
import { layoutRequest } from "../request/requestLayout";
import { layoutTables } from "../request/tablesLayout";
import { KSZ_DIMENSIONS, resultsBasis } from "../results/request";
import type { SheetLayout } from "../request/sheetLayout";
import { requestStatus, type RequestStatus } from "../request/status";
import { parseIsoDate } from "../values/dates";
import { duplicateInsz } from "../values/insz";
import { PersonalDataScreen, screenSettings } from "../privacy/screen";
import { LIMITS, fitCell } from "../limits";
import type { CheckOutcome } from "./check";
import { choicesFor } from "./choices";
import type { RecodeOutcome, RoleMap } from "./recode";
import { OWN_ROLES, type JobSettings } from "./settings";

export interface RequestOutcome {
  choices: RequestChoices;
  document: RequestDocument;
  /** Ready to send, or a draft with what is missing and what contradicts itself. */
  status: RequestStatus;
  missing: MissingAnswer[];
  /** Rows the INSZ linkage list leaves out (no valid number): how many, and the first; null when none or no list. */
  invalidInsz: { count: number; firstRow: number } | null;
  /** `tables`: the requested tables as empty shells for the KSZ to fill in (sent with the request). */
  layouts: { request: SheetLayout; check: SheetLayout; tables: SheetLayout; linkage: SheetLayout | null };
  /**
   * The settings to save with the sheets: answers and value maps screened for personal data. `screened`
   * counts the answers that held some (they show a placeholder in the sheet) and the map entries dropped.
   */
  settings: JobSettings;
  /** `cut`: cells whose text was longer than Excel keeps (32,767 characters), cut with "…" in the sheets. */
  screened: { answers: number; entries: number; headers: number; cut: number };
}

/**
 * The request and its sheets from the recode and the check. `today` (ISO) dates the check and the
 * sheet; `userLang` is the language of the completeness list, which may differ from the sheet's.
 */
export function composeRequest(
  table: Table,
  roles: RoleMap,
  recoded: RecodeOutcome,
  checked: CheckOutcome,
  given: JobSettings,
  today: string,
  userLang: Lang,
): RequestOutcome {
  const lang = given.sheetLang;
  // Answers may have come from a sheet anyone can edit: what holds personal data is not written.
  const screen = screenSettings(given, t(lang, "screen.placeholder"), table, roles.birthDate, table.headers);
  const settings = screen.settings;
  const reference = parseIsoDate(settings.referenceDate);
  if (!reference.ok) throw new RangeError(`reference date ${settings.referenceDate} is not a date`);
  const { report, labels } = checked;
  const title = (name: string) => labels[name]?.title ?? name;
  const flagged: FlaggedCell[] = report.tables.flatMap((tab) =>
    tab.cells
      .filter((c) => c.status !== "safe")
      .map((c) => ({
        table: tab.dimensions,
        cell: tab.dimensions.map((d) => ({
          variable: title(d),
          category: c.key[d] === TOTAL ? t(lang, "check.total") : (labels[d]?.categories[c.key[d]!] ?? c.key[d]!),
        })),
        status: c.status as "small" | "secondary",
      })),
  );
  // Column headers are quoted in the request: screened like every other text that leaves the data.
  const headerScreen = new PersonalDataScreen(screen.known, t(lang, "screen.placeholder"));
  const ownVariables = OWN_ROLES.filter((role) => settings.own.includes(role) && recoded.variables[role]).map(
    (role) => {
      const v = recoded.variables[role]!;
      return {
        name: role,
        // The export's column: the request names the variable by its role, and this column once.
        header: headerScreen.value(table.headers[v.source] ?? ""),
        groups: v.column.categories.map((id) => ({
          id,
          label: categoryLabel("group", id, lang),
          persons: v.column.counts[id] ?? 0,
        })),
      };
    },
  );
  const choices = choicesFor(settings, {
    staffCount: table.rowCount,
    ownVariables,
    tables: checked.tables,
    check: {
      date: today,
      threshold: report.threshold,
      smallCells: report.tables.reduce((n, tab) => n + tab.smallCells, 0),
      secondaryCells: report.tables.reduce((n, tab) => n + tab.secondaryCells, 0),
      flagged,
      exposedCells: exposedCells(report),
      unconfirmedCells: unconfirmedCells(report),
      kszOnly: leftToKsz(checked.tables, report),
    },
    linkage: settings.linkage && roles.insz !== undefined,
    today,
    ageScheme: recoded.ageScheme,
  });

  const document = buildRequest(choices, settings.answers, lang);
  let linkage: SheetLayout | null = null;
  let invalidInsz: RequestOutcome["invalidInsz"] = null;
  if (choices.linkage && roles.insz !== undefined) {
    // Headed as the request names the variables, in its language: the list is read beside the request.
    const groups = ownVariables.map((v) => ({
      header: variableLabel(v.name, lang),
      column: recoded.variables[v.name]!.column,
      label: (id: string) => categoryLabel("group", id, lang),
    }));
    const data = buildLinkage(table, roles.insz, groups, lang);
    // The rows the list leaves out, as the linkage sheet lists them: said by every face too.
    if (data.invalid.length > 0) invalidInsz = { count: data.invalid.length, firstRow: data.invalid[0]!.row };
    linkage = layoutLinkage(data, lang);
  }
  const facts = {
    choices,
    answers: settings.answers,
    linkageAsked: settings.linkage,
    inszColumn: roles.insz !== undefined,
    ...(roles.insz !== undefined ? { duplicates: duplicateInsz(table.columns[roles.insz] ?? []) } : {}),
  };
  const status = requestStatus(document, facts, userLang);
  // Every text fitted to Excel's cell here, so each face can say how many were cut.
  let cut = 0;
  const withinCells = (layout: SheetLayout): SheetLayout => ({
    ...layout,
    cells: layout.cells.map((c) => {
      if (typeof c.value !== "string" || c.value.length <= LIMITS.cellText) return c;
      cut++;
      return { ...c, value: fitCell(c.value) };
    }),
  });
  // The banner speaks the sheet's language, which may differ from the user's.
  const sheetStatus = lang === userLang ? status : requestStatus(document, facts, lang);
  const open = [...sheetStatus.missing.map((m) => m.text), ...sheetStatus.problems.map((p) => p.text)];
  const layouts = {
    request: withinCells(layoutRequest(document, lang, open)),
    check: withinCells(layoutCheck(report, labels, lang)),
    tables: withinCells(
      layoutTables(
        checked.tables,
        resultsBasis(settings, recoded, checked, table.rowCount).dimensions,
        KSZ_DIMENSIONS,
        lang,
      ),
    ),
    linkage: linkage && withinCells(linkage),
  };
  return {
    choices,
    document,
    status,
    invalidInsz,
    missing: status.missing,
    layouts,
    settings,
    screened: { answers: screen.answers, entries: screen.entries, headers: headerScreen.total, cut },
  };
}
