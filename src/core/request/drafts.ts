import { t, type Lang } from "../i18n";
import { bandIds } from "../recode/ageBands";
import type { RequestChoices } from "./choices";

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
  for (const v of choices.ownVariables) lines.push(t(lang, "draft.own", { variable: v.header, n: v.groups.length }));
  lines.push(t(lang, "draft.threshold", { k: choices.check?.threshold ?? 5 }));
  return lines.join(" ");
}
