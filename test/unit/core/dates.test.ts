import {
  applyRecode,
  type AgeBandScheme,
  dateFromExcelSerial,
  excelSerialFromDate,
  formatIso,
  parseAgeScheme,
  parseDate,
  parseIsoDate,
  reasonsText,
  reasonText,
  stamp,
} from "../../../src/core";
import { dateReadingOf } from "../../../src/core/recode/apply";

const iso = (cell: unknown) => {
  const r = parseDate(cell);
  return r.ok ? formatIso(r.value) : r.reason;
};

describe("dates from Excel serials (1900 system)", () => {
  test("serial 1 is 1 January 1900", () => expect(iso(1)).toBe("1900-01-01"));
  test("serial 59 is 28 February 1900", () => expect(iso(59)).toBe("1900-02-28"));
  test("serial 60 is Excel's phantom 29 February 1900, which never was", () =>
    expect(dateFromExcelSerial(60)).toEqual({ ok: false, reason: "phantom_1900_02_29" }));
  test("serial 61 is 1 March 1900", () => expect(iso(61)).toBe("1900-03-01"));
  test("serial 25569 is 1 January 1970", () => expect(iso(25569)).toBe("1970-01-01"));
  test("serial 29281 is 1 March 1980, the day after 29 February 1980 (29280)", () => {
    expect(iso(29280)).toBe("1980-02-29");
    expect(iso(29281)).toBe("1980-03-01");
  });
  test("a time of day is dropped", () => expect(iso(45291.75)).toBe("2023-12-31"));
  test("zero, negatives and serials past 9999 are not dates", () => {
    expect(iso(0)).toBe("not_a_date");
    expect(iso(-5)).toBe("not_a_date");
    expect(iso(2958466)).toBe("not_a_date");
    expect(iso(2958465)).toBe("9999-12-31");
  });
  test("excelSerialFromDate is the inverse, both sides of the phantom day", () => {
    for (const s of [1, 59, 61, 25569, 29280, 45291, 2958465]) {
      const d = dateFromExcelSerial(s);
      expect(d.ok && excelSerialFromDate(d.value)).toBe(s);
    }
  });
});

describe("dates from text, day first as in Belgium", () => {
  test.each([
    ["29/02/1980", "1980-02-29"],
    ["1-3-1975", "1975-03-01"],
    ["7.11.1969", "1969-11-07"],
    [" 31/12/1969 ", "1969-12-31"],
    ["1980-02-29", "1980-02-29"],
    ["1980-02-29T00:00:00", "1980-02-29"],
    ["1980-02-29 13:45", "1980-02-29"],
    ["1980-02-29T00:00:00.000Z", "1980-02-29"],
    ["19800229", "1980-02-29"],
  ])("%s is %s", (text, expected) => expect(iso(text)).toBe(expected));

  test("an 8-digit number is yyyymmdd, never a serial", () => expect(iso(19691231)).toBe("1969-12-31"));
  test("a serial kept as text is read as a serial", () => expect(iso("29281")).toBe("1980-03-01"));
  test("two-digit years are reported, not guessed", () => expect(iso("01/02/63")).toBe("two_digit_year"));
  test("dates that do not exist are reported", () => {
    expect(iso("29/02/1981")).toBe("impossible_date");
    expect(iso("31/04/1990")).toBe("impossible_date");
    expect(iso("12/13/1990")).toBe("impossible_date"); // month first is not Belgian order
  });
  test("JS Dates give their UTC calendar day", () => expect(iso(new Date(Date.UTC(1980, 1, 29)))).toBe("1980-02-29"));
  test("empty cells, Excel errors and other things give reasons", () => {
    expect(iso("")).toBe("empty");
    expect(iso(null)).toBe("empty");
    expect(iso("#N/A")).toBe("excel_error");
    expect(iso({ error: "#REF!" })).toBe("excel_error");
    expect(iso("gisteren")).toBe("not_a_date");
    expect(iso(true)).toBe("not_a_date");
    expect(iso(new Date(Number.NaN))).toBe("not_a_date");
  });
  test("a reference date is ISO text", () => {
    expect(parseIsoDate("2024-12-31")).toEqual({ ok: true, value: stamp(2024, 12, 31) });
    expect(parseIsoDate("31/12/2024").ok).toBe(false);
  });
});

/** A birth-date column recoded into two age bands on 31/12/2024. */
const recodeBirthDates = (column: string[] | (string | number)[]) =>
  applyRecode(
    { headers: ["Geboortedatum"], columns: [column], rowCount: column.length, firstRowNumber: 2 },
    {
      referenceDate: stamp(2024, 12, 31),
      recodes: [
        {
          kind: "age",
          source: 0,
          input: "birthDate",
          scheme: (parseAgeScheme("custom:45") as { value: AgeBandScheme }).value,
        },
      ],
    },
  ).columns[0]!;

describe("dates as Belgian exports write them (issue 15)", () => {
  test.each([
    ["1 januari 1980", 19800101],
    ["1er janvier 1980", 19800101],
    ["1. Januar 1980", 19800101],
    ["01-JAN-1980", 19800101],
    ["January 1, 1980", 19800101],
    ["15 mars 1975", 19750315],
    ["3 mei 1990", 19900503],
    ["28 févr. 1966", 19660228],
    ["7 Oktober 1971", 19711007],
  ])("%s is a date with a month name", (text, day) => {
    expect(parseDate(text)).toEqual({ ok: true, value: day });
  });

  test("a month name with a two-digit year is reported, not guessed", () => {
    expect(parseDate("1 janvier 80")).toEqual({ ok: false, reason: "two_digit_year" });
  });

  test("a column whose values prove month first is read month first, every ambiguous value too", () => {
    const column = ["12/31/1980", "03/04/1980", "07/25/1975", 29000];
    const reading = dateReadingOf(column);
    expect(reading).toEqual({ order: "monthFirst", dayFirst: 0, monthFirst: 2 });
    const recoded = recodeBirthDates(column);
    expect(recoded.dateReading).toEqual(reading);
    expect(recoded.invalid).toEqual([]); // 12/31/1980 is no longer "impossible"
  });

  test("a column of day-first proof reads 03/04/1980 as 3 April; mixed evidence leaves the undecidable unknown", () => {
    expect(dateReadingOf(["31/12/1980", "03/04/1980"]).order).toBe("dayFirst");
    const column = ["31/12/1980", "12/31/1980", "03/04/1980", "05/05/1980"];
    expect(dateReadingOf(column)).toEqual({ order: "mixed", dayFirst: 1, monthFirst: 1 });
    const recoded = recodeBirthDates(column);
    // 03/04 could be either: reported by row; 05/05 is the same either way and 31/12, 12/31 prove themselves.
    expect(recoded.invalid.map((i) => [i.value, i.reason])).toEqual([["03/04/1980", "ambiguous_date_order"]]);
  });
});

describe("why birth dates are unreadable, said per reason", () => {
  test("five bad dates with three reasons: each reason with its count and first row, not the first one's for all", () => {
    const invalid = [
      { row: 96, reason: "two_digit_year" as const },
      { row: 120, reason: "impossible_date" as const },
      { row: 131, reason: "two_digit_year" as const },
      { row: 140, reason: "not_a_date" as const },
      { row: 150, reason: "impossible_date" as const },
    ];
    const text = reasonsText(invalid, "en");
    expect(text.split("; ")).toHaveLength(3);
    expect(text).toMatch(
      /^two-digit year.* \(2 ×, first on row 96\); .*\(2 ×, first on row 120\); .*\(1 ×, first on row 140\)$/i,
    );
    // One reason only: said once, as before.
    expect(reasonsText(invalid.slice(0, 1), "nl")).toBe(reasonText("two_digit_year", "nl"));
  });
});
