import { LANGS, catalogue, langFromLocale, t, type MessageKey } from "../../src/core/i18n";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const keys = Object.keys(catalogue("en"));

  test.each(LANGS)("%s has every key, none empty, with the same placeholders as English", (lang) => {
    const messages = catalogue(lang) as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect({ key, empty: messages[key]!.trim() === "" }).toEqual({ key, empty: false });
      expect({ key, params: placeholders(messages[key]!) }).toEqual({
        key,
        params: placeholders(catalogue("en")[key as MessageKey]),
      });
    }
  });

  test("t fills placeholders and keeps an unfilled one visible", () => {
    expect(t("nl", "step.position", { n: 2, total: 4 })).toBe("Stap 2 van 4");
    expect(t("fr", "step.position", { n: 1 })).toBe("Étape 1 sur {total}");
  });

  test("the interface language follows Office's display language", () => {
    expect(langFromLocale("nl-BE")).toBe("nl");
    expect(langFromLocale("fr-BE")).toBe("fr");
    expect(langFromLocale("FR_fr")).toBe("fr");
    expect(langFromLocale("de-BE")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
  });
});

test("a row number is written as Excel's row header shows it, a count with its grouping", () => {
  expect(t("nl", "read.totalsLeftOut", { row: 1205, label: "totaal", n: 1200 })).toMatch(/^Rij 1205 .* 1\.200 rijen/);
  expect(t("fr", "format.reasonGroup", { reason: "x", count: 1500, row: 12034 })).toMatch(/1\u202f500\u00a0×.*12034\)/);
});
