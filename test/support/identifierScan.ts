/**
 * An identifier scan of a written .xlsx, written apart from the product's own screen: every cell of
 * every sheet is read back with ExcelJS and searched for what the input holds about persons (its INSZ
 * in any format with a valid check, its names, its birth dates in the forms a sheet could show).
 */
import ExcelJS from "exceljs";
import { parseInsz } from "../../src/core";

export interface Identifiers {
  insz: string[];
  names: string[];
  /** yyyy-mm-dd */
  birthDates: string[];
  sheets: string[];
}

/** What the input holds about persons, read from its header names (the sample's and the synthetic's). */
export async function identifiersOf(file: string): Promise<Identifiers> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const out: Identifiers = { insz: [], names: [], birthDates: [], sheets: book.worksheets.map((w) => w.name) };
  for (const sheet of book.worksheets) {
    let header: string[] | null = null;
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (!header) {
        if (values.some((v) => /rijksregister|insz|naam|geboorte/i.test(String(v ?? "")))) header = values.map(String);
        return;
      }
      values.forEach((v, i) => {
        const h = header![i] ?? "";
        if (v === null || v === undefined || v === "") return;
        if (/rijksregister|insz/i.test(h)) out.insz.push(String(v).replace(/\D/g, ""));
        else if (/naam|name|nom/i.test(h)) out.names.push(String(v));
        else if (/geboorte/i.test(h) && v instanceof Date) out.birthDates.push(v.toISOString().slice(0, 10));
      });
    });
  }
  return out;
}

/** Every finding of a person's data in the file: empty when it holds none. */
export async function scanForIdentifiers(file: string, known: Identifiers): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const findings: string[] = [];
  const names = new Set(known.names.filter((n) => n.length >= 5));
  const dates = new Set(known.birthDates);
  const dateForms = (iso: string) => {
    const [y, m, d] = iso.split("-");
    return [iso, `${d}/${m}/${y}`, `${d}-${m}-${y}`, `${d}.${m}.${y}`];
  };
  const dateTexts = new Set([...dates].flatMap(dateForms));
  for (const sheet of book.worksheets) {
    if (known.sheets.includes(sheet.name)) findings.push(`sheet of the export: ${sheet.name}`);
    sheet.eachRow((row, r) => {
      (row.values as unknown[]).slice(1).forEach((v, c) => {
        if (v === null || v === undefined) return;
        const where = `${sheet.name}!R${r}C${c + 1}`;
        if (v instanceof Date && dates.has(v.toISOString().slice(0, 10))) findings.push(`birth date at ${where}`);
        const text = typeof v === "object" ? JSON.stringify(v) : String(v);
        for (const m of text.matchAll(/\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}/g)) {
          if (parseInsz(m[0]).ok) findings.push(`INSZ ${m[0]} at ${where}`);
        }
        for (const name of names) if (text.includes(name)) findings.push(`name ${name} at ${where}`);
        for (const d of dateTexts) if (text.includes(d)) findings.push(`birth date ${d} at ${where}`);
      });
    });
  }
  return findings;
}
