import { LANGS } from "../i18n";
import { recodedHeader, type RecodeKind } from "./labels";

/**
 * Is this header one the product writes (in any language)? Doors use it to replace their own columns on
 * a second run instead of adding more, and role detection skips such columns.
 */
export function productColumnKind(header: string): RecodeKind | null {
  const h = header.trim();
  for (const lang of LANGS) {
    if (h === recodedHeader("age", lang)) return "age";
    if (h === recodedHeader("origin", lang)) return "origin";
    const group = recodedHeader("group", lang, "\u0000");
    const [before, after] = group.split("\u0000") as [string, string];
    if (h.length > before.length + after.length && h.startsWith(before) && h.endsWith(after)) return "group";
  }
  return null;
}
