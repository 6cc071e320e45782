import { ALL_COUNTRIES, countryLookup, countryName, parseCountry } from "../../../src/core";

const code = (cell: unknown) => {
  const r = parseCountry(cell);
  return r.ok ? r.value : r.reason;
};

describe("countries and nationalities to ISO 3166 alpha-2", () => {
  test.each([
    ["BE", "BE"],
    ["bel", "BE"],
    ["België", "BE"],
    ["Belgique", "BE"],
    ["Belgien", "BE"],
    ["Belgium", "BE"],
    ["Belg", "BE"],
    ["Belgische", "BE"],
    ["belge", "BE"],
    ["Belgian", "BE"],
    ["Marokkaan", "MA"],
    ["Marokkaanse", "MA"],
    ["marocaine", "MA"],
    ["MAROCAIN", "MA"],
    ["Moroccan", "MA"],
    ["Marokkanerin", "MA"],
    ["turque", "TR"],
    ["Turks", "TR"],
    ["Turkse", "TR"],
    ["Turkish", "TR"],
    ["türkisch", "TR"],
    ["Nederlandse", "NL"],
    ["néerlandaise", "NL"],
    ["Française", "FR"],
    ["Frans", "FR"],
    ["algérienne", "DZ"],
    ["Roemeense", "RO"],
    ["Poolse", "PL"],
    ["grecque", "GR"],
    ["Kosovaarse", "XK"],
    ["Oekraïense", "UA"],
    ["ukrainienne", "UA"],
  ])("%s is %s", (word, expected) => expect(code(word)).toBe(expected));

  test("Belgian NIS codes, as numbers or text: 150 is Belgium, 111 France", () => {
    expect(code(150)).toBe("BE");
    expect(code("111")).toBe("FR");
    expect(code(129)).toBe("NL");
  });
  test("NIS 999 is unknown, a sub-territory has no country code, and an unlisted code is never guessed", () => {
    expect(code(999)).toBe("declared_unknown");
    expect(code(398)).toBe("nis_without_iso"); // Canary Islands
    expect(code(130)).toBe("nis_unlisted"); // Czechoslovakia, historical
  });
  test("unknown and stateless are answers of their own", () => {
    for (const w of ["onbekend", "inconnu", "Unknown", "XX"]) expect(code(w)).toBe("declared_unknown");
    for (const w of ["staatloos", "Apatride", "stateless"]) expect(code(w)).toBe("stateless");
    for (const w of ["", "  ", null, "-", "?"]) expect(code(w)).toBe("empty");
  });
  test("a word that names two countries is ambiguous, with both candidates", () => {
    expect(parseCountry("Congolese")).toEqual({ ok: false, reason: "ambiguous", candidates: ["CD", "CG"] });
  });
  test("nonsense and Excel errors are reported", () => {
    expect(code("Atlantis")).toBe("not_recognised");
    expect(code("#N/A")).toBe("excel_error");
    expect(code(12.5)).toBe("not_recognised");
  });
  test("the lookup holds no conflict it does not know about", () => {
    // Every word two countries share must be explicitly listed or land in one group (see recode tests).
    const ambiguous = countryLookup().ambiguousWords();
    expect(ambiguous).toEqual(expect.arrayContaining(["congolese", "korea"]));
    expect(ambiguous).not.toContain("french");
  });
  test("country names come from CLDR, in the sheet's language", () => {
    expect(countryName("MA", "nl")).toBe("Marokko");
    expect(countryName("MA", "fr")).toBe("Maroc");
    expect(countryName("BE", "en")).toBe("Belgium");
  });
  test("the names the language review found odd are gone (Man Eiland, Brits Indische oceaan, Timor Leste, ...)", () => {
    expect(countryName("IM", "nl")).toBe("Eiland Man");
    expect(countryName("IO", "nl")).toBe("Brits Indische Oceaanterritorium");
    expect(countryName("TL", "nl")).toBe("Oost-Timor");
    expect(countryName("HK", "nl")).toBe("Hongkong");
    expect(countryName("CZ", "fr")).toBe("Tchéquie");
    expect(countryName("SA", "fr")).toBe("Arabie saoudite");
    expect(countryName("CI", "fr")).toBe("Côte d’Ivoire");
    expect(countryName("TZ", "fr")).toBe("Tanzanie");
    expect(countryName("XK", "fr")).toBe("Kosovo");
    // No straight apostrophe, no adjective in capitals after the first word, in any French name.
    const names = ALL_COUNTRIES.map((c) => countryName(c, "fr"));
    expect(names.filter((n) => n.includes("'"))).toEqual([]);
    expect(names.filter((n) => /^(République|Émirats|Arabie) \p{Lu}/u.test(n))).toEqual([]);
  });
});
