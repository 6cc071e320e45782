import { formatDate, t, type Lang } from "../i18n";
import type { Grouping } from "../recode/grouping";
import type { OriginSchemeId } from "../recode/origin";
import type { RequestAnswers } from "../request/answers";
import type { AnswerCells } from "../request/sheetLayout";
import type { ColumnRole } from "../columns/roles";

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
  /**
   * The sheet the data were last taken from: by Excel's sheet id (a rename keeps it) and its name (to
   * say which one is gone). Used when a job starts on one of the product's own sheets.
   */
  dataSheet: { id: string; name: string } | null;
  /**
   * A stamp of the save these settings came from, new at every save: a save checks that the workbook
   * still holds this one, so choices saved by a co-author since they were read are never overwritten
   * unasked. Null before the first save.
   */
  revision: string | null;
}

/** Defaults: 31 December of the year before `today` (the last complete year), our default schemes. */
/** The default rule for the reference date: 31 December of last year. */
export function defaultReferenceDate(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}-12-31`;
}

/**
 * The reference date to take from the export's title ("Personeelsexport op 31/12/2024"), or null: only
 * while the date is still the default rule's (never over one the analyst chose), and never a future day.
 */
export function referenceFromTitle(current: string, titleDate: string | null, today: string): string | null {
  if (!titleDate || titleDate > today || titleDate === current) return null;
  return current === defaultReferenceDate(today) ? titleDate : null;
}

/**
 * What the doors say about the reference date in use: taken from the title (with the title's words,
 * so the analyst sees why), or the default rule's because the title marks no day of the data. Null
 * when the analyst chose the date.
 */
export function referenceNote(
  current: string,
  title: { date: string; phrase: string } | null,
  today: string,
): { key: "decide.referenceFromTitle" | "decide.referenceDefault"; params: { date: string; phrase?: string } } | null {
  if (title && title.date === current)
    return { key: "decide.referenceFromTitle", params: { date: current, phrase: title.phrase } };
  if (current === defaultReferenceDate(today)) return { key: "decide.referenceDefault", params: { date: current } };
  return null;
}

/** A reference note as a sentence, its date written as the language writes dates. */
export function referenceNoteText(note: NonNullable<ReturnType<typeof referenceNote>>, lang: Lang): string {
  return t(lang, note.key, { ...note.params, date: formatDate(lang, note.params.date) });
}

export function defaultSettings(today: string, sheetLang: Lang = "nl"): JobSettings {
  return {
    version: 1,
    referenceDate: defaultReferenceDate(today),
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
    dataSheet: null,
    revision: null,
  };
}
