import {
  AGE_SCHEMES,
  ORIGIN_SCHEMES,
  applyRecode,
  bandIds,
  categoryLabel,
  excelSerialFromDate,
  membersByGroup,
  originGroupOf,
  parseAgeScheme,
  parseCountry,
  parseDate,
  recodedHeader,
  stamp,
  type Table,
} from "../../../src/core";

const END_2024 = stamp(2024, 12, 31);

function table(headers: string[], rows: unknown[][]): Table {
  return {
    headers,
    columns: headers.map((_, c) => rows.map((r) => r[c] as never)),
    rowCount: rows.length,
    firstRowNumber: 2,
  };
}

describe("age band schemes", () => {
  test("the default bands are 0-24, 25-34, 35-44, 45-54, 55+", () =>
    expect(bandIds(AGE_SCHEMES.default)).toEqual(["0-24", "25-34", "35-44", "45-54", "55+"]));
  test("flemish and two", () => {
    expect(bandIds(AGE_SCHEMES.flemish)).toEqual(["0-34", "35-44", "45-54", "55+"]);
    expect(bandIds(AGE_SCHEMES.two)).toEqual(["0-44", "45+"]);
  });
  test("custom bounds are checked: ascending whole years", () => {
    expect(parseAgeScheme("custom:26,56")).toMatchObject({
      ok: true,
      value: { id: "custom:26,56", lowerBounds: [26, 56] },
    });
    expect(parseAgeScheme("custom:35,25")).toEqual({ ok: false, reason: "age_scheme_not_ascending" });
    expect(parseAgeScheme("custom:25,25")).toEqual({ ok: false, reason: "age_scheme_not_ascending" });
    expect(parseAgeScheme("custom:24.5")).toEqual({ ok: false, reason: "age_scheme_not_whole" });
    expect(parseAgeScheme("custom:")).toEqual({ ok: false, reason: "age_scheme_empty" });
    expect(parseAgeScheme("custom:0,30")).toEqual({ ok: false, reason: "age_scheme_range" });
    expect(parseAgeScheme("oldest")).toEqual({ ok: false, reason: "age_scheme_unknown" });
    expect(parseAgeScheme("flemish")).toEqual({ ok: true, value: AGE_SCHEMES.flemish });
  });
  test("labels read naturally in each language", () => {
    expect(categoryLabel("age", "0-24", "nl")).toBe("Jonger dan 25 jaar");
    expect(categoryLabel("age", "25-34", "fr")).toBe("25-34 ans");
    expect(categoryLabel("age", "55+", "nl")).toBe("55 jaar en ouder");
  });
});

describe("origin schemes", () => {
  const group = (word: string, scheme: keyof typeof ORIGIN_SCHEMES) => {
    const c = parseCountry(word);
    return c.ok ? originGroupOf(c.value, ORIGIN_SCHEMES[scheme]) : c.reason;
  };
  test('"marocaine" is MA, then non_european in the four-group scheme', () => {
    expect(parseCountry("marocaine")).toEqual({ ok: true, value: "MA" });
    expect(group("marocaine", "four")).toBe("non_european");
    expect(group("marocaine", "detailed")).toBe("maghreb");
  });
  test('"turque" is TR, then european in the four-group scheme (and other European in detail)', () => {
    expect(group("turque", "four")).toBe("european");
    expect(group("turque", "detailed")).toBe("europe_other");
    expect(group("turque", "eu")).toBe("non_eu");
  });
  test("the explicit lists beat the continent library, which puts Russia in Asia", () => {
    expect(group("Russische", "detailed")).toBe("europe_other");
    expect(group("Syrische", "detailed")).toBe("near_middle_east");
    expect(group("Congo-Kinshasa", "detailed")).toBe("africa_other");
    expect(group("Brazilië", "detailed")).toBe("americas");
    expect(group("Japan", "detailed")).toBe("asia_oceania");
  });
  test("the EU lists hold the 27 member states, with France's outermost regions and Åland", () => {
    const members = membersByGroup(ORIGIN_SCHEMES.eu);
    const territories = ["GF", "GP", "MQ", "RE", "YT", "MF", "AX"];
    const eu = [...members.get("eu")!, ...members.get("belgian")!];
    expect(eu.filter((c) => !territories.includes(c))).toHaveLength(27);
    expect(eu).toEqual(expect.arrayContaining(territories));
  });
  test("a group label that counts its member states (EU-13) counts them right, in every language", () => {
    const members = membersByGroup(ORIGIN_SCHEMES.detailed);
    const territories = ["GF", "GP", "MQ", "RE", "YT", "MF", "AX"];
    for (const lang of ["nl", "fr", "en"] as const)
      for (const [group, codes] of members) {
        const counted = /\b(?:EU|UE)-(\d+)\b/.exec(categoryLabel("origin", group, lang));
        if (counted)
          expect([group, codes.filter((c) => !territories.includes(c)).length]).toEqual([group, Number(counted[1])]);
      }
    // The members before 2004 are 13 since the United Kingdom left: their label gives no number.
    expect(members.get("eu_old")!.filter((c) => !territories.includes(c))).toHaveLength(13);
  });
  test("labels come from the catalogues", () => {
    expect(categoryLabel("origin", "non_european", "nl")).toBe("Niet-Europees");
    expect(categoryLabel("origin", "eu_old", "fr")).toBe("Autres États membres de l’UE d’avant 2004");
    expect(recodedHeader("origin", "nl")).toBe("Nationaliteitsgroep");
    expect(recodedHeader("age", "fr")).toBe("Classe d’âge");
    expect(recodedHeader("group", "nl", "Dienst")).toBe("Dienst (groep)");
  });
});

describe("applyRecode", () => {
  const rows = [
    ["29/02/1980", "Marokkaanse", "ICT"],
    [excelSerialFromDate(stamp(1970, 1, 1)), "Belg", "ICT"],
    [excelSerialFromDate(stamp(1969, 12, 31)), "turque", "HR"],
    ["01/02/63", "Atlantis", "HR"],
    ["", "", "Juridische dienst"],
    ["#N/A", "atlantis", ""],
    [new Date(Date.UTC(1999, 5, 1)), 150, "ICT"],
    ["01/01/2030", "Congolese", "Financiën"],
  ];
  const data = table(["Geboortedatum", "Nationaliteit", "Dienst"], rows);

  const result = applyRecode(data, {
    referenceDate: END_2024,
    recodes: [
      { kind: "age", source: 0, input: "birthDate", scheme: AGE_SCHEMES.default },
      { kind: "origin", source: 1, scheme: ORIGIN_SCHEMES.four },
      { kind: "group", source: 2, grouping: { map: { "Juridische dienst": "Staf", Financiën: "Staf" } } },
    ],
  });
  const [age, origin, dept] = result.columns;
  const values = (c: typeof age) => Array.from(c!.codes, (i) => c!.categories[i]);

  test("age bands per row; bad cells become unknown and are listed by Excel row and reason", () => {
    expect(values(age)).toEqual(["35-44", "45-54", "55+", "unknown", "unknown", "unknown", "25-34", "unknown"]);
    expect(age!.counts).toEqual({ "0-24": 0, "25-34": 1, "35-44": 1, "45-54": 1, "55+": 1, unknown: 4 });
    expect(age!.invalid).toEqual([
      { row: 5, value: "01/02/63", reason: "two_digit_year" },
      { row: 7, value: "#N/A", reason: "excel_error" },
      { row: 9, value: "01/01/2030", reason: "birth_in_future" },
    ]);
    expect(age!.unknown).toEqual([{ value: "", count: 1, reason: "empty" }]);
  });

  test("origin groups per row; every value that went to unknown is listed with its count", () => {
    expect(values(origin)).toEqual([
      "non_european",
      "belgian",
      "european",
      "unknown",
      "unknown",
      "unknown",
      "belgian",
      "non_european",
    ]);
    // "Atlantis" and "atlantis" are listed as written; the ambiguous "Congolese" is placed, both Congos being African.
    expect(origin!.unknown).toEqual([
      { value: "", count: 1, reason: "empty" },
      { value: "atlantis", count: 1, reason: "not_recognised" },
      { value: "Atlantis", count: 1, reason: "not_recognised" },
    ]);
    expect(origin!.invalid).toEqual([]);
  });

  test("the analyst's answers place values the lookup could not", () => {
    const answered = applyRecode(data, {
      referenceDate: END_2024,
      recodes: [{ kind: "origin", source: 1, scheme: ORIGIN_SCHEMES.detailed, overrides: { Atlantis: "GR" } }],
    });
    expect(answered.columns[0]!.counts["eu_old"]).toBe(2);
    expect(answered.columns[0]!.unknown.map((u) => u.value)).toEqual([""]);
  });

  test("own groupings map values, keep the rest, and report empties", () => {
    expect(values(dept)).toEqual(["ICT", "ICT", "HR", "HR", "Staf", "unknown", "ICT", "Staf"]);
    expect(dept!.categories).toEqual(["HR", "ICT", "Staf", "unknown"]);
  });

  test('"merge groups under n into other" folds the small groups', () => {
    const merged = applyRecode(data, {
      referenceDate: END_2024,
      recodes: [{ kind: "group", source: 2, grouping: { mergeUnder: 3 } }],
    }).columns[0]!;
    expect(merged.counts).toEqual({ ICT: 3, other: 4, unknown: 1 });
  });

  test("the table is never changed", () => {
    expect(data.columns[0]![0]).toBe("29/02/1980");
    expect(data.columns[1]![5]).toBe("atlantis");
  });

  test("a plan naming a column the table lacks is a programming error, said plainly", () => {
    expect(() =>
      applyRecode(data, {
        referenceDate: END_2024,
        recodes: [{ kind: "age", source: 9, input: "age", scheme: AGE_SCHEMES.two }],
      }),
    ).toThrow(/column 9/);
  });
});

/** Issue 22: values from real exports, written from the review, not from the parser's word lists. */
describe("values the language review found", () => {
  test.each([
    ["Marocain(e)", "MA"],
    ["Belg(e)", "BE"],
    ["BE-Belgisch", "BE"],
    ["150-Belgique", "BE"],
    ["DR Congo", "CD"],
    ["Iraaks", "IQ"],
    ["Noord-Macedonië", "MK"],
    ["Macédoine du Nord", "MK"],
    ["North Macedonia", "MK"],
    ["Nordmazedonien", "MK"],
    ["Noord-Macedonisch", "MK"],
    ["nord-macédonienne", "MK"],
    ["Guyane", "GF"],
    ["guyanais", "GF"],
    ["Guyana", "GY"],
    ["guyanien", "GY"],
  ])("%j is %s", (value, code) => {
    expect(parseCountry(value)).toEqual({ ok: true, value: code });
  });

  test("French Guiana follows the territories rule: a member state's outermost region, so EU", () => {
    const group = (v: string) => {
      const c = parseCountry(v);
      return c.ok ? originGroupOf(c.value, ORIGIN_SCHEMES.detailed) : c.reason;
    };
    expect(group("Guyane")).toBe("eu_old");
    expect(group("guyanaise")).toBe("eu_old");
    expect(group("Guyana")).toBe("americas");
  });

  test("a birth date with the midnight time an export adds is a date", () => {
    expect(parseDate("15/03/1980 00:00:00")).toEqual({ ok: true, value: stamp(1980, 3, 15) });
    expect(parseDate("15/03/1980 00:00")).toEqual({ ok: true, value: stamp(1980, 3, 15) });
  });

  test("a column of ISO 3166 numeric codes is not read as NIS codes (250 is France, not Azerbaijan): each is asked", () => {
    const recode = (values: (string | number)[]) =>
      applyRecode(
        { headers: ["Land"], columns: [values], rowCount: values.length, firstRowNumber: 2 },
        {
          referenceDate: stamp(2024, 12, 31),
          recodes: [{ kind: "origin", source: 0, scheme: ORIGIN_SCHEMES.detailed }],
        },
      ).columns[0]!;
    const iso = recode(["056", 56, "056", 250, "380", "Belg"]);
    expect(iso.counts.belgian).toBe(1); // the word is read; no number is
    expect(iso.unknown.map((u) => u.reason)).toEqual(expect.arrayContaining(["iso_numeric_code"]));
    expect(iso.unknown.reduce((n, u) => n + u.count, 0)).toBe(5);
    const nis = recode([150, "150", 111, 250]);
    expect(nis.counts.belgian).toBe(2);
    expect(nis.counts.eu_old).toBe(1); // 111 France
  });
});
