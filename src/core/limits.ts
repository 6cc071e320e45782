/**
 * The limits the product keeps, stated once and enforced before the work: each has its own message
 * (`limit.<name>` in the catalogues), so a file beyond one is refused in words, never by a crash, a
 * hang or a file half-written.
 */
export const LIMITS = {
  /** Excel's rows per sheet: a file claiming more is not one Excel wrote. */
  rows: 1_048_576,
  /** Excel's columns per sheet (A to XFD): the recoded columns must fit beside the data. */
  columns: 16_384,
  /** Excel keeps at most this many characters in a cell. */
  cellText: 32_767,
  /** Groups of one variable in a table: more cannot be read (or protected) as a table. */
  categoriesPerDimension: 1_000,
  /** Tables of one request, and variables crossed in one table. */
  tablesPerRequest: 30,
  dimensionsPerTable: 5,
  /** An answers file is a few kilobytes. */
  answersBytes: 1024 * 1024,
  /**
   * An .xlsx unzipped: a million rows of nine columns is about 400 MB of XML. Over either bound the
   * file is refused before it is read (a zip bomb expands a few MB into gigabytes).
   */
  unzippedBytes: 2 * 1024 ** 3,
  /** Sheet XML compresses about 5-20 times; a part that expands 200 times is not a spreadsheet. */
  compressionRatio: 200,
} as const;

/** Limits enforced by refusing the work (the answers file's size has its own message at the door). */
export type LimitName = Exclude<keyof typeof LIMITS, "answersBytes">;

/** A limit the input or the request goes beyond: which one, by how much, and where. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: LimitName,
    readonly actual: number,
    /** What is too large, in the user's words: a sheet, a column header, a file. */
    readonly subject = "",
  ) {
    super(`${limit}: ${actual} over ${LIMITS[limit]}${subject ? ` (${subject})` : ""}`);
    this.name = "LimitExceeded";
  }
}

/** Text cut to what a cell holds, with an ellipsis so the cut shows. */
export function fitCell(text: string): string {
  return text.length <= LIMITS.cellText ? text : `${text.slice(0, LIMITS.cellText - 1)}…`;
}
