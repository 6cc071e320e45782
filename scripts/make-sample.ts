/**
 * Writes assets/sample/personeel-voorbeeld.xlsx: a synthetic personnel export of 1,200 fictitious staff,
 * from a fixed seed, so the demo and the tests always see the same file. Nobody in it exists: names
 * are drawn from short lists and INSZ numbers are built to pass the check from made-up birth dates.
 * It carries what real exports carry: a title above the header, Dutch headers, birth dates as date
 * cells and as text, nationalities in mixed forms and languages (some as NIS codes), and a handful of
 * deliberate errors for the reports to show.   Run: npx tsx scripts/make-sample.ts
 */
import ExcelJS from "exceljs";
import { makeInsz } from "../src/core";
import { rng } from "../test/support/rng";

const SEED = 20241231;
const OUT = "assets/sample/personeel-voorbeeld.xlsx";

const next = rng(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const weighted = <T>(entries: readonly [T, number][]): T => {
  let x = next() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of entries) if ((x -= w) < 0) return value;
  return entries[entries.length - 1]![0];
};

// Twelve departments, a few of them small: the small-cell check needs something to find.
const DEPARTMENTS: [string, number][] = [
  ["Personeel en Organisatie", 310],
  ["Financiën", 220],
  ["Informatica", 180],
  ["Juridische Dienst", 150],
  ["Communicatie", 110],
  ["Facilitair Beheer", 80],
  ["Internationale Relaties", 60],
  ["Strategie", 40],
  ["Interne Audit", 25],
  ["Kabinet", 12],
  ["Ombudsdienst", 8],
  ["Preventiedienst", 5],
];
const LEVELS: [string, number][] = [
  ["A", 15],
  ["B", 25],
  ["C", 35],
  ["D", 25],
];
const STATUSES: [string, number][] = [
  ["statutair", 62],
  ["contractueel", 38],
];
const NATIONALITIES: [string | number, number][] = [
  ["Belg", 330],
  ["Belgische", 200],
  ["belge", 120],
  [150, 130],
  ["BE", 60],
  ["Nederlandse", 22],
  ["française", 18],
  ["Italiaanse", 14],
  ["Marokkaanse", 22],
  ["marocaine", 12],
  [122, 6],
  ["Turkse", 14],
  ["turque", 6],
  ["Roemeense", 10],
  ["Poolse", 10],
  ["Spaanse", 6],
  ["Duitse", 5],
  [111, 6],
  ["Congolese", 8],
  ["Kameroense", 5],
  ["Algerijnse", 4],
  ["Syrische", 3],
  ["Afghaanse", 2],
  ["Portugese", 5],
  ["Griekse", 3],
  ["Bulgaarse", 4],
  ["Oekraïense", 5],
  ["Braziliaanse", 2],
  ["Chinese", 2],
  ["Indiase", 3],
];
const FIRST = {
  M: ["Jan", "Pieter", "Mohamed", "Luc", "Yusuf", "Thomas", "Karim", "Bart", "Mehmet", "Arnaud", "Wim", "Tomasz"],
  F: ["Sofie", "Lotte", "Fatima", "Marie", "Elif", "An", "Nadia", "Els", "Ioana", "Julie", "Ayse", "Katrien"],
};
const LAST = [
  "Peeters",
  "Janssens",
  "Maes",
  "Jacobs",
  "Mertens",
  "Willems",
  "Claes",
  "Goossens",
  "Wouters",
  "De Smet",
  "El Amrani",
  "Yilmaz",
  "Dubois",
  "Lambert",
  "Nowak",
  "Popescu",
  "Diallo",
  "Rossi",
  "Dupont",
  "Vermeulen",
];

const rows: (string | number | Date | { error: string } | null)[][] = [];
let id = 1000;
for (const [department, size] of DEPARTMENTS) {
  for (let i = 0; i < size; i++) {
    const sex = next() < 0.52 ? "V" : "M";
    const year = 1960 + Math.floor(next() * 42);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const serial = 1 + 2 * Math.floor(next() * 498) + (sex === "M" ? 0 : 1); // odd for men, even for women
    const birth =
      next() < 0.7
        ? new Date(Date.UTC(year, month - 1, day))
        : next() < 0.8
          ? `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`
          : `${day}.${month}.${year}`;
    rows.push([
      `P${id++}`,
      `${pick(FIRST[sex === "M" ? "M" : "F"])} ${pick(LAST)}`,
      makeInsz(year, month, day, serial),
      birth,
      sex,
      weighted(NATIONALITIES),
      department,
      weighted(LEVELS),
      weighted(STATUSES),
      new Date(Date.UTC(2000 + Math.floor(next() * 24), Math.floor(next() * 12), 1)),
    ]);
  }
}
// Deliberate errors, spread through the file, for the reports to show.
const at = (n: number) => rows[Math.floor((n * rows.length) / 13)]!;
at(1)[3] = "12/05/78"; // two-digit year
at(2)[3] = "03/11/71";
at(3)[3] = new Date(Date.UTC(2031, 0, 15)); // in the future
at(4)[3] = "31/02/1985"; // does not exist
at(5)[3] = { error: "#N/A" };
at(6)[2] = "85073003329"; // wrong check digits
at(7)[2] = "7205141234"; // ten digits
at(8)[5] = "Atlantisch"; // no such nationality
at(9)[5] = "?";
at(10)[5] = "onbekend";
at(11)[5] = "staatloos";
at(12)[5] = 130; // NIS code of Czechoslovakia: historical, not listed

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Diversity Request (synthetic sample)";
  workbook.created = new Date(Date.UTC(2025, 0, 6));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("Personeel");
  sheet.addRow(["Personeelsexport op 31/12/2024: synthetisch voorbeeld, fictieve personen"]).font = {
    bold: true,
    size: 13,
  };
  sheet.addRow([]);
  const header = sheet.addRow([
    "Personeelsnummer",
    "Naam",
    "Rijksregisternummer",
    "Geboortedatum",
    "Geslacht",
    "Nationaliteit",
    "Dienst",
    "Niveau",
    "Statuut",
    "Datum in dienst",
  ]);
  header.font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(4).numFmt = "dd/mm/yyyy";
  sheet.getColumn(10).numFmt = "dd/mm/yyyy";
  sheet.getColumn(3).numFmt = "@";
  [16, 22, 20, 14, 10, 16, 26, 8, 14, 14].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: "frozen", ySplit: 3 }];
  await workbook.xlsx.writeFile(OUT);
  console.log(`${OUT}: ${rows.length} synthetic staff`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
