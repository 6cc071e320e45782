/**
 * Row and column labels of the KSZ's answer, matched to the request's categories. A label matches when
 * it is the product's own label in nl, fr or en, a common variant ("25 à 34 ans", "EU-14", "Inconnu"),
 * the category's id, or what the analyst mapped it to; age bands match by their bounds, however the
 * bounds are written. A label that matches nothing stays unmatched and is reported: never guessed.
 */
import { LANGS, t, type Lang, type MessageKey } from "../i18n";
import { bandBounds } from "../recode/ageBands";
import { OTHER_GROUP, UNKNOWN_GROUP } from "../recode/grouping";
import type { RecodeKind } from "../recode/labels";
import { normaliseWord } from "../values/normalise";

/** The categories one dimension of the request can take, and what kind of variable it is. */
export interface RequestedDimension {
  name: string;
  kind: RecodeKind;
  categories: readonly string[];
}

/** What a label stands for in one dimension: a category, or the dimension's total. */
export type LabelMatch = { id: string } | "total";

/** Labels of totals in nl, fr and en exports, folded. */
const TOTAL_LABELS = new Set([
  "totaal",
  "total",
  "totale",
  "totaux",
  "tot",
  "totaal generaal",
  "algemeen totaal",
  "eindtotaal",
  "grand total",
  "total general",
  "alle",
  "allen",
  "tous",
  "ensemble",
  "all",
  "som",
  "somme",
  "sum",
]);

/** Words of a column or row that holds a count rather than a category: "Aantal", "N", "Nombre". */
export const COUNT_HEADERS = new Set([
  "aantal",
  "n",
  "count",
  "nombre",
  "effectif",
  "effectifs",
  "personen",
  "persons",
  "personnes",
  "number",
  "frequency",
  "frequentie",
  "aantal personen",
  "nombre de personnes",
  "number of persons",
]);
/** Words of a share column: "%", "Aandeel", "Part". */
export const SHARE_HEADERS = new Set([
  "",
  "pct",
  "percent",
  "percentage",
  "aandeel",
  "procent",
  "part",
  "pourcentage",
  "share",
]);
export const BASE_HEADERS = new Set([
  "n",
  "basis",
  "base",
  "totaal n",
  "total n",
  "effectif",
  "aantal",
  "nombre",
  "count",
  "noemer",
  "denominateur",
]);

/** Variants of the product's labels that deliveries use, folded, by category id. */
const VARIANTS: Partial<Record<RecodeKind, Record<string, readonly string[]>>> = {
  origin: {
    belgian: [
      "belg",
      "belgen",
      "belges",
      "belgie",
      "belgique",
      "belgium",
      "be",
      "belgische",
      "belgische herkomst",
      "origine belge",
      "belgian origin",
    ],
    eu_old: ["eu 14", "ue 14", "eu14", "ue14", "eu 14 lidstaten", "andere eu 14", "autres ue 14", "other eu 14"],
    eu_new: [
      "eu 13",
      "ue 13",
      "eu13",
      "ue13",
      "eu 13 lidstaten",
      "nieuwe lidstaten",
      "nouveaux etats membres",
      "new member states",
    ],
    european: ["europeaan", "europeanen", "europese", "europeen", "europeens", "europeenne", "europe", "europa"],
    non_european: [
      "niet europeaan",
      "niet europeanen",
      "niet europese",
      "buiten europa",
      "non europeen",
      "non europeens",
      "hors europe",
      "non european",
      "outside europe",
    ],
    eu: ["eu 27", "ue 27", "eu27", "eu lidstaten", "etats membres ue", "eu members"],
    non_eu: ["niet eu", "buiten eu", "buiten de eu", "non ue", "hors de l ue", "non eu", "outside the eu"],
    europe_other: ["ander europa", "andere europese", "autre europe", "other europe"],
    maghreb: [
      "maghrebijns",
      "maghrebijnse",
      "maghrebin",
      "maghrebins",
      "maghrebian",
      "noord afrika",
      "afrique du nord",
      "north africa",
    ],
    africa_other: [
      "ander afrika",
      "andere afrikaanse",
      "autre afrique",
      "other africa",
      "afrika bezuiden de sahara",
      "afrique subsaharienne",
      "sub saharan africa",
    ],
    near_middle_east: ["nabije oosten", "midden oosten", "moyen orient", "proche orient", "middle east", "near east"],
    asia_oceania: ["azie", "asie", "asia", "oceanie", "oceania"],
    americas: ["amerikaans", "amerikaanse", "americain", "americains", "american", "amerique", "amerika"],
    foreign: [
      "buitenlander",
      "buitenlanders",
      "niet belg",
      "niet belgisch",
      "etranger",
      "etrangers",
      "non belge",
      "non belgian",
    ],
  },
  sex: {
    M: ["m", "man", "mannen", "mannelijk", "h", "homme", "hommes", "masculin", "male", "males", "men"],
    F: ["v", "vrouw", "vrouwen", "vrouwelijk", "f", "femme", "femmes", "feminin", "female", "females", "women", "w"],
    X: ["x"],
  },
};

/** Labels of the unknown and other categories, folded, beyond the catalogues'. */
const UNKNOWN_VARIANTS = [
  "onbekend",
  "niet gekend",
  "ongekend",
  "inconnu",
  "inconnue",
  "non connu",
  "unknown",
  "not known",
  "?",
];
const OTHER_VARIANTS = ["andere", "ander", "overige", "overig", "autre", "autres", "other", "others"];

/** A label folded for comparison: lower case, no accents, punctuation to single spaces. */
export function labelKey(text: string): string {
  return normaliseWord(text.replace(/[\u2010-\u2015]/g, "-"));
}

/**
 * The bounds an age label states, or null: "25-34", "25 à 34 ans", "25 tot 34 jaar", "van 25 tot en
 * met 34", "25 to 34 years"; "<25", "-25", "jonger dan 25", "moins de 25 ans", "under 25"; "55+",
 * "55 jaar en ouder", "55 et plus", "≥ 55", "55 and over". A first band from 0, 15, 16 or 18 is the
 * band under its upper bound (no staff member is younger than 15).
 */
export function ageBoundsOf(text: string): { lo: number; hi: number | null } | null {
  const s = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\b(jaar|jaren|ans|an|years|year|yrs|y|j)\b\.?/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  let m = /^(?:van |de |from )?(\d{1,3}) ?(?:-|a|tot en met|t\/m|tot|to|until|jusqu'a) ?(\d{1,3})$/.exec(s);
  if (m) {
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    if (hi < lo) return null;
    return { lo: [15, 16, 18].includes(lo) ? 0 : lo, hi };
  }
  m = /^(?:< ?|- ?|jonger dan |minder dan |onder |moins de |under |younger than |less than )(\d{1,3})$/.exec(s);
  if (m) return { lo: 0, hi: Number(m[1]) - 1 };
  m = /^(?:<= ?|≤ ?)(\d{1,3})$/.exec(s);
  if (m) return { lo: 0, hi: Number(m[1]) };
  m =
    /^(\d{1,3}) ?(?:\+|et \+|en \+|en ouder|en meer|of ouder|et plus|ou plus|and over|and older|or older|plus|-)$/.exec(
      s,
    );
  if (m) return { lo: Number(m[1]), hi: null };
  m = /^(?:>= ?|≥ ?|vanaf |a partir de |from )(\d{1,3})$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: null };
  m = /^(?:> ?|ouder dan |plus de |over |older than )(\d{1,3})$/.exec(s);
  if (m) return { lo: Number(m[1]) + 1, hi: null };
  return null;
}

/** The catalogue label of a category in one language, folded (own groups are their own words). */
function catalogueKeys(kind: RecodeKind, id: string): string[] {
  const keys: string[] = [];
  const add = (key: MessageKey | null, lang: Lang) => key && keys.push(labelKey(t(lang, key)));
  for (const lang of LANGS) {
    if (id === UNKNOWN_GROUP) add("category.unknown", lang);
    else if (id === OTHER_GROUP && kind === "group") add("category.other", lang);
    else if (kind === "origin") add(`origin.${id}` as MessageKey, lang);
    else if (kind === "sex") add(`sex.${id}` as MessageKey, lang);
  }
  return keys;
}

/**
 * A matcher for one dimension: the folded labels of each category, its variants and its id, and the
 * analyst's own mappings (label to category id) on top, which win over everything else.
 */
export function dimensionMatcher(
  dim: RequestedDimension,
  mapped: Readonly<Record<string, string>> = {},
): (label: string) => LabelMatch | null {
  const byKey = new Map<string, string>();
  const add = (key: string, id: string) => {
    if (key !== "" && !byKey.has(key)) byKey.set(key, id);
  };
  for (const id of dim.categories) {
    add(labelKey(id), id);
    for (const key of catalogueKeys(dim.kind, id)) add(key, id);
    for (const v of VARIANTS[dim.kind]?.[id] ?? []) add(v, id);
    if (id === UNKNOWN_GROUP) for (const v of UNKNOWN_VARIANTS) add(v, id);
    if (id === OTHER_GROUP && dim.kind === "group") for (const v of OTHER_VARIANTS) add(v, id);
  }
  const mappedKeys = new Map(
    Object.entries(mapped)
      .filter(([, id]) => dim.categories.includes(id))
      .map(([label, id]) => [labelKey(label), id]),
  );
  const bands =
    dim.kind === "age"
      ? dim.categories.filter((id) => id !== UNKNOWN_GROUP).map((id) => ({ id, ...bandBounds(id) }))
      : [];
  return (label: string) => {
    const key = labelKey(label);
    const own = mappedKeys.get(key);
    if (own !== undefined) return { id: own };
    if (TOTAL_LABELS.has(key)) return "total";
    const id = byKey.get(key);
    if (id !== undefined) return { id };
    if (bands.length > 0) {
      const bounds = ageBoundsOf(label);
      const band = bounds && bands.find((b) => b.lo === bounds.lo && b.hi === bounds.hi);
      if (band) return { id: band.id };
    }
    return null;
  };
}
