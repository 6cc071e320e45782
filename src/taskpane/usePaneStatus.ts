/**
 * The request's status in the pane, and the key of the choices a check was made on. The status itself
 * is computed by the pane's work (work/paneStatus.ts), which comes after step 1.
 */
import { useMemo } from "react";
import type { CheckOutcome, JobSettings, Lang, RequestStatus, Table } from "../core";
import type { Detected } from "../workbook/tasks";
import { work } from "./pageData";

/**
 * Before the page data are in (the request's language, the country names), the status is not known:
 * a draft with nothing listed, never "ready". Only step 4 shows it, and step 4 waits for the data.
 */
const NOT_KNOWN_YET: RequestStatus = { status: "draft", missing: [], problems: [] };

/** The status, following every choice and answer before anything is written. */
export function usePaneStatus(
  dataReady: boolean,
  settings: JobSettings,
  detected: Detected | null,
  table: Table | null,
  /** The check, only when it was made on these choices. */
  check: CheckOutcome | null,
  today: string,
  lang: Lang,
): RequestStatus {
  return useMemo(
    () => (dataReady ? work().paneStatus(settings, detected, table, check, today, lang) : NOT_KNOWN_YET),
    [check, dataReady, detected, lang, settings, table, today],
  );
}

/** The choices a check depends on: when any of them changes, the check shown no longer holds. */
export function checkKey(settings: JobSettings): string {
  const { ageScheme, originScheme, originOverrides, groupings, own, ksz, tables, threshold, zerosAreSmall, roles } =
    settings;
  return JSON.stringify([
    ageScheme,
    originScheme,
    originOverrides,
    groupings,
    own,
    ksz,
    tables,
    threshold,
    zerosAreSmall,
    roles,
  ]);
}
