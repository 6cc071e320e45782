import { ageOn } from "../values/age";
import { parseDate, type DayStamp } from "../values/dates";
import { isEmptyCell, type CellValue } from "../values/cell";
import { parseCountry } from "../values/countries";
import { parseInsz } from "../values/insz";
import { normaliseWord } from "../values/normalise";
import { parseSex } from "../values/sex";

export type ColumnRole =
  | "insz"
  | "birthDate"
  | "age"
  | "sex"
  | "nationality"
  | "countryOfBirth"
  | "department"
  | "functionLevel"
  | "status"
  | "other";

export const COLUMN_ROLES: readonly ColumnRole[] = [
  "insz",
  "birthDate",
  "age",
  "sex",
  "nationality",
  "countryOfBirth",
  "department",
  "functionLevel",
  "status",
  "other",
];

export function isColumnRole(value: unknown): value is ColumnRole {
  return typeof value === "string" && (COLUMN_ROLES as readonly string[]).includes(value);
}

/** Header words per role in nl, fr, en and de, folded (see normaliseWord). */
const HEADER_WORDS: Readonly<Record<Exclude<ColumnRole, "other">, readonly string[]>> = {
  insz: [
    "insz",
    "niss",
    "inss",
    "ssin",
    "rijksregisternummer",
    "rijksregister",
    "rijksregisternr",
    "rrn",
    "nrn",
    "insz nummer",
    "bis nummer",
    "identificatienummer sociale zekerheid",
    "numero de registre national",
    "registre national",
    "numero national",
    "no national",
    "numero niss",
    "national register number",
    "national number",
    "social security number",
    "nationalregisternummer",
    "sozialversicherungsnummer",
  ],
  birthDate: [
    "geboortedatum",
    "geboortedag",
    "geb datum",
    "datum van geboorte",
    "geboren op",
    "date de naissance",
    "date naissance",
    "naissance",
    "birth date",
    "date of birth",
    "birthdate",
    "dob",
    "geburtsdatum",
  ],
  age: ["leeftijd", "age", "alter", "leeftijd in jaren", "age en annees"],
  sex: ["geslacht", "gender", "sexe", "genre", "sex", "geschlecht", "m v", "m f", "h f"],
  nationality: [
    "nationaliteit",
    "nationalite",
    "nationality",
    "staatsangehorigkeit",
    "nationalitat",
    "nat",
    "huidige nationaliteit",
    "nationalite actuelle",
    "current nationality",
  ],
  countryOfBirth: [
    "geboorteland",
    "land van geboorte",
    "pays de naissance",
    "pays naissance",
    "country of birth",
    "birth country",
    "geburtsland",
  ],
  department: [
    "dienst",
    "afdeling",
    "departement",
    "entiteit",
    "directie",
    "cel",
    "team",
    "service",
    "direction",
    "entite",
    "department",
    "division",
    "unit",
    "organisational unit",
    "abteilung",
    "organisatie eenheid",
  ],
  functionLevel: [
    "niveau",
    "functieniveau",
    "level",
    "function level",
    "niveau de fonction",
    "graad",
    "grade",
    "rang",
    "klasse",
    "niveau fonction",
    "stufe",
    "functieklasse",
    "weddeschaal",
  ],
  status: [
    "statuut",
    "statut",
    "status",
    "contract",
    "type contract",
    "contracttype",
    "soort contract",
    "contractvorm",
    "type de contrat",
    "arbeidsrelatie",
    "vertragsart",
  ],
};

const WORD_INDEX = new Map<string, Exclude<ColumnRole, "other">>();
for (const [role, words] of Object.entries(HEADER_WORDS)) {
  for (const word of words) WORD_INDEX.set(word, role as Exclude<ColumnRole, "other">);
}

/** The role a header names, with a confidence: exact word 0.9, a known word inside it 0.7. */
export function roleFromHeader(header: string): { role: ColumnRole; confidence: number } {
  const folded = normaliseWord(header);
  if (folded === "") return { role: "other", confidence: 0 };
  const exact = WORD_INDEX.get(folded);
  if (exact) return { role: exact, confidence: 0.9 };
  // The longest known phrase inside the header: "Geboortedatum medewerker" holds "geboortedatum".
  let best: { role: ColumnRole; length: number } = { role: "other", length: 0 };
  const padded = ` ${folded} `;
  for (const [word, role] of WORD_INDEX) {
    if (word.length > best.length && word.length >= 3 && padded.includes(` ${word} `))
      best = { role, length: word.length };
  }
  if (best.role !== "other") return { role: best.role, confidence: 0.7 };
  for (const [word, role] of WORD_INDEX) {
    if (word.length >= 6 && folded.replace(/ /g, "").includes(word.replace(/ /g, ""))) return { role, confidence: 0.6 };
  }
  return { role: "other", confidence: 0 };
}

/**
 * Header words that name a date other than a birth date (hire, start, end, leave; nl/fr/en/de, folded):
 * such a column is never taken for a birth date, whatever its values look like.
 */
const OTHER_DATE_WORDS: readonly string[] = [
  "in dienst",
  "indienst",
  "uit dienst",
  "indiensttreding",
  "uitdiensttreding",
  "aanwerving",
  "aanstelling",
  "einde",
  "begin",
  "start",
  "vertrek",
  "pensioen",
  "entree",
  "sortie",
  "embauche",
  "engagement",
  "debut",
  "fin",
  "depart",
  "hire",
  "hired",
  "hiring",
  "joined",
  "joining",
  "leaving",
  "end",
  "termination",
  "eintritt",
  "eintrittsdatum",
  "austritt",
  "austrittsdatum",
  "beginn",
  "ende",
  "einstellung",
];

/** Does the header name a date that is not a birth date ("Datum in dienst", "Date de sortie", "Hire date")? */
export function namesAnotherDate(header: string): boolean {
  const padded = ` ${normaliseWord(header)} `;
  return OTHER_DATE_WORDS.some((word) => padded.includes(` ${word} `));
}

/** Staff ages: most birth dates of a staff list give ages in this range on the reference date. */
const STAFF_AGES = { min: 16, max: 70, share: 0.75 };

/** Share of non-empty sample values that a parser accepts. */
function share(values: readonly CellValue[], accepts: (v: CellValue) => boolean): { share: number; filled: number } {
  const filled = values.filter((v) => !isEmptyCell(v));
  if (filled.length === 0) return { share: 0, filled: 0 };
  return { share: filled.filter(accepts).length / filled.length, filled: filled.length };
}

/** Excel serials of birth dates of people aged 14 to 100 now: roughly 1920 to 2015. */
const isBirthSerial = (v: CellValue) => typeof v === "number" && v >= 7000 && v <= 42500 && Number.isInteger(v);

/**
 * What the values say a column is, when they say it clearly: INSZ numbers that pass the check,
 * dates, sex codes, countries. Department, level and status cannot be told from values alone.
 */
export function roleFromValues(
  values: readonly CellValue[],
  referenceDate?: DayStamp,
): { role: ColumnRole; confidence: number } {
  const insz = share(values, (v) => parseInsz(v).ok);
  if (insz.filled > 0 && insz.share >= 0.8) return { role: "insz", confidence: 0.6 + 0.35 * insz.share };
  const dates = share(
    values,
    (v) => isBirthSerial(v) || v instanceof Date || (typeof v === "string" && parseDate(v).ok),
  );
  if (dates.filled > 0 && dates.share >= 0.8) {
    // Dates, but birth dates only if they give staff ages; hire or leave dates mostly do not.
    if (referenceDate !== undefined && !plausibleStaffAges(values, referenceDate))
      return { role: "other", confidence: 0 };
    return { role: "birthDate", confidence: 0.5 + 0.3 * dates.share };
  }
  const sex = share(values, (v) => typeof v === "string" && parseSex(v).ok);
  if (sex.filled > 0 && sex.share >= 0.9) return { role: "sex", confidence: 0.5 + 0.3 * sex.share };
  const country = share(values, (v) => typeof v === "string" && parseCountry(v).ok);
  if (country.filled > 0 && country.share >= 0.7) return { role: "nationality", confidence: 0.4 + 0.3 * country.share };
  return { role: "other", confidence: 0 };
}

/** Do most dates among the values give ages of 16 to 70 on the reference date? */
function plausibleStaffAges(values: readonly CellValue[], referenceDate: DayStamp): boolean {
  let dated = 0;
  let plausible = 0;
  for (const v of values) {
    const parsed = parseDate(v);
    if (!parsed.ok) continue;
    dated++;
    const age = ageOn(parsed.value, referenceDate);
    if (age >= STAFF_AGES.min && age <= STAFF_AGES.max) plausible++;
  }
  return dated > 0 && plausible / dated >= STAFF_AGES.share;
}
