/**
 * Deliveries as the KSZ might write them, from tables whose counts are known: for the reader's tests.
 * The labels are written here by hand, as a statistician would type them (nl, fr, en, and the usual
 * variants), not taken from the product's catalogues, so the reader is tested against another source.
 */
import type { CellValue } from "../../src/core";

export type Lang = "nl" | "fr" | "en";

export interface KnownCell {
  key: Record<string, string>;
  count: number;
  /** Published, or hidden by the KSZ. */
  hidden: boolean;
}

export interface KnownTable {
  dimensions: readonly string[];
  categories: Readonly<Record<string, readonly string[]>>;
  kinds: Readonly<Record<string, "age" | "origin" | "sex" | "group">>;
  /** Every cell, margins included ("total" for a dimension's total). */
  cells: readonly KnownCell[];
}

export interface DeliveryForm {
  layout: "wide" | "transposed" | "long" | "pivot";
  lang: Lang;
  /** The usual variants ("25 à 34 ans", "Belge", "Hors Europe") rather than the product's labels. */
  variant: boolean;
  totals: boolean;
  /** How a hidden cell is written: "<5", "x", "" (a blank), ... */
  mark: string;
  title?: string;
  /** Row percentages with their base in a column "N", rather than counts. */
  shares?: "percent" | "fraction";
}

const AGE: Record<Lang, [(lo: number, hi: number) => string, (hi: number) => string, (lo: number) => string][]> = {
  nl: [
    [(lo, hi) => `${lo}-${hi} jaar`, (hi) => `Jonger dan ${hi} jaar`, (lo) => `${lo} jaar en ouder`],
    [(lo, hi) => `${lo} tot ${hi} jaar`, (hi) => `< ${hi}`, (lo) => `${lo}+`],
  ],
  fr: [
    [(lo, hi) => `${lo}-${hi} ans`, (hi) => `Moins de ${hi} ans`, (lo) => `${lo} ans et plus`],
    [(lo, hi) => `${lo} à ${hi} ans`, (hi) => `-${hi} ans`, (lo) => `${lo} ans et +`],
  ],
  en: [
    [(lo, hi) => `${lo}-${hi} years`, (hi) => `Under ${hi} years`, (lo) => `${lo} years and over`],
    [(lo, hi) => `${lo} to ${hi}`, (hi) => `<${hi}`, (lo) => `${lo} and over`],
  ],
};

const ORIGIN: Record<Lang, Record<string, [string, string]>> = {
  nl: {
    belgian: ["Belgisch", "Belg"],
    european: ["Europees", "Europa"],
    non_european: ["Niet-Europees", "Buiten Europa"],
    unknown: ["Onbekend", "Niet gekend"],
    eu: ["EU", "EU-27"],
    non_eu: ["Niet-EU", "Buiten de EU"],
  },
  fr: {
    belgian: ["Belge", "Belgique"],
    european: ["Européen", "Europe"],
    non_european: ["Non européen", "Hors Europe"],
    unknown: ["Inconnu", "Inconnue"],
    eu: ["UE", "UE-27"],
    non_eu: ["Hors UE", "Non UE"],
  },
  en: {
    belgian: ["Belgian", "Belgium"],
    european: ["European", "Europe"],
    non_european: ["Non-European", "Outside Europe"],
    unknown: ["Unknown", "Not known"],
    eu: ["EU", "EU27"],
    non_eu: ["Non-EU", "Outside the EU"],
  },
};

const SEX: Record<Lang, Record<string, [string, string]>> = {
  nl: { M: ["Mannen", "M"], F: ["Vrouwen", "V"], X: ["X", "X"] },
  fr: { M: ["Hommes", "H"], F: ["Femmes", "F"], X: ["X", "X"] },
  en: { M: ["Men", "Male"], F: ["Women", "Female"], X: ["X", "X"] },
};

const TOTAL: Record<Lang, [string, string]> = {
  nl: ["Totaal", "Algemeen totaal"],
  fr: ["Total", "Total général"],
  en: ["Total", "Grand total"],
};
const COUNT: Record<Lang, string> = { nl: "Aantal", fr: "Nombre", en: "Count" };

export function labelOf(table: KnownTable, dim: string, id: string, form: DeliveryForm): string {
  const v = form.variant ? 1 : 0;
  if (id === "total") return TOTAL[form.lang][v];
  const kind = table.kinds[dim];
  if (id === "unknown" && kind !== "group") return ORIGIN[form.lang].unknown![v];
  if (kind === "age") {
    const open = /^(\d+)\+$/.exec(id);
    const [range, under, over] = AGE[form.lang][v]!;
    if (open) return over(Number(open[1]));
    const [lo, hi] = id.split("-").map(Number);
    return lo === 0 ? under(hi! + 1) : range(lo!, hi!);
  }
  if (kind === "origin") return ORIGIN[form.lang][id]![v];
  if (kind === "sex") return SEX[form.lang][id]![v];
  return id;
}

const keyOf = (dims: readonly string[], ids: readonly string[]) => dims.map((d, i) => `${d}=${ids[i]}`).join("|");

/** One table as rows of cells, in the form asked. */
export function tableGrid(table: KnownTable, form: DeliveryForm): CellValue[][] {
  const byKey = new Map(
    table.cells.map((c) => [
      keyOf(
        table.dimensions,
        table.dimensions.map((d) => c.key[d]!),
      ),
      c,
    ]),
  );
  const cell = (ids: Record<string, string>) =>
    byKey.get(
      keyOf(
        table.dimensions,
        table.dimensions.map((d) => ids[d]!),
      ),
    )!;
  // A mark that states a bound ("<5") is written only where it is true; other hidden cells get "x".
  const bound = /\d+/.exec(form.mark);
  const markOf = (c: KnownCell) => (bound && c.count >= Number(bound[0]) ? "x" : form.mark === "" ? null : form.mark);
  const value = (c: KnownCell): CellValue => (c.hidden ? markOf(c) : c.count);
  const withTotal = (dim: string) => [...table.categories[dim]!, ...(form.totals ? ["total"] : [])];
  const dims = [...table.dimensions];
  const grid: CellValue[][] = [];
  if (form.title) grid.push([form.title]);
  // One variable: its labels down the left beside a count column, or across the top (transposed).
  if (dims.length === 1 && form.layout === "transposed") {
    const ids = withTotal(dims[0]!);
    grid.push([null, ...ids.map((id) => labelOf(table, dims[0]!, id, form))]);
    grid.push([COUNT[form.lang], ...ids.map((id) => value(cell({ [dims[0]!]: id })))]);
    return grid;
  }
  if (dims.length === 1) {
    grid.push([null, COUNT[form.lang]]);
    for (const id of withTotal(dims[0]!))
      grid.push([labelOf(table, dims[0]!, id, form), value(cell({ [dims[0]!]: id }))]);
    return grid;
  }
  if (form.layout === "long") {
    grid.push([...dims.map(() => null as CellValue), COUNT[form.lang]]);
    for (const combo of combos(
      dims,
      dims.map((d) => table.categories[d]!),
    )) {
      const ids = Object.fromEntries(dims.map((d, i) => [d, combo[i]!]));
      grid.push([...dims.map((d, i) => labelOf(table, d, combo[i]!, form)), value(cell(ids))]);
    }
    return grid;
  }
  // Wide: the last dimension (first, transposed) across the top, the others down the left.
  const across = form.layout === "transposed" ? dims[0]! : dims[dims.length - 1]!;
  const down = dims.filter((d) => d !== across);
  const columns = form.shares ? [...table.categories[across]!] : withTotal(across);
  const header: CellValue[] = [
    ...down.map(() => null as CellValue),
    ...columns.map((id) => labelOf(table, across, id, form)),
  ];
  if (form.shares) header.push("N");
  grid.push(header);
  for (const combo of combos(down, down.map(withTotal))) {
    const ids = Object.fromEntries(down.map((d, i) => [d, combo[i]!]));
    const row: CellValue[] = down.map((d, i) => {
      const label = labelOf(table, d, combo[i]!, form);
      // A pivot table writes an outer label once, on the first row of its group.
      if (form.layout === "pivot" && i < down.length - 1 && grid.length > 1) {
        const prev = grid[grid.length - 1]!;
        const prevCombo = (prev as unknown as { combo?: string[] }).combo;
        if (prevCombo && prevCombo.slice(0, i + 1).every((x, j) => x === combo[j])) return null;
      }
      return label;
    });
    const base = cell({ ...ids, [across]: "total" });
    for (const id of columns) {
      const c = cell({ ...ids, [across]: id });
      if (!form.shares || c.hidden) row.push(value(c));
      else if (base.hidden || base.count === 0) row.push(markOf(c));
      else {
        const share = c.count / base.count;
        row.push(form.shares === "percent" ? Math.round(share * 1000) / 10 : Math.round(share * 1000) / 1000);
      }
    }
    if (form.shares) row.push(base.hidden ? null : base.count);
    Object.defineProperty(row, "combo", { value: combo, enumerable: false });
    grid.push(row);
  }
  return grid;
}

function combos(dims: readonly string[], lists: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (let d = 0; d < dims.length; d++) out = out.flatMap((p) => lists[d]!.map((id) => [...p, id]));
  return out;
}

/** Several grids on one sheet, one under the other, `gap` blank rows apart. */
export function stack(grids: readonly CellValue[][][], gap = 2): CellValue[][] {
  const out: CellValue[][] = [];
  grids.forEach((g, i) => {
    if (i > 0) for (let n = 0; n < gap; n++) out.push([]);
    out.push(...g);
  });
  return out;
}
