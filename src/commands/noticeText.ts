/**
 * The notice dialog's text from its query string. The query is input anyone can type into the
 * address: only a message key the catalogue itself holds is shown (never an inherited name such as
 * `__proto__` or `constructor`), and parameters are plain texts and numbers.
 */
import { isLang, isMessageKey, t, type Lang } from "../core/i18n";

export function noticeText(search: string): { lang: Lang; text: string } {
  const query = new URLSearchParams(search);
  const langParam = query.get("lang");
  const lang = isLang(langParam) ? langParam : "en";
  const key = query.get("key") ?? "";
  const text = isMessageKey(key, lang) ? t(lang, key, parseParams(query.get("params"))) : t(lang, "pane.error.title");
  return { lang, text };
}

function parseParams(raw: string | null): Record<string, string | number> {
  try {
    const value: unknown = JSON.parse(raw ?? "{}");
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const params: Record<string, string | number> = {};
    for (const [name, v] of Object.entries(value))
      if (typeof v === "string" || typeof v === "number") params[name] = typeof v === "string" ? v.slice(0, 2000) : v;
    return params;
  } catch {
    return {};
  }
}
