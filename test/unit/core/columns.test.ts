import { detectColumns, findHeaderRow, makeInsz, roleFromHeader } from "../../../src/core";

describe("column roles from headers in nl, fr, en and de", () => {
  test.each([
    ["Geboortedatum", "birthDate"],
    ["Date de naissance", "birthDate"],
    ["Rijksregisternummer", "insz"],
    ["NISS", "insz"],
    ["Dienst", "department"],
    ["Service", "department"],
    ["Niveau", "functionLevel"],
    ["Nationaliteit", "nationality"],
    ["Nationalité", "nationality"],
    ["Geslacht", "sex"],
    ["Statuut", "status"],
    ["Geboorteland", "countryOfBirth"],
    ["Geburtsdatum", "birthDate"],
    ["Geboortedatum medewerker", "birthDate"],
    ["Opmerking", "other"],
  ])("%s is %s", (header, role) => expect(roleFromHeader(header).role).toBe(role));

  test("an exact header is surer than a header that merely contains a known word", () => {
    expect(roleFromHeader("Geboortedatum").confidence).toBeGreaterThan(
      roleFromHeader("Geboortedatum medewerker").confidence,
    );
  });
});

describe("finding the table", () => {
  const inszs = Array.from({ length: 20 }, (_, i) => makeInsz(1960 + i, 1 + (i % 12), 1 + i, 100 + i));
  const rows = [
    ["Personeelsexport 2024", "", ""],
    ["", "", ""],
    ["Naam", "Rijksregisternummer", "Geboortedatum", "Nat.", "Kolom X", "Code"],
    ...inszs.map((insz, i) => [
      `Persoon ${i}`,
      insz,
      25569 + i * 300,
      i % 2 ? "Belg" : "Marokkaanse",
      `x${i}`,
      makeInsz(1950 + i, 3, 3, 300 + i),
    ]),
  ];

  test("the header row is the first row that looks like one, under any title", () =>
    expect(findHeaderRow(rows)).toBe(2));

  test("roles come from headers and values, with the basis and a confidence", () => {
    const guess = detectColumns(rows);
    const byHeader = Object.fromEntries(guess.columns.map((c) => [c.header, c]));
    expect(byHeader["Rijksregisternummer"]).toMatchObject({ role: "insz", basis: "both" });
    expect(byHeader["Geboortedatum"]).toMatchObject({ role: "birthDate", basis: "both" });
    expect(byHeader["Nat."]).toMatchObject({ role: "nationality", basis: "both" });
    expect(byHeader["Kolom X"]).toMatchObject({ role: "other" });
    expect(byHeader["Rijksregisternummer"]!.confidence).toBeGreaterThan(0.9);
  });

  test("each role goes to one column only: the surer one", () => {
    const guess = detectColumns(rows);
    // "Code" holds valid INSZ numbers too, but only by value: the named column keeps the role.
    expect(guess.columns.filter((c) => c.role === "insz").map((c) => c.header)).toEqual(["Rijksregisternummer"]);
  });

  test("values find a role the header does not name: 11-digit numbers that pass the check are INSZ", () => {
    const guess = detectColumns([["Naam", "Nummer"], ...inszs.map((n, i) => [`P${i}`, Number(n)])]);
    expect(guess.columns[1]).toMatchObject({ role: "insz", basis: "values" });
  });

  test("a column of date serials in a plausible range is a birth date", () => {
    const guess = detectColumns([["Naam", "Datum"], ...inszs.map((_, i) => [`P${i}`, 27000 + i * 97])]);
    expect(guess.columns[1]).toMatchObject({ role: "birthDate", basis: "values" });
  });
});

describe("the product's own columns", () => {
  test("a second run does not mistake Leeftijdsklasse or Nationaliteitsgroep for a source", () => {
    const guess = detectColumns([
      ["Geboortedatum", "Leeftijdsklasse", "Nationaliteit", "Nationaliteitsgroep", "Dienst (groep)"],
      [25569, "45-54 jaar", "Belg", "Belgisch", "Staf"],
      [27000, "45-54 jaar", "Marokkaanse", "Niet-Europees", "Staf"],
    ]);
    expect(guess.columns.map((c) => c.role)).toEqual(["birthDate", "other", "nationality", "other", "other"]);
  });
});

describe("roles that must not be guessed: a date is a birth date only when the header or the ages say so", () => {
  // An export without a birth date: names, department, and the date each person was hired (1988-2024).
  const hires = Array.from(
    { length: 40 },
    (_, i) => `${String(1 + (i % 28)).padStart(2, "0")}/0${1 + (i % 9)}/${1988 + ((i * 7) % 37)}`,
  );
  const rows = [
    ["Naam", "Dienst", "Datum in dienst"],
    ...hires.map((date, i) => [`Persoon ${i}`, i % 2 ? "ICT" : "HR", date]),
  ];

  test("'Datum in dienst' (and its fr/en/de kin) is never a birth date, whatever its values", () => {
    const guess = detectColumns(rows, { referenceDate: 20241231 });
    expect(guess.columns.find((c) => c.header === "Datum in dienst")!.role).not.toBe("birthDate");
    for (const header of [
      "Date d'entrée en service",
      "Hire date",
      "Eintrittsdatum",
      "Datum uit dienst",
      "Date de sortie",
    ]) {
      const renamed = [[...rows[0]!.slice(0, 2), header], ...rows.slice(1)];
      expect(detectColumns(renamed, { referenceDate: 20241231 }).columns[2]!.role).not.toBe("birthDate");
    }
  });

  test("an unnamed date column is a birth date only when most values give staff ages of 16 to 70", () => {
    const unnamed = [["Naam", "Dienst", "Datum"], ...rows.slice(1)];
    expect(detectColumns(unnamed, { referenceDate: 20241231 }).columns[2]!.role).not.toBe("birthDate");
    const births = Array.from(
      { length: 40 },
      (_, i) => `${String(1 + (i % 28)).padStart(2, "0")}/0${1 + (i % 9)}/${1960 + i}`,
    );
    const real = [["Naam", "Dienst", "Datum"], ...births.map((date, i) => [`Persoon ${i}`, "HR", date])];
    expect(detectColumns(real, { referenceDate: 20241231 }).columns[2]!.role).toBe("birthDate");
  });

  test("a header that says birth date keeps the role, even with odd values (the recode then warns)", () => {
    const named = [["Naam", "Dienst", "Geboortedatum"], ...rows.slice(1)];
    expect(detectColumns(named, { referenceDate: 20241231 }).columns[2]!.role).toBe("birthDate");
  });
});
