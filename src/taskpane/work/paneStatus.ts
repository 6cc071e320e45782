/**
 * The request's status as the pane shows it: computed from the choices, the answers and the data found,
 * before anything is written, so the analyst sees what is missing while filling it in.
 */
import {
  buildRequest,
  choicesFor,
  duplicateInsz,
  exposedCells,
  OWN_ROLES,
  requestedTables,
  requestStatus,
  type CheckOutcome,
  type JobSettings,
  type OwnRole,
  type Lang,
  type RequestStatus,
  type Table,
  unconfirmedCells,
  leftToKsz,
} from "../../core";
import type { Detected } from "../../workbook/tasks";

/** An own variable named as the analyst knows it: the header of the column its role comes from. */
export function roleHeader(detected: Detected | null, role: OwnRole): string {
  return detected?.guess.columns.find((c) => c.index === detected.roles[role])?.header || role;
}

/** The status of the request the choices describe; `check` only when it was made on these choices. */
export function paneStatus(
  settings: JobSettings,
  detected: Detected | null,
  table: Table | null,
  check: CheckOutcome | null,
  today: string,
  lang: Lang,
): RequestStatus {
  const own = OWN_ROLES.filter((role) => settings.own.includes(role) && detected?.roles[role] !== undefined);
  const available = new Set<string>([...own, ...(["sex", "ageBand", "originGroup"] as const)]);
  const choices = choicesFor(settings, {
    staffCount: table?.rowCount ?? 0,
    ownVariables: own.map((name) => ({
      name,
      header: roleHeader(detected, name),
      groups: [],
    })),
    tables: check?.tables ?? requestedTables(settings, available),
    check: check
      ? {
          date: today,
          threshold: check.report.threshold,
          smallCells: check.report.tables.reduce((n, tab) => n + tab.smallCells, 0),
          secondaryCells: check.report.tables.reduce((n, tab) => n + tab.secondaryCells, 0),
          flagged: [],
          exposedCells: exposedCells(check.report),
          unconfirmedCells: unconfirmedCells(check.report),
          kszOnly: leftToKsz(check.tables, check.report),
        }
      : null,
    linkage: settings.linkage && detected?.roles.insz !== undefined,
    today,
  });

  const facts = {
    choices,
    answers: settings.answers,
    linkageAsked: settings.linkage,
    inszColumn: detected?.roles.insz !== undefined,
    ...(table && detected?.roles.insz !== undefined
      ? { duplicates: duplicateInsz(table.columns[detected.roles.insz] ?? []) }
      : {}),
  };
  return requestStatus(buildRequest(choices, settings.answers, settings.sheetLang), facts, lang);
}
