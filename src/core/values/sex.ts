import { isEmptyCell, isExcelError } from "./cell";
import { fail, ok, type Parsed } from "./result";
import { normaliseWord } from "./normalise";

/** Registered sex: M, F, or X (neither, as some registers allow). */
export type Sex = "M" | "F" | "X";

/** Words and codes seen in Belgian exports: nl, fr, en, de; 1/2 as in the INSZ convention tables. */
const SEX_WORDS: ReadonlyMap<string, Sex> = new Map<string, Sex>([
  ...["m", "man", "mannelijk", "h", "homme", "masculin", "male", "mannlich", "1"].map((w) => [w, "M"] as [string, Sex]),
  ...["v", "f", "vrouw", "vrouwelijk", "femme", "feminin", "female", "w", "weiblich", "2"].map(
    (w) => [w, "F"] as [string, Sex],
  ),
  ...["x", "divers", "non binair", "non binaire", "non binary"].map((w) => [w, "X"] as [string, Sex]),
]);

export function parseSex(cell: unknown): Parsed<Sex> {
  if (isEmptyCell(cell)) return fail("empty");
  if (isExcelError(cell)) return fail("excel_error");
  if (typeof cell !== "string" && typeof cell !== "number") return fail("not_a_sex");
  const sex = SEX_WORDS.get(normaliseWord(String(cell)));
  return sex ? ok(sex) : fail("not_a_sex");
}
