/**
 * Findings of the check the analyst must read in words, wherever the check is shown (the check sheet,
 * the pane): a whole group that shares one value gives away an attribute of every member, even when
 * no cell is small ("the whole group Dienst: Ombudsdienst (8 persons) shares Origin: Belgian").
 */
import type { TableReport } from "../disclosure/check";
import { TOTAL } from "../disclosure/crossTab";
import { t, type Lang } from "../i18n";
import type { DimensionLabels } from "./checkLayout";

/** A variable's title, a category's label (totals included) and the two as "Dienst: Ombudsdienst". */
export function labelsFor(labels: DimensionLabels, lang: Lang) {
  const total = t(lang, "check.total");
  const title = (dim: string) => labels[dim]?.title ?? dim;
  const label = (dim: string, id: string) => (id === TOTAL ? total : (labels[dim]?.categories[id] ?? id));
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
      .join("; ");
    return t(lang, "check.fullGroup", {
      count: w.count,
      group: group || total,
      value: named(w.dimension, w.key[w.dimension]!),
    });
  });
}
