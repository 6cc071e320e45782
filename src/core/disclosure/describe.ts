import { t, type Lang, type MessageKey } from "../i18n";
import type { LevelRef } from "./lattice";

/** A rung of a ladder in words: "Under 35, 35-44, 45-54, 55+ (Flemish government)", "groups under 10 merged". */
export function describeLevel(ref: LevelRef, lang: Lang): string {
  switch (ref.kind) {
    case "asRequested":
      return t(lang, "level.asRequested");
    case "ageScheme":
      return t(lang, `ageScheme.${ref.id}` as MessageKey);
    case "originScheme":
      return t(lang, `originScheme.${ref.id}` as MessageKey);
    case "mergeUnder":
      return t(lang, "level.mergeUnder", { n: ref.persons });
  }
}
