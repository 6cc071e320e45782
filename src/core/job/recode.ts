/** The recode step of the job: which column plays which role, and each variable recoded from it. */
import type { TableGuess } from "../columns/detect";
import { type ColumnRole } from "../columns/roles";
import { parseAgeScheme, type AgeBandScheme } from "../recode/ageBands";
import { applyRecode, type RecodedColumn, type RecodeSpec, type Table } from "../recode/apply";
import type { DetailedGroup } from "../recode/data/originGroups";
import { OTHER_GROUP, UNKNOWN_GROUP } from "../recode/grouping";
import { t, type Lang } from "../i18n";
import {
  PersonalDataScreen,
  isNameHeader,
  personalDataFor,
  type PersonalData,
  type PersonalKind,
} from "../privacy/screen";
import { categoryLabel, recodedHeader, type RecodeKind } from "../recode/labels";
import { ORIGIN_SCHEMES } from "../recode/origin";
import { parseIsoDate } from "../values/dates";
import { OWN_ROLES, type JobSettings, type OwnRole } from "./settings";

/** Roles whose values identify a person: never a category of a table. */
const IDENTIFIER_ROLES: readonly ColumnRole[] = ["insz", "birthDate"];

/** A category with this many distinct values, and more than this share of the rows, names persons. */
export const NEARLY_UNIQUE = { min: 50, share: 0.25 };

/** A column of identifiers asked for as a category (by settings, a mapping, or its values): refused. */
export class IdentifierAsCategory extends Error {
  constructor(
    readonly header: string,
    readonly reason: "identifier" | "nearlyUnique",
    readonly distinct = 0,
    readonly rows = 0,
  ) {
    super(`${header}: ${reason}`);
    this.name = "IdentifierAsCategory";
  }
}

/** The refusal in the catalogues' words. */
export function identifierMessage(error: IdentifierAsCategory): {
  key: "error.identifierAsCategory" | "error.nearlyUnique";
  params: { header: string; distinct: number; rows: number };
} {
  return {
    key: error.reason === "identifier" ? "error.identifierAsCategory" : "error.nearlyUnique",
    params: { header: error.header, distinct: error.distinct, rows: error.rows },
  };
}

/** Which column holds each role: 0-based indices into the table's columns. */
export type RoleMap = Partial<Record<ColumnRole, number>>;

/** Roles from detection, with the analyst's choices (by header) taking precedence. */
export function resolveRoles(guess: TableGuess, overrides: JobSettings["roles"]): RoleMap {
  const roles: RoleMap = {};
  for (const c of guess.columns) if (c.role !== "other" && c.confidence > 0) roles[c.role] = c.index;
  for (const [role, header] of Object.entries(overrides)) {
    const column = guess.columns.find((c) => c.header === header);
    if (!column) continue;
    const index = column.index;
    // Settings are untrusted: a category role over a column of identifiers would copy them into the sheets.
    if (
      (OWN_ROLES as readonly string[]).includes(role) &&
      (IDENTIFIER_ROLES.includes(column.role) || isNameHeader(column.header))
    )
      throw new IdentifierAsCategory(header, "identifier");
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
  /** Groups of own variables that held personal data and were replaced by a placeholder, by column. */
  screened: { header: string; counts: Record<PersonalKind, number> }[];
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
  roles: RoleMap,
  settings: JobSettings,
  plan: RecodePlan,
  columns: readonly RecodedColumn[],
): RecodeOutcome {
  const variables: RecodeOutcome["variables"] = {};
  const written: WrittenColumn[] = [];
  const screened: RecodeOutcome["screened"] = [];
  // What the export holds about persons, looked up once for every group of every own variable.
  const groups = plan.specs.flatMap((s, i) => (s.kind === "group" ? ownGroups(columns[i]!) : []));
  const known = groups.length > 0 ? personalDataFor(groups, table, roles.birthDate) : null;
  plan.specs.forEach((s, i) => {
    let column = columns[i]!;
    if (s.kind === "group" && known) {
      // Groups are the analyst's own values: a slip that put a name or an INSZ there must not travel.
      const header = table.headers[s.spec.source] ?? s.name;
      const result = screenGroups(column, known, settings.sheetLang);
      column = result.column;
      if (result.counts) screened.push({ header, counts: result.counts });
    }
    // An own variable asked for whose groups are nearly one per person identifies people: refused.
    const distinct = column.categories.length;
    const rows = column.codes.length;
    if (
      s.kind === "group" &&
      settings.own.includes(s.name as OwnRole) &&
      distinct > NEARLY_UNIQUE.min &&
      distinct > rows * NEARLY_UNIQUE.share
    )
      throw new IdentifierAsCategory(table.headers[s.spec.source] ?? s.name, "nearlyUnique", distinct, rows);
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
  return { ageScheme: plan.ageScheme, variables, written, screened };
}

/** A group column with every group that holds personal data replaced by a numbered placeholder. */
/** The groups of a column that hold the export's values (not the reserved "other" and "unknown"). */
const ownGroups = (column: RecodedColumn) => column.categories.filter((c) => c !== UNKNOWN_GROUP && c !== OTHER_GROUP);

function screenGroups(
  column: RecodedColumn,
  known: PersonalData,
  lang: Lang,
): { column: RecodedColumn; counts: Record<PersonalKind, number> | null } {
  const screen = new PersonalDataScreen(known, t(lang, "screen.placeholder"));
  // A value with anything personal in it is replaced whole: "Jan Peeters 78111323424" keeps nothing.
  const categories = column.categories.map((c) => (c === UNKNOWN_GROUP || c === OTHER_GROUP ? c : screen.value(c)));
  const unknown = column.unknown.map((u) => ({ ...u, value: screen.value(u.value) }));
  if (screen.total === 0 && categories.every((c, i) => c === column.categories[i])) return { column, counts: null };
  const counts: Record<string, number> = {};
  column.categories.forEach((c, i) => {
    counts[categories[i]!] = column.counts[c] ?? 0;
  });
  return {
    column: { ...column, categories, counts, unknown },
    counts: screen.total > 0 ? { ...screen.counts } : null,
  };
}

/** Recode what the settings ask for, from the columns the roles name. */
export function recodeTable(table: Table, roles: RoleMap, settings: JobSettings): RecodeOutcome {
  const plan = planRecode(roles, settings);
  const result = applyRecode(table, { referenceDate: plan.reference, recodes: plan.specs.map((s) => s.spec) });
  return recodeOutcome(table, roles, settings, plan, result.columns);
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
  return recodeOutcome(table, roles, settings, plan, columns);
}

/** More than this share of unknown values in a recoded column is not a success: likely the wrong column. */
export const IMPLAUSIBLE_UNKNOWN_SHARE = 0.2;

/**
 * Recoded columns whose results are implausible: more than a fifth of the rows unknown (a hire date
 * taken for a birth date, a free-text column taken for nationality). Shown as a warning, not a success.
 */
export function implausibleRecodes(written: readonly WrittenColumn[]): { header: string; share: number }[] {
  return written.flatMap((w) => {
    const total = w.column.codes.length;
    const unknown = w.column.counts[UNKNOWN_GROUP] ?? 0;
    return total > 0 && unknown / total > IMPLAUSIBLE_UNKNOWN_SHARE
      ? [{ header: w.header, share: unknown / total }]
      : [];
  });
}
