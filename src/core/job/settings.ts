import { isLang, type Lang } from "../i18n";
import { parseAgeScheme } from "../recode/ageBands";
import { DETAILED_GROUPS } from "../recode/data/originGroups";
import type { Grouping } from "../recode/grouping";
import { isOriginSchemeId, type OriginSchemeId } from "../recode/origin";
import { sanitiseAnswers, type RequestAnswers } from "../request/answers";
import type { AnswerCells } from "../request/sheetLayout";
import { COLUMN_ROLES, type ColumnRole } from "../columns/roles";
import { ALL_COUNTRIES } from "../values/countries";
import { parseIsoDate } from "../values/dates";

/** Own variables the request may link: the institution's data, grouped. */
export const OWN_ROLES = ["department", "functionLevel", "status"] as const;
export type OwnRole = (typeof OWN_ROLES)[number];

/**
 * Every choice and answer of a request: saved with the workbook so the request can be reopened,
 * regenerated and handed over. It never holds personal data: headers, schemes, category mappings and
 * the analyst's answers only.
 */
export interface JobSettings {
  version: 1;
  /** ISO yyyy-mm-dd; ages are counted on this day. */
  referenceDate: string;
  /** Column roles the analyst set by hand: role to header. Detected roles fill the rest. */
  roles: Partial<Record<ColumnRole, string>>;
  /** "default", "flemish", "two" or "custom:25,35,45,55". */
  ageScheme: string;
  originScheme: OriginSchemeId;
  /** Nationality words the lookup could not place, as the analyst placed them: word to country or group. */
  originOverrides: Record<string, string>;
  /** Groupings of own variables, by role. */
  groupings: Partial<Record<OwnRole, Grouping>>;
  /** Which KSZ variables to request. */
  ksz: { sex: boolean; ageBand: boolean; originGroup: boolean };
  /** Which own variables to link. */
  own: OwnRole[];
  /** Requested tables; null means the preset: each KSZ variable by each own variable. */
  tables: string[][] | null;
  threshold: number;
  zerosAreSmall: boolean;
  sheetLang: Lang;
  linkage: boolean;
  answers: RequestAnswers;
  /** Where the last request sheet holds each answer, to read back what was typed into it. */
  requestSheet: { name: string; cells: AnswerCells } | null;
}

/** Defaults: 31 December of the year before `today` (the last complete year), our default schemes. */
export function defaultSettings(today: string, sheetLang: Lang = "nl"): JobSettings {
  const year = Number(today.slice(0, 4)) - 1;
  return {
    version: 1,
    referenceDate: `${year}-12-31`,
    roles: {},
    ageScheme: "default",
    originScheme: "four",
    originOverrides: {},
    groupings: {},
    ksz: { sex: true, ageBand: true, originGroup: true },
    own: ["department", "functionLevel"],
    tables: null,
    threshold: 5,
    zerosAreSmall: false,
    sheetLang,
    linkage: false,
    answers: {},
    requestSheet: null,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isOwnRole = (v: unknown): v is OwnRole => typeof v === "string" && (OWN_ROLES as readonly string[]).includes(v);

function sanitiseGrouping(input: unknown): Grouping | undefined {
  if (!isRecord(input)) return undefined;
  const out: Grouping = {};
  if (isRecord(input.map)) {
    out.map = Object.fromEntries(
      Object.entries(input.map)
        .filter((e): e is [string, string] => typeof e[1] === "string")
        .map(([k, v]) => [k.slice(0, 200), v.slice(0, 200)]),
    );
  }
  if (typeof input.mergeUnder === "number" && Number.isInteger(input.mergeUnder) && input.mergeUnder > 0)
    out.mergeUnder = input.mergeUnder;
  return out;
}

function sanitiseRequestSheet(input: unknown): JobSettings["requestSheet"] {
  if (!isRecord(input) || typeof input.name !== "string" || !isRecord(input.cells)) return null;
  const cells: AnswerCells = {};
  for (const [id, cell] of Object.entries(input.cells)) {
    if (!isRecord(cell)) continue;
    const { row, col, kind } = cell;
    if (
      Number.isInteger(row) &&
      Number.isInteger(col) &&
      (row as number) >= 0 &&
      (col as number) >= 0 &&
      (kind === "text" || kind === "yesNo")
    ) {
      cells[id] = { row: row as number, col: col as number, kind };
    }
  }
  return { name: input.name.slice(0, 31), cells };
}

/**
 * Settings from untrusted JSON (the workbook, an answers file): every field checked, anything unknown
 * or malformed replaced by its default. Reading settings never fails, and never lets data in.
 */
export function sanitiseSettings(input: unknown, today: string): JobSettings {
  const base = defaultSettings(today);
  if (!isRecord(input)) return base;
  const s = { ...base };
  if (typeof input.referenceDate === "string" && parseIsoDate(input.referenceDate).ok)
    s.referenceDate = input.referenceDate;
  if (isRecord(input.roles)) {
    s.roles = Object.fromEntries(
      Object.entries(input.roles).filter(
        ([role, header]) => (COLUMN_ROLES as readonly string[]).includes(role) && typeof header === "string",
      ),
    ) as JobSettings["roles"];
  }
  if (typeof input.ageScheme === "string" && parseAgeScheme(input.ageScheme).ok) s.ageScheme = input.ageScheme;
  if (isOriginSchemeId(input.originScheme)) s.originScheme = input.originScheme;
  if (isRecord(input.originOverrides)) {
    const valid = new Set<string>([...ALL_COUNTRIES, ...DETAILED_GROUPS]);
    s.originOverrides = Object.fromEntries(
      Object.entries(input.originOverrides).filter(
        (e): e is [string, string] => typeof e[1] === "string" && valid.has(e[1]),
      ),
    );
  }
  if (isRecord(input.groupings)) {
    s.groupings = {};
    for (const role of OWN_ROLES) {
      const g = sanitiseGrouping(input.groupings[role]);
      if (g) s.groupings[role] = g;
    }
  }
  if (isRecord(input.ksz)) {
    s.ksz = {
      sex: input.ksz.sex !== false,
      ageBand: input.ksz.ageBand !== false,
      originGroup: input.ksz.originGroup !== false,
    };
  }
  if (Array.isArray(input.own)) s.own = [...new Set(input.own.filter(isOwnRole))];
  if (Array.isArray(input.tables)) {
    s.tables = input.tables
      .filter((tab): tab is unknown[] => Array.isArray(tab))
      .map((tab) => tab.filter((v): v is string => typeof v === "string"))
      .filter((tab) => tab.length > 0);
  }
  if (
    typeof input.threshold === "number" &&
    Number.isInteger(input.threshold) &&
    input.threshold >= 2 &&
    input.threshold <= 100
  ) {
    s.threshold = input.threshold;
  }
  s.zerosAreSmall = input.zerosAreSmall === true;
  if (isLang(input.sheetLang)) s.sheetLang = input.sheetLang;
  s.linkage = input.linkage === true;
  s.answers = sanitiseAnswers(input.answers);
  s.requestSheet = sanitiseRequestSheet(input.requestSheet);
  return s;
}
