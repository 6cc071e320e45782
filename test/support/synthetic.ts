/**
 * Synthetic personnel rows for benchmarks and tests: deterministic from a seed, with the mixed forms a
 * real export has (serial and text birth dates, nationalities as words in four languages, ISO and NIS
 * codes). No real person is in it; the INSZ numbers are built to pass the check, from made-up dates.
 */
import { excelSerialFromDate, makeInsz, stamp, type CellValue, type Table } from "../../src/core";
import { rng } from "./rng";

export { rng };

const NATIONALITIES = [
  ...Array<string | number>(60).fill("Belg"),
  ...Array<string | number>(15).fill("Belgische"),
  ...Array<string | number>(10).fill("belge"),
  ...Array<string | number>(10).fill(150),
  "BE",
  "Marokkaanse",
  "marocaine",
  "MA",
  "Turkse",
  "turque",
  "Turkish",
  "Nederlandse",
  "NL",
  "française",
  "Frans",
  "Italiaanse",
  "italienne",
  "Roemeense",
  "roumaine",
  "RO",
  "Poolse",
  "PL",
  "Spaanse",
  "Duitse",
  "Congolese",
  "congolaise",
  "Kameroense",
  "Syrische",
  "Afghaanse",
  "Algerijnse",
  "Tunesische",
  "Russische",
  "Oekraïense",
  "Bulgaarse",
  "Portugese",
  "Griekse",
  "Braziliaanse",
  "Chinese",
  "Indiase",
  111,
  129,
  103,
  139,
  128,
  "onbekend",
  "",
  "staatloos",
  "Atlantis",
];
const DEPARTMENTS = Array.from({ length: 50 }, (_, i) => `Dienst ${String(i + 1).padStart(2, "0")}`);
const LEVELS = ["A", "B", "C", "D", "E"];
const FIRST_NAMES = ["Sofie", "Mohamed", "Lotte", "Yusuf", "Marie", "Jan", "Fatima", "Pieter", "Elif", "Luc"];
const LAST_NAMES = [
  "Peeters",
  "Janssens",
  "El Amrani",
  "Yilmaz",
  "Dubois",
  "Maes",
  "Nowak",
  "Lambert",
  "Diallo",
  "Claes",
];
const SEXES = ["M", "V", "man", "vrouw", "F", "X"];
const STATUSES = ["statutair", "contractueel", "mandaat"];

export const SYNTHETIC_HEADERS = [
  "Naam",
  "INSZ",
  "Geboortedatum",
  "Geslacht",
  "Nationaliteit",
  "Dienst",
  "Niveau",
  "Statuut",
];

export interface SyntheticColumns {
  headers: string[];
  columns: CellValue[][];
  rowCount: number;
}

/** As a core Table (first data row is Excel row 2). */
export function syntheticTable(rowCount: number, seed = 2024, withInsz = true, departmentCount = 12): Table {
  const staff = syntheticStaff(rowCount, seed, withInsz, departmentCount);
  return { headers: staff.headers, columns: staff.columns, rowCount, firstRowNumber: 2 };
}

/** Column-major synthetic staff: rowCount rows, birth dates between 1955 and 2006. */
export function syntheticStaff(
  rowCount: number,
  seed = 2024,
  withInsz = false,
  departmentCount = 50,
): SyntheticColumns {
  const next = rng(seed);
  const departments = DEPARTMENTS.slice(0, departmentCount);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const columns: CellValue[][] = SYNTHETIC_HEADERS.map(() => new Array<CellValue>(rowCount));
  for (let r = 0; r < rowCount; r++) {
    const y = 1955 + Math.floor(next() * 51);
    const m = 1 + Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    const date = stamp(y, m, d);
    columns[0]![r] = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    columns[1]![r] = withInsz ? makeInsz(y, m, d, 1 + Math.floor(next() * 997)) : "";
    // Two birth dates in three are Excel serials, one is text, as in exports mixed from several sources.
    columns[2]![r] =
      next() < 0.67 ? excelSerialFromDate(date) : `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
    columns[3]![r] = pick(SEXES);
    columns[4]![r] = pick(NATIONALITIES);
    columns[5]![r] = pick(departments);
    columns[6]![r] = pick(LEVELS);
    columns[7]![r] = pick(STATUSES);
  }
  return { headers: SYNTHETIC_HEADERS, columns, rowCount };
}
