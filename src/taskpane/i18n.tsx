import { createContext, useContext } from "react";
import { formatNumber, t, type Lang, type MessageKey, type MessageParams } from "../core";

export interface Translator {
  lang: Lang;
  tr: (key: MessageKey, params?: MessageParams) => string;
  /** Numbers in the user's locale: 1.200 in nl, 1 200 in fr-BE, 1,200 in en. */
  num: (n: number) => string;
}

export function translator(lang: Lang): Translator {
  return { lang, tr: (key, params) => t(lang, key, params), num: (n) => formatNumber(lang, n) };
}

export const TranslatorContext = createContext<Translator>(translator("en"));
export const useTr = () => useContext(TranslatorContext);
