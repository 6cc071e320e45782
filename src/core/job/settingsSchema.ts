/**
 * The schema of saved settings. Settings come back from a hidden sheet anyone can edit and from answers
 * files anyone can write, so they are untrusted input: each field is checked against its schema (zod),
 * a field that fails keeps its default and is reported, and an unknown field is reported too. Reading
 * never throws and never lets anything in that the product would not have written itself.
 */
import * as z from "zod/mini";
import { LANGS, type Lang } from "../i18n";
import { LIMITS } from "../limits";
import { parseAgeScheme } from "../recode/ageBands";
import { DETAILED_GROUPS } from "../recode/data/originGroups";
import { ORIGIN_SCHEME_IDS } from "../recode/origin";
import { ANSWER_PRESETS, PRESET_FIELDS, presetKey, TEXT_KEYS, YES_NO_KEYS, sanitiseAnswers } from "../request/answers";
import { COLUMN_ROLES } from "../columns/roles";
import { ALL_COUNTRIES } from "../values/countries";
import { parseIsoDate } from "../values/dates";
import { defaultSettings, OWN_ROLES, type JobSettings } from "./settings";

/** Headers, raw values and group names: text a cell holds, kept short. */
const text = z.string().check(z.maxLength(200));
const answer = z.string().check(z.maxLength(4000));
const index = (max: number) => z.number().check(z.int(), z.gte(0), z.lt(max));
/**
 * Entries of one value map: a column's distinct spellings are a few hundred; far more is not a map the
 * product wrote, and is refused as a whole (a damaged field, with its message) before any work on it.
 */
export const MAX_MAP_ENTRIES = 10_000;
const bounded = <T extends z.ZodMiniType>(record: T) =>
  record.check(z.refine((r) => Object.keys(r as object).length <= MAX_MAP_ENTRIES)) as T;

const grouping = z.strictObject({
  map: z.optional(bounded(z.record(text, text))),
  mergeUnder: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1_000_000))),
});

const answerCell = z.strictObject({
  row: index(LIMITS.rows),
  col: index(LIMITS.columns),
  kind: z.enum(["text", "yesNo", "date"]),
  drafted: z.optional(z.string().check(z.regex(/^[0-9a-f]{8}$/))),
});

/** The request's answers, one schema per key: text as text, yes/no as booleans. */
const ANSWER_FIELDS: Readonly<Record<string, z.ZodMiniType>> = {
  ...Object.fromEntries(TEXT_KEYS.map((key) => [key, answer])),
  ...Object.fromEntries(YES_NO_KEYS.map((key) => [key, z.boolean()])),
  ...Object.fromEntries(
    PRESET_FIELDS.map((field) => [presetKey(field), z.enum(ANSWER_PRESETS[field] as unknown as [string, ...string[]])]),
  ),
};

/** One schema per field of JobSettings: a field is taken or left at its default on its own. */
export const SETTINGS_FIELDS = {
  version: z.literal(1),
  referenceDate: z.string().check(z.refine((s) => parseIsoDate(s).ok)),
  roles: z.partialRecord(z.enum(COLUMN_ROLES as [string, ...string[]]), text),
  ageScheme: z.string().check(
    z.maxLength(200),
    z.refine((s) => parseAgeScheme(s).ok),
  ),
  originScheme: z.enum(ORIGIN_SCHEME_IDS as [string, ...string[]]),
  originOverrides: bounded(
    z.record(text, z.enum([...ALL_COUNTRIES, ...DETAILED_GROUPS] as unknown as [string, ...string[]])),
  ),
  groupings: z.partialRecord(z.enum(OWN_ROLES), grouping),
  ksz: z.strictObject({ sex: z.boolean(), ageBand: z.boolean(), originGroup: z.boolean() }),
  own: z.array(z.enum(OWN_ROLES)).check(z.maxLength(OWN_ROLES.length)),
  tables: z.nullable(
    z
      .array(z.array(text).check(z.minLength(1), z.maxLength(LIMITS.dimensionsPerTable)))
      .check(z.maxLength(LIMITS.tablesPerRequest)),
  ),
  threshold: z.number().check(z.int(), z.gte(2), z.lte(100)),
  zerosAreSmall: z.boolean(),
  sheetLang: z.enum(LANGS as unknown as [string, ...string[]]),
  linkage: z.boolean(),
  /** An object here; its answers are checked one by one (see ANSWER_FIELDS). */
  answers: z.record(z.string(), z.unknown()),
  requestSheet: z.nullable(
    z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(31)), cells: z.record(text, answerCell) }),
  ),
  dataSheet: z.nullable(
    z.strictObject({
      id: z.string().check(z.minLength(1), z.maxLength(255)),
      name: z.string().check(z.minLength(1), z.maxLength(31)),
    }),
  ),
  revision: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))),
} satisfies Record<keyof JobSettings, z.ZodMiniType>;

export interface ReadSettings {
  settings: JobSettings;
  /** Fields that were there but wrong (or unknown), as dotted paths: empty when the settings were sound. */
  damaged: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The fields of an object that pass their schemas; the others (and unknown ones) named in `damaged`. */
function fieldsOf(
  input: unknown,
  schemas: Readonly<Record<string, z.ZodMiniType>>,
  prefix: string,
  damaged: string[],
): Record<string, unknown> {
  if (!isRecord(input)) {
    damaged.push(prefix === "" ? "(settings)" : prefix.slice(0, -1));
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const schema = Object.hasOwn(schemas, key) ? schemas[key] : undefined;
    const parsed = schema?.safeParse(value);
    if (parsed?.success) out[key] = parsed.data;
    else {
      // One entry per path, pushed one by one: a field with 100,000 wrong entries must not overflow the stack.
      const paths = parsed
        ? parsed.error.issues.map((i) => [prefix + key, ...i.path.map(String)].join("."))
        : [prefix + key];
      for (const path of new Set(paths.slice(0, 100))) damaged.push(path);
    }
  }
  return out;
}

/**
 * Settings from untrusted JSON (the workbook's settings sheet, an answers file): each field checked
 * against its schema. A missing field takes its default (older settings lack newer fields); a wrong or
 * unknown field takes its default too and is named in `damaged`, so every door can say so.
 */
export function readSettings(input: unknown, today: string, lang?: Lang): ReadSettings {
  // The user's language is the sheet's until a choice is saved.
  const settings = defaultSettings(today, lang);
  if (input === null || input === undefined) return { settings, damaged: [] };
  const damaged: string[] = [];
  const fields = fieldsOf(input, SETTINGS_FIELDS, "", damaged);
  Object.assign(settings, fields);
  // Answers are taken one by one: a wrong answer does not cost the others.
  if (isRecord(input) && isRecord(input.answers))
    settings.answers = fieldsOf(input.answers, ANSWER_FIELDS, "answers.", damaged) as JobSettings["answers"];
  settings.own = [...new Set(settings.own)];
  // Text answers are kept trimmed, and an empty one is no answer.
  settings.answers = sanitiseAnswers(settings.answers);
  return { settings, damaged };
}
