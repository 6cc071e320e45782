/** How the request names the variables it asks for. */
import { isMessageKey, t, type Lang, type MessageKey } from "../i18n";

const KSZ_LABELS: Readonly<Record<string, MessageKey>> = {
  sex: "variable.sex",
  ageBand: "variable.ageBand",
  originGroup: "variable.originGroup",
};

/**
 * The label of a requested variable in a language: a KSZ variable, or an own variable by its role
 * ("Service" in French). Never the export's header: "Sexe × Dienst" in a French request mixes languages.
 */
export function variableLabel(name: string, lang: Lang, otherwise = name): string {
  const key = KSZ_LABELS[name] ?? `role.${name}`;
  return isMessageKey(key, lang) ? t(lang, key) : otherwise;
}
