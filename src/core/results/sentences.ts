/**
 * The results in words, the same in the command line, the pane and the results sheet: a problem with
 * its variable and category named as the sheet names them, a table found or missing, the persons not
 * linked in a group, a group against the reference.
 */
import { TOTAL } from "../disclosure/crossTab";
import { t, type Lang, type MessageKey, type MessageParams } from "../i18n";
import { categoryLabel } from "../recode/labels";
import { variableLabel } from "../request/variables";
import type { TableResult } from "./analyse";
import type { RequestedDimension } from "./labels";
import type { Comparison } from "./reference";

/** A share as the language writes a percentage, without decimals: "65 %" in French, "65%" in Dutch. */
export function percent(lang: Lang, x: number): string {
  return new Intl.NumberFormat(`${lang}-BE`, { style: "percent", maximumFractionDigits: 0 }).format(x);
}

/** A category's label, or "Total", in a language. */
export function labelIn(dims: readonly RequestedDimension[], lang: Lang): (dim: string, id: string) => string {
  return (dim, id) =>
    id === TOTAL ? t(lang, "check.total") : categoryLabel(dims.find((d) => d.name === dim)?.kind ?? "group", id, lang);
}

export const tableName = (dims: readonly string[], lang: Lang): string =>
  dims.map((d) => variableLabel(d, lang)).join(" × ");

export function problemSentence(
  lang: Lang,
  key: MessageKey,
  params: MessageParams,
  dims: readonly RequestedDimension[],
): string {
  const p = { ...params };
  if (typeof p.dimension === "string") {
    const dim = dims.find((d) => d.name === p.dimension);
    if (typeof p.category === "string" && dim) p.category = categoryLabel(dim.kind, p.category, lang);
    p.dimension = variableLabel(p.dimension, lang);
  }
  return t(lang, key, p);
}

export function foundSentence(tab: Pick<TableResult, "dimensions" | "source">, lang: Lang): string {
  const table = tableName(tab.dimensions, lang);
  return tab.source
    ? t(lang, "cli.results.found", { table, file: tab.source.file, sheet: tab.source.sheet, range: tab.source.range })
    : t(lang, "cli.results.missing", { table });
}

/** One sentence per own group with persons the KSZ could not link. */
export function notLinkedSentences(
  tab: Pick<TableResult, "linkage">,
  dims: readonly RequestedDimension[],
  lang: Lang,
): string[] {
  const label = labelIn(dims, lang);
  return tab.linkage
    .filter((l) => (l.notLinked ?? 0) > 0)
    .map((l) =>
      t(lang, "cli.results.notLinked", {
        group: Object.entries(l.group)
          .map(([d, id]) => label(d, id))
          .join(" × "),
        n: l.notLinked!,
        ours: l.ours,
      }),
    );
}

export function comparisonSentence(c: Comparison, dims: readonly RequestedDimension[], lang: Lang): string {
  return t(lang, "cli.results.comparison", {
    category: labelIn(dims, lang)(c.dimension, c.category),
    share: c.staff.value === null ? "—" : percent(lang, c.staff.value),
    lo: percent(lang, c.staff.lo),
    hi: percent(lang, c.staff.hi),
    reference: percent(lang, c.reference),
    index: c.index === null ? "—" : (Math.round(c.index * 100) / 100).toString(),
    expected: Math.round(c.expected),
    verdict: t(lang, verdictKey(c)),
  });
}

export const verdictKey = (c: Pick<Comparison, "flag">): MessageKey =>
  c.flag === "below" ? "results.flag.below" : c.flag === "above" ? "results.flag.above" : "results.flag.none";
