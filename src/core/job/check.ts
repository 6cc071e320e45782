/** The check step of the job: the requested tables over the recoded variables, protected and audited. */
import { LIMITS, LimitExceeded } from "../limits";
import { ageHierarchy, fixedHierarchy, mergeHierarchy, originHierarchy } from "../disclosure/hierarchies";
import { checkRequest, type CheckRequest, type CheckVariable, type DisclosureReport } from "../disclosure/report";
import { bandIds } from "../recode/ageBands";
import type { Table } from "../recode/apply";
import { categoryLabel } from "../recode/labels";
import { ORIGIN_SCHEMES } from "../recode/origin";
import type { DimensionLabels } from "../request/checkLayout";
import { variableLabel } from "../request/variables";
import type { RecodeOutcome } from "./recode";
import type { JobSettings } from "./settings";

/** Tables the request asks for: the analyst's, or each KSZ variable by each own variable. */
export function requestedTables(settings: JobSettings, available: ReadonlySet<string>): string[][] {
  const ksz = (["sex", "ageBand", "originGroup"] as const).filter((k) => settings.ksz[k]);
  const own = settings.own.filter((o) => available.has(o));
  const preset = own.length > 0 ? ksz.flatMap((k) => own.map((o) => [k, o])) : ksz.map((k) => [k]);
  return (settings.tables ?? preset).filter((tab) => tab.length > 0 && tab.every((v) => available.has(v)));
}

/**
 * The limits of a check, before any work: tables per request, variables per table, groups per
 * variable. Beyond them a check would take minutes and a sheet would not fit, so it is refused in words.
 * Called where the check job is made (checkJobOf), on the caller's side of any worker.
 */
export function checkLimits(
  recoded: Pick<RecodeOutcome, "variables">,
  settings: JobSettings,
  headers: readonly string[],
): void {
  const tables = requestedTables(settings, new Set(Object.keys(recoded.variables)));
  if (tables.length > LIMITS.tablesPerRequest) throw new LimitExceeded("tablesPerRequest", tables.length);
  for (const tab of tables)
    if (tab.length > LIMITS.dimensionsPerTable) throw new LimitExceeded("dimensionsPerTable", tab.length);
  for (const name of new Set(tables.flat())) {
    const v = recoded.variables[name];
    if (v && v.column.categories.length > LIMITS.categoriesPerDimension)
      throw new LimitExceeded("categoriesPerDimension", v.column.categories.length, headers[v.source] ?? name);
  }
}

export interface CheckOutcome {
  report: DisclosureReport;
  tables: string[][];
  labels: DimensionLabels;
}

/** The small-cell check over the requested tables; KSZ variables missing from the export are predicted. */
export function checkRecoded(
  table: Pick<Table, "rowCount">,
  recoded: Pick<RecodeOutcome, "ageScheme" | "variables">,
  settings: JobSettings,
  audit: Pick<CheckRequest, "solver" | "onProgress" | "signal"> = {},
): CheckOutcome {
  const lang = settings.sheetLang;
  const variables: Record<string, CheckVariable> = {};
  const labels: Record<string, DimensionLabels[string]> = {};
  // In the sheet's language, as the request names them: an own variable by its role, not its header.
  const titleOf = (name: string) => variableLabel(name, lang);
  for (const [name, v] of Object.entries(recoded.variables)) {
    const hierarchy =
      v.kind === "age" && recoded.ageScheme
        ? ageHierarchy(name, recoded.ageScheme)
        : v.kind === "origin"
          ? originHierarchy(name, settings.originScheme)
          : v.kind === "group"
            ? mergeHierarchy(
                name,
                v.column.categories,
                v.column.categories.map((c) => v.column.counts[c] ?? 0),
                settings.threshold,
              )
            : fixedHierarchy(name, v.column.categories);
    variables[name] = {
      kind: "observed",
      categories: v.column.categories,
      codes: v.column.codes,
      hierarchy,
      heldByKsz: v.kind !== "group",
      // The institution's own export holds every variable but origin, which the KSZ derives.
      knownByInstitution: v.kind !== "origin",
    };
    labels[name] = {
      title: titleOf(name),
      kind: v.kind,
      categories: Object.fromEntries(v.column.categories.map((id) => [id, categoryLabel(v.kind, id, lang)])),
    };
  }
  // KSZ variables the export lacks: KSZ will fill them in, so only a prediction is possible.
  const predicted: Record<string, number> = {
    sex: 2,
    ageBand: recoded.ageScheme ? bandIds(recoded.ageScheme).length : 0,
    originGroup: ORIGIN_SCHEMES[settings.originScheme].groups.length - 1,
  };
  for (const [name, categories] of Object.entries(predicted)) {
    if (!variables[name] && settings.ksz[name as keyof JobSettings["ksz"]] && categories > 0) {
      variables[name] = { kind: "predicted", categories };
      labels[name] = { title: titleOf(name), categories: {} };
    }
  }
  const tables = requestedTables(settings, new Set(Object.keys(variables)));
  const report = checkRequest({
    variables,
    tables,
    rowCount: table.rowCount,
    rule: { threshold: settings.threshold, zerosAreSmall: settings.zerosAreSmall },
    ...audit,
  });
  return { report, tables, labels };
}
