import { dateInTitle, referenceFromTitle, referenceNote } from "../../../src/core";

const title = (...lines: string[]) => [...lines.map((l) => [l, null]), ["Naam", "Geboortedatum"]];

describe("the reference date from the export's title", () => {
  test.each([
    ["Personeelsexport op 31/12/2024", "2024-12-31"],
    ["Personnel au 31/12/2024", "2024-12-31"],
    ["Staff as of 31 December 2024", "2024-12-31"],
    ["Personeelsbestand per 30.06.2025 (HR)", "2025-06-30"],
    ["Personnel à la date du 1er janvier 2025", "2025-01-01"],
    ["Stand: 2024-12-31", "2024-12-31"],
  ])("%s gives %s", (text, iso) => {
    expect(dateInTitle(title(text), 1)).toEqual({ date: iso, phrase: text });
  });

  test.each([
    // A printing date is marked too ("op"), but as the day the file was made, not the data's.
    ["Afgedrukt op 03/02/2025"],
    ["Printed on 3 February 2025"],
    ["Imprimé le 03/02/2025 à 14:05"],
    ["Gegenereerd op 2025-02-03"],
    // An unmarked date says nothing of what it is (the day of the data, of the export, of printing?).
    ["Personeel 31-12-2024"],
    ["Export du 1er janvier 2025"],
  ])("%s proposes nothing", (text) => {
    expect(dateInTitle(title(text), 1)).toBeNull();
  });

  test("a marked date wins over the date the file was printed; two unmarked dates propose nothing", () => {
    expect(dateInTitle(title("Personeelsexport op 31/12/2024", "Afgedrukt op 15/01/2025"), 2)).toEqual({
      date: "2024-12-31",
      phrase: "Personeelsexport op 31/12/2024",
    });
    expect(dateInTitle(title("Periode 01/01/2024 - 31/12/2024"), 1)).toBeNull();
    expect(dateInTitle(title("Personeelsexport"), 1)).toBeNull();
    // Only rows above the header count: a birth date in the data is no title.
    expect(
      dateInTitle(
        [
          ["Naam", "Geboortedatum"],
          ["A", "01/02/1980"],
        ],
        0,
      ),
    ).toBeNull();
    // Something that only looks like a date is no date.
    expect(dateInTitle(title("Export op 31/02/2024"), 1)).toBeNull();
  });

  test("taken only over the default rule's date, and never a future day", () => {
    const today = "2026-11-27";
    expect(referenceFromTitle("2025-12-31", "2024-12-31", today)).toBe("2024-12-31");
    // The analyst chose another date: kept.
    expect(referenceFromTitle("2025-06-30", "2024-12-31", today)).toBeNull();
    expect(referenceFromTitle("2025-12-31", "2027-01-01", today)).toBeNull();
    expect(referenceFromTitle("2025-12-31", null, today)).toBeNull();
  });

  test("the doors say where the date comes from: the title's words, or the default rule when the title marks none", () => {
    const today = "2025-02-03";
    const title = { date: "2024-12-31", phrase: "Personeelsexport op 31/12/2024" };
    expect(referenceNote("2024-12-31", title, today)).toEqual({
      key: "decide.referenceFromTitle",
      params: { date: "2024-12-31", phrase: "Personeelsexport op 31/12/2024" },
    });
    expect(referenceNote("2024-12-31", null, today)).toEqual({
      key: "decide.referenceDefault",
      params: { date: "2024-12-31" },
    });
    // The analyst's own choice needs no note.
    expect(referenceNote("2024-06-30", title, today)).toBeNull();
  });
});
