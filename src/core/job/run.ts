import { type ColumnRole } from "../columns/roles";
import type { TableGuess } from "../columns/detect";
import { TOTAL } from "../disclosure/crossTab";
import { ageHierarchy, fixedHierarchy, mergeHierarchy, originHierarchy } from "../disclosure/hierarchies";
import {
  checkRequest,
  exposedCells,
  type CheckRequest,
  type CheckVariable,
  type DisclosureReport,
} from "../disclosure/report";
import { t, type Lang } from "../i18n";
import { bandIds, parseAgeScheme, type AgeBandScheme } from "../recode/ageBands";
import { applyRecode, type RecodedColumn, type RecodeSpec, type Table } from "../recode/apply";
import type { DetailedGroup } from "../recode/data/originGroups";
import { categoryLabel, recodedHeader, type RecodeKind } from "../recode/labels";
import { ORIGIN_SCHEMES } from "../recode/origin";
import type { DimensionLabels } from "../request/checkLayout";
import { layoutCheck } from "../request/checkLayout";
import type { FlaggedCell, RequestChoices } from "../request/choices";
import { buildRequest, type MissingAnswer, type RequestDocument } from "../request/document";
import { requestStatus, type RequestStatus } from "../request/status";
import { buildLinkage, layoutLinkage } from "../request/linkage";
import { layoutRequest } from "../request/requestLayout";
import type { SheetLayout } from "../request/sheetLayout";
import { parseIsoDate } from "../values/dates";
import { OWN_ROLES, type JobSettings, type OwnRole } from "./settings";

/** Which column holds each role: 0-based indices into the table's columns. */
export type RoleMap = Partial<Record<ColumnRole, number>>;

/** Roles from detection, with the analyst's choices (by header) taking precedence. */
export function resolveRoles(guess: TableGuess, overrides: JobSettings["roles"]): RoleMap {
  const roles: RoleMap = {};
  for (const c of guess.columns) if (c.role !== "other" && c.confidence > 0) roles[c.role] = c.index;
  for (const [role, header] of Object.entries(overrides)) {
    const index = guess.columns.find((c) => c.header === header)?.index;
    if (index === undefined) continue;
    for (const [other, i] of Object.entries(roles)) if (i === index) delete roles[other as ColumnRole];
    roles[role as ColumnRole] = index;
  }
  return roles;
}

/** A recoded column to write next to its source, under a header in the sheet's language. */
export interface WrittenColumn {
  kind: RecodeKind;
  source: number;
  header: string;
  column: RecodedColumn;
  /** Category labels in the sheet's language, in the column's category order. */
  labels: string[];
}

export interface RecodeOutcome {
  ageScheme: AgeBandScheme | null;
  /** Recoded variables by check name: "sex", "ageBand", "originGroup", "department", ... */
  variables: Record<string, { kind: RecodeKind; column: RecodedColumn; source: number }>;
  /** The columns the doors write back: age band, nationality group, and own groupings the analyst set. */
  written: WrittenColumn[];
}

interface RecodePlan {
  reference: number;
  ageScheme: AgeBandScheme | null;
  specs: { name: string; kind: RecodeKind; spec: RecodeSpec }[];
}

/** What to recode, from the columns the roles name: one spec per variable. */
function planRecode(roles: RoleMap, settings: JobSettings): RecodePlan {
  const reference = parseIsoDate(settings.referenceDate);
  if (!reference.ok) throw new RangeError(`reference date ${settings.referenceDate} is not a date`);
  const age = parseAgeScheme(settings.ageScheme);
  const ageScheme = age.ok ? age.value : null;
  const specs: RecodePlan["specs"] = [];
  if (roles.sex !== undefined) specs.push({ name: "sex", kind: "sex", spec: { kind: "sex", source: roles.sex } });
  const ageSource = roles.birthDate ?? roles.age;
  if (ageScheme && ageSource !== undefined) {
    specs.push({
      name: "ageBand",
      kind: "age",
      spec: {
        kind: "age",
        source: ageSource,
        input: roles.birthDate !== undefined ? "birthDate" : "age",
        scheme: ageScheme,
      },
    });
  }
  if (roles.nationality !== undefined) {
    specs.push({
      name: "originGroup",
      kind: "origin",
      spec: {
        kind: "origin",
        source: roles.nationality,
        scheme: ORIGIN_SCHEMES[settings.originScheme],
        overrides: settings.originOverrides as Record<string, DetailedGroup>,
      },
    });
  }
  for (const role of OWN_ROLES) {
    const source = roles[role];
    if (source !== undefined)
      specs.push({
        name: role,
        kind: "group",
        spec: { kind: "group", source, grouping: settings.groupings[role] ?? {} },
      });
  }
  return { reference: reference.value, ageScheme, specs };
}

/** The outcome from the plan and its recoded columns, in the plan's order. */
function recodeOutcome(
  table: Table,
  settings: JobSettings,
  plan: RecodePlan,
  columns: readonly RecodedColumn[],
): RecodeOutcome {
  const variables: RecodeOutcome["variables"] = {};
  const written: WrittenColumn[] = [];
  plan.specs.forEach((s, i) => {
    const column = columns[i]!;
    variables[s.name] = { kind: s.kind, column, source: s.spec.source };
    const grouping = s.kind === "group" ? settings.groupings[s.name as OwnRole] : undefined;
    const writes =
      s.kind === "age" ||
      s.kind === "origin" ||
      (grouping !== undefined && (grouping.mergeUnder !== undefined || Object.keys(grouping.map ?? {}).length > 0));
    if (writes) {
      written.push({
        kind: s.kind,
        source: s.spec.source,
        header: recodedHeader(s.kind, settings.sheetLang, table.headers[s.spec.source] ?? ""),
        column,
        labels: column.categories.map((id) => categoryLabel(s.kind, id, settings.sheetLang)),
      });
    }
  });
  return { ageScheme: plan.ageScheme, variables, written };
}

/** Recode what the settings ask for, from the columns the roles name. */
export function recodeTable(table: Table, roles: RoleMap, settings: JobSettings): RecodeOutcome {
  const plan = planRecode(roles, settings);
  const result = applyRecode(table, { referenceDate: plan.reference, recodes: plan.specs.map((s) => s.spec) });
  return recodeOutcome(table, settings, plan, result.columns);
}

/**
 * The same recode, one variable at a time, with `between` awaited after each: a host with a user
 * interface lets it paint and answer input there, so a large table never blocks it in one piece.
 */
export async function recodeTableStepwise(
  table: Table,
  roles: RoleMap,
  settings: JobSettings,
  between: () => Promise<void>,
): Promise<RecodeOutcome> {
  const plan = planRecode(roles, settings);
  const columns: RecodedColumn[] = [];
  for (const s of plan.specs) {
    columns.push(applyRecode(table, { referenceDate: plan.reference, recodes: [s.spec] }).columns[0]!);
    await between();
  }
  return recodeOutcome(table, settings, plan, columns);
}

/** Tables the request asks for: the analyst's, or each KSZ variable by each own variable. */
export function requestedTables(settings: JobSettings, available: ReadonlySet<string>): string[][] {
  const ksz = (["sex", "ageBand", "originGroup"] as const).filter((k) => settings.ksz[k]);
  const own = settings.own.filter((o) => available.has(o));
  const preset = own.length > 0 ? ksz.flatMap((k) => own.map((o) => [k, o])) : ksz.map((k) => [k]);
  return (settings.tables ?? preset).filter((tab) => tab.length > 0 && tab.every((v) => available.has(v)));
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
  headers: readonly string[],
  audit: Pick<CheckRequest, "solver" | "onProgress" | "signal"> = {},
): CheckOutcome {
  const lang = settings.sheetLang;
  const variables: Record<string, CheckVariable> = {};
  const labels: Record<string, { title: string; categories: Record<string, string> }> = {};
  const titleOf = (name: string, source?: number) =>
    (OWN_ROLES as readonly string[]).includes(name)
      ? (headers[source ?? -1] ?? name)
      : t(lang, `variable.${name}` as "variable.sex");
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
    };
    labels[name] = {
      title: titleOf(name, v.source),
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

export interface RequestOutcome {
  choices: RequestChoices;
  document: RequestDocument;
  /** Ready to send, or a draft with what is missing and what contradicts itself. */
  status: RequestStatus;
  missing: MissingAnswer[];
  layouts: { request: SheetLayout; check: SheetLayout; linkage: SheetLayout | null };
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
  settings: JobSettings,
  today: string,
  userLang: Lang,
): RequestOutcome {
  const lang = settings.sheetLang;
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
  const ownVariables = OWN_ROLES.filter((role) => settings.own.includes(role) && recoded.variables[role]).map(
    (role) => {
      const v = recoded.variables[role]!;
      return {
        name: role,
        header: title(role),
        groups: v.column.categories.map((id) => ({
          id,
          label: categoryLabel("group", id, lang),
          persons: v.column.counts[id] ?? 0,
        })),
      };
    },
  );
  const choices: RequestChoices = {
    referenceDate: reference.value,
    staffCount: table.rowCount,
    sex: settings.ksz.sex,
    ageScheme: settings.ksz.ageBand ? recoded.ageScheme : null,
    originScheme: settings.ksz.originGroup ? ORIGIN_SCHEMES[settings.originScheme] : null,
    ownVariables,
    tables: checked.tables,
    check: {
      date: today,
      threshold: report.threshold,
      smallCells: report.tables.reduce((n, tab) => n + tab.smallCells, 0),
      secondaryCells: report.tables.reduce((n, tab) => n + tab.secondaryCells, 0),
      flagged,
      exposedCells: exposedCells(report),
    },
    linkage: settings.linkage && roles.insz !== undefined,
    generatedOn: today,
  };
  const document = buildRequest(choices, settings.answers, lang);
  let linkage: SheetLayout | null = null;
  if (choices.linkage && roles.insz !== undefined) {
    const groups = ownVariables.map((v) => ({
      header: v.header,
      column: recoded.variables[v.name]!.column,
      label: (id: string) => categoryLabel("group", id, lang),
    }));
    linkage = layoutLinkage(buildLinkage(table, roles.insz, groups, lang), lang);
  }
  const status = requestStatus(
    document,
    { choices, answers: settings.answers, linkageAsked: settings.linkage, inszColumn: roles.insz !== undefined },
    userLang,
  );
  return {
    choices,
    document,
    status,
    missing: status.missing,
    layouts: { request: layoutRequest(document, lang), check: layoutCheck(report, labels, lang), linkage },
  };
}
