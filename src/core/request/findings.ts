/**
 * Findings of the check the analyst must read in words, wherever the check is shown (the check sheet,
 * the pane): a whole group that shares one value gives away an attribute of every member, even when
 * no cell is small ("the whole group Dienst: Ombudsdienst (8 persons) shares Origin: Belgian").
 */
import type { TableReport } from "../disclosure/check";
import type { Suggestion } from "../disclosure/lattice";
import { categoryLabel } from "../recode/labels";
import { TOTAL } from "../disclosure/crossTab";
import { listSeparator, t, type Lang } from "../i18n";
import type { DimensionLabels } from "./checkLayout";
import { variableLabel } from "./variables";

/** A variable's title, a category's label (totals included) and the two as "Dienst: Ombudsdienst". */
export function labelsFor(labels: DimensionLabels, lang: Lang) {
  const total = t(lang, "check.total");
  // In the language asked for, not the sheet's the labels were made in: a French pane over a Dutch
  // sheet says "Groupe d'origine : Belge", not "Herkomstgroep : Belg".
  const title = (dim: string) => variableLabel(dim, lang, labels[dim]?.title ?? dim);
  // Categories by their kind, merged ones of a suggestion included; the institution's own as written.
  const label = (dim: string, id: string) => {
    if (id === TOTAL) return total;
    const kind = labels[dim]?.kind;
    return kind ? categoryLabel(kind, id, lang) : (labels[dim]?.categories[id] ?? id);
  };
  const named = (dim: string, id: string) => t(lang, "format.labelValue", { label: title(dim), value: label(dim, id) });
  return { total, title, label, named };
}

/** Each full-group warning of a table as a sentence, with the variables' and categories' labels. */
export function fullGroupTexts(table: TableReport, labels: DimensionLabels, lang: Lang): string[] {
  const { total, named } = labelsFor(labels, lang);
  return table.warnings.map((w) => {
    const group = Object.entries(w.key)
      .filter(([dim, id]) => dim !== w.dimension && id !== TOTAL)
      .map(([dim, id]) => named(dim, id))
      .join(listSeparator(lang));
    return t(lang, "check.fullGroup", {
      count: w.count,
      group: group || total,
      value: named(w.dimension, w.key[w.dimension]!),
    });
  });
}

/** Groups named one by one before "and n more": a merge into "Other" can take dozens. */
const MERGE_PARTS = 5;

/**
 * What a suggestion brings together, per variable, in words the analyst checks before applying it:
 * "18-24 jaar (12) + 25-34 jaar (40) → 18-34 jaar (52)". Variables KSZ fills in have no counts here.
 */
export function mergeTexts(
  suggestion: Pick<Suggestion, "merges">,
  labels: DimensionLabels,
  lang: Lang,
): { dimension: string; title: string; merges: string[] }[] {
  const { title, label } = labelsFor(labels, lang);
  return Object.entries(suggestion.merges)
    .filter(([dim, merges]) => merges.length > 0 && Object.keys(labels[dim]?.categories ?? {}).length > 0)
    .map(([dim, merges]) => ({
      dimension: dim,
      title: title(dim),
      merges: merges.map((m) => {
        const part = (id: string, persons: number) =>
          t(lang, "describe.mergePart", { label: label(dim, id), n: persons });
        const parts = m.from.slice(0, MERGE_PARTS).map((f) => part(f.id, f.persons));
        if (m.from.length > MERGE_PARTS) parts.push(t(lang, "describe.mergeMore", { n: m.from.length - MERGE_PARTS }));
        return t(lang, "describe.merge", { from: parts.join(" + "), into: part(m.into, m.persons) });
      }),
    }));
}
