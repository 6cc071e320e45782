import { catalogue, LANGS, t, type Lang, type MessageKey } from "../i18n";
import { bandIds } from "../recode/ageBands";
import type { RequestChoices } from "./choices";
import { variableLabel } from "./variables";

/**
 * A first draft of the proportionality paragraph, from the choices: "Age is requested in 5 bands, not
 * as exact age; origin in 4 groups; ...". The analyst edits it; the edited text is saved as an answer.
 */
export function draftProportionality(choices: RequestChoices, lang: Lang): string {
  const lines = [t(lang, "draft.intro")];
  if (choices.sex) lines.push(t(lang, "draft.sex"));
  if (choices.ageScheme) lines.push(t(lang, "draft.age", { n: bandIds(choices.ageScheme).length }));
  // As many groups as the sheet lists, "unknown" included: the reader counts them.
  if (choices.originScheme) lines.push(t(lang, "draft.origin", { n: choices.originScheme.groups.length }));
  for (const v of choices.ownVariables)
    lines.push(t(lang, "draft.own", { variable: variableLabel(v.name, lang), n: v.groups.length }));
  lines.push(t(lang, "draft.threshold", { k: choices.threshold }));
  return lines.join(" ");
}

/** The drafted sentences that carry a number or a name of the request, as the choices make them now. */
function countedSentences(choices: RequestChoices, lang: Lang): { key: MessageKey; text: string; variable?: string }[] {
  const out: { key: MessageKey; text: string; variable?: string }[] = [];
  if (choices.ageScheme)
    out.push({ key: "draft.age", text: t(lang, "draft.age", { n: bandIds(choices.ageScheme).length }) });
  if (choices.originScheme)
    out.push({ key: "draft.origin", text: t(lang, "draft.origin", { n: choices.originScheme.groups.length }) });
  for (const v of choices.ownVariables)
    if (v.groups.length > 0)
      out.push({
        key: "draft.own",
        variable: variableLabel(v.name, lang),
        text: t(lang, "draft.own", { variable: variableLabel(v.name, lang), n: v.groups.length }),
      });
  out.push({ key: "draft.threshold", text: t(lang, "draft.threshold", { k: choices.threshold }) });
  return out;
}

/** A catalogue sentence as a pattern: its words as written, any value in its placeholders. */
function sentencePattern(lang: Lang, key: MessageKey): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const template = catalogue(lang)[key];
  let pattern = "";
  let at = 0;
  for (const m of template.matchAll(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g)) {
    pattern += escape(template.slice(at, m.index));
    pattern +=
      m[2] !== undefined
        ? `(?:${escape(m[2])}|${escape(m[3]!)})`
        : m[1] === "variable"
          ? "([^.!?\\s][^.!?]*?)"
          : "[\\d.\\s\u00a0\u202f]+?";
    at = m.index! + m[0].length;
  }
  return new RegExp(pattern + escape(template.slice(at)), "g");
}

/**
 * Sentences of the analyst's motivation, drafted from earlier choices, that no longer say what the
 * request asks ("Age is requested in 5 bands" after a grouping made it 4; "fewer than 5 persons" at
 * threshold 10): each with what the draft says now (empty when the request no longer asks it).
 * Read in every language, as the text may have been drafted in another.
 */
export function staleDraftSentences(text: string, choices: RequestChoices): { found: string; now: string }[] {
  const stale: { found: string; now: string }[] = [];
  for (const lang of LANGS) {
    const current = countedSentences(choices, lang);
    for (const key of ["draft.age", "draft.origin", "draft.own", "draft.threshold"] as const) {
      const now = current.filter((c) => c.key === key);
      for (const m of text.matchAll(sentencePattern(lang, key))) {
        if (now.some((c) => c.text === m[0])) continue;
        if (key !== "draft.own") {
          stale.push({ found: m[0], now: now[0]?.text ?? "" });
          continue;
        }
        // An own variable's sentence is compared with that variable's; groups unknown yet: no verdict.
        const variable = choices.ownVariables.find((v) => variableLabel(v.name, lang) === m[1]);
        if (variable && variable.groups.length === 0) continue;
        stale.push({ found: m[0], now: now.find((c) => c.variable === m[1])?.text ?? "" });
      }
    }
  }
  return stale;
}
