/**
 * A scan for identifiers in written workbooks that shares no code with the product (issue 21): its own
 * INSZ check (mod 97, both centuries), its own digit folding, its own month names. It knows the persons
 * planted in the input and looks, in every cell of every sheet but the data sheet, for their INSZ
 * digits (also without a leading zero), their surname as a word, their birth date in digits or words,
 * any e-mail address and any valid INSZ at all.
 */
import ExcelJS from "exceljs";
import type { Person } from "./identifierCorpus";

/** Digits as ASCII, whatever their width or script: full-width, Arabic-Indic (both), Devanagari, mathematical. */
function asciiDigits(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (c) => String(c.charCodeAt(0) - 0xff10))
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u0966-\u096f]/g, (c) => String(c.charCodeAt(0) - 0x0966))
    .replace(/[\u{1d7ce}-\u{1d7ff}]/gu, (c) => String((c.codePointAt(0)! - 0x1d7ce) % 10));
}

/** Cyrillic and Greek letters that look Latin, as a reader would read them (written here, by eye). */
const LOOKALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ɡ: "g",
  ο: "o",
  α: "a",
  ν: "v",
  ρ: "p",
  ι: "i",
  κ: "k",
  τ: "t",
};

/** Letters without accents, lower case, lookalikes read as the Latin letter they copy, nothing invisible. */
function plainLetters(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, "")
    .toLowerCase()
    .replace(/[^\x00-\x7f]/g, (c) => LOOKALIKES[c] ?? c);
}

/** Months in Roman numerals. */
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

/** The INSZ check: 97 - (first nine digits mod 97), with 2 prefixed for births from 2000. */
export function validInsz(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const body = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (body % 97) === check || 97 - ((2_000_000_000 + body) % 97) === check;
}

/** A valid INSZ for a birth date and serial, computed here (not by the product). */
export function inszFor(year: number, month: number, day: number, serial: number): string {
  const body = `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}${String(serial).padStart(3, "0")}`;
  const base = year >= 2000 ? 2_000_000_000 + Number(body) : Number(body);
  return `${body}${String(97 - (base % 97)).padStart(2, "0")}`;
}

const MONTH_WORDS = [
  ["januari", "janvier", "january", "jan"],
  ["februari", "fevrier", "february", "feb"],
  ["maart", "mars", "march", "mar"],
  ["april", "avril", "apr"],
  ["mei", "mai", "may"],
  ["juni", "juin", "june", "jun"],
  ["juli", "juillet", "july", "jul"],
  ["augustus", "aout", "august", "aug"],
  ["september", "septembre", "sep"],
  ["oktober", "octobre", "october", "oct"],
  ["november", "novembre", "nov"],
  ["december", "decembre", "dec"],
];

/** The text of a cell as a reader sees it (rich text and formulas as their parts). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Every place outside the skipped sheets where a planted person, an e-mail or any valid INSZ shows. */
export async function scanWorkbook(
  file: string,
  persons: readonly Person[],
  skipSheets: readonly string[],
): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const found: string[] = [];
  for (const sheet of book.worksheets) {
    if (skipSheets.includes(sheet.name)) continue;
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const text = cellText(cell.value);
        const where = `${sheet.name}!${cell.address}`;
        const ascii = asciiDigits(text);
        const digits = ascii.replace(/\D/g, "");
        const letters = plainLetters(text);
        if (/@[^\s@]+\.[a-z]{2,}/i.test(text)) found.push(`e-mail at ${where}: ${text}`);
        for (const run of ascii.match(/\d[\d\s.\-_/\u2010-\u2015\u00a0\u202f]*\d/g) ?? []) {
          const d = run.replace(/\D/g, "");
          for (let i = 0; i + 11 <= d.length; i++)
            if (validInsz(d.slice(i, i + 11))) found.push(`INSZ at ${where}: ${text}`);
        }
        for (const p of persons) {
          const tag = `${p.first} ${p.last}`;
          if (digits.includes(p.insz) || (p.insz.startsWith("0") && digits.includes(p.insz.slice(1))))
            found.push(`INSZ of ${tag} at ${where}: ${text}`);
          if (new RegExp(`(^|[^a-z])${plainLetters(p.last)}([^a-z]|$)`).test(letters))
            found.push(`name of ${tag} at ${where}: ${text}`);
          const [d, m, y] = [String(p.day).padStart(2, "0"), String(p.month).padStart(2, "0"), String(p.year)];
          const numeric = [`${d}${m}${y}`, `${y}${m}${d}`, `${d}${m}${y.slice(2)}`, `${p.day}${p.month}${y}`];
          const words = [...MONTH_WORDS[p.month - 1]!, ROMAN[p.month - 1]!];
          const worded = words.some(
            (w) =>
              new RegExp(`(^|\\D)0?${p.day}\\D{0,4}\\b${w}\\D{0,3}(${y}|${y.slice(2)})`).test(letters) ||
              // Month first: "Aug 10, 1964".
              new RegExp(`\\b${w}[a-z]*\\.?\\s+0?${p.day}\\D{0,4}${y}`).test(letters),
          );
          if (numeric.some((n) => digits.includes(n)) || worded)
            found.push(`birth date of ${tag} at ${where}: ${text}`);
        }
      }),
    );
  }
  return found;
}
