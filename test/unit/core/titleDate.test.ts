import { dateInTitle, referenceFromTitle } from "../../../src/core";

const title = (...lines: string[]) => [...lines.map((l) => [l, null]), ["Naam", "Geboortedatum"]];

describe("the reference date from the export's title", () => {
  test.each([
    ["Personeelsexport op 31/12/2024", "2024-12-31"],
    ["Personnel au 31/12/2024", "2024-12-31"],
    ["Staff as of 31 December 2024", "2024-12-31"],
    ["Personeelsbestand per 30.06.2025 (HR)", "2025-06-30"],
    ["Export du 1er janvier 2025", "2025-01-01"],
    ["Stand: 2024-12-31", "2024-12-31"],
    // The only date of the title, unmarked.
    ["Personeel 31-12-2024", "2024-12-31"],
  ])("%s gives %s", (text, iso) => {
    expect(dateInTitle(title(text), 1)).toBe(iso);
  });

  test("a marked date wins over the date the file was printed; two unmarked dates propose nothing", () => {
    expect(dateInTitle(title("Personeelsexport op 31/12/2024", "Afgedrukt 15/01/2025"), 2)).toBe("2024-12-31");
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
});
