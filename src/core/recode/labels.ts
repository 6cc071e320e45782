import { t, type Lang, type MessageKey } from "../i18n";
import { bandBounds } from "./ageBands";
import { OTHER_GROUP, UNKNOWN_GROUP } from "./grouping";

export type RecodeKind = "age" | "origin" | "group" | "sex";

/**
 * Header of a recoded column, in the sheet's language: "Leeftijdsklasse", "Nationaliteitsgroep",
 * "Dienst (groep)". Doors use it to name the columns they add, and to find them again.
 */
export function recodedHeader(kind: RecodeKind, lang: Lang, sourceHeader = ""): string {
  if (kind === "age") return t(lang, "column.ageBand");
  if (kind === "origin") return t(lang, "column.nationalityGroup");
  if (kind === "sex") return t(lang, "variable.sex");
  return t(lang, "column.group", { source: sourceHeader });
}

/** A category's label in a language. Own groups are the institution's own words and stay as they are. */
export function categoryLabel(kind: RecodeKind, id: string, lang: Lang): string {
  if (id === UNKNOWN_GROUP) return t(lang, "category.unknown");
  if (id === OTHER_GROUP && kind === "group") return t(lang, "category.other");
  if (kind === "age") {
    const { lo, hi } = bandBounds(id);
    return hi === null
      ? t(lang, "age.band.open", { lo })
      : lo === 0
        ? t(lang, "age.band.under", { hi: hi + 1 })
        : t(lang, "age.band.range", { lo, hi });
  }
  if (kind === "origin") return t(lang, `origin.${id}` as MessageKey);
  if (kind === "sex") return t(lang, `sex.${id}` as MessageKey);
  return id;
}
