/**
 * The KSZ's answer read back exactly: deliveries generated from tables whose counts are known, in
 * every form the reader takes (wide, transposed, long, pivot; with and without totals; titled; several
 * per sheet; counts, percentages and fractions with their base; nl, fr and en labels and variants; every
 * suppression mark). Every published number is read as its count, every hidden cell as suppressed.
 */
import { readDelivered } from "../../../src/core/results/delivered";
import { readDelivery, type DeliveredTable } from "../../../src/core/results/delivery";
import { ageBoundsOf, type RequestedDimension } from "../../../src/core/results/labels";
import { labelOf, stack, tableGrid, type DeliveryForm, type KnownTable } from "../../support/deliveries";
import { rng } from "../../support/rng";

const DIMS: RequestedDimension[] = [
  { name: "originGroup", kind: "origin", categories: ["belgian", "european", "non_european", "unknown"] },
  { name: "ageBand", kind: "age", categories: ["0-24", "25-34", "35-44", "45-54", "55+"] },
  { name: "sex", kind: "sex", categories: ["M", "F"] },
  {
    name: "department",
    kind: "group",
    categories: ["Financiën", "Personeel", "Informatica", "Kabinet", "Juridische dienst"],
  },
  { name: "functionLevel", kind: "group", categories: ["A", "B", "C", "D"] },
];
const KINDS = Object.fromEntries(DIMS.map((d) => [d.name, d.kind])) as KnownTable["kinds"];

/** A table of random counts with its margins; cells of 1 to 4 and a few others hidden. */
function known(dimensions: string[], seed: number): KnownTable {
  const next = rng(seed);
  const categories = Object.fromEntries(dimensions.map((d) => [d, DIMS.find((x) => x.name === d)!.categories]));
  const lists = dimensions.map((d) => categories[d]!);
  let inner: string[][] = [[]];
  for (const list of lists) inner = inner.flatMap((p) => list.map((id) => [...p, id]));
  const counts = new Map<string, number>();
  const add = (ids: string[], n: number) => {
    // Every cell the ids fall in: each dimension its category or the total.
    let keys: string[][] = [[]];
    for (const id of ids)
      keys = keys.flatMap((p) => [
        [...p, id],
        [...p, "total"],
      ]);
    for (const k of keys) counts.set(k.join("|"), (counts.get(k.join("|")) ?? 0) + n);
  };
  for (const ids of inner) add(ids, Math.floor(next() ** 2 * 40));
  const cells = [...counts].map(([k, count]) => {
    const ids = k.split("|");
    const isInner = ids.every((id) => id !== "total");
    const hidden = isInner && ((count > 0 && count < 5) || next() < 0.08);
    return { key: Object.fromEntries(dimensions.map((d, i) => [d, ids[i]!])), count, hidden };
  });
  return { dimensions, categories, kinds: KINDS, cells };
}

const keyText = (dims: readonly string[], key: Record<string, string>) => dims.map((d) => key[d]).join("|");

/** Every cell of the known table compared with what was read: counts equal, hidden cells suppressed. */
function compare(table: KnownTable, read: DeliveredTable, form: DeliveryForm): { wrong: string[]; checked: number } {
  const wrong: string[] = [];
  let checked = 0;
  const sizes = read.categories.map((c) => c.length);
  for (const c of table.cells) {
    const isInner = table.dimensions.every((d) => c.key[d] !== "total");
    const grand = table.dimensions.some((d) => c.key[d] === "total");
    if (!isInner && !form.totals) continue;
    if (form.layout === "long" && !isInner) continue;
    if (form.shares && c.key[table.dimensions[table.dimensions.length - 1]!] === "total" && grand) continue;
    let at = 0;
    read.dimensions.forEach((d, i) => {
      const id = c.key[d]!;
      at += (id === "total" ? sizes[i]! : read.categories[i]!.indexOf(id)) * read.strides[i]!;
    });
    const got = read.cells[at]!;
    // A layer's total over an outer dimension is written only with the inner totals.
    if (got.kind === "absent" && !isInner && form.layout !== "long") {
      const ids = table.dimensions.map((d) => c.key[d]!);
      const first = ids.indexOf("total");
      if (first >= 0 && ids.slice(first).some((id) => id !== "total")) continue;
    }
    checked++;
    const shareHidden =
      form.shares &&
      table.cells.find(
        (b) =>
          keyText(table.dimensions, b.key) ===
          keyText(table.dimensions, { ...c.key, [table.dimensions[table.dimensions.length - 1]!]: "total" }),
      )!.hidden;
    if (c.hidden || shareHidden) {
      if (got.kind !== "suppressed")
        wrong.push(`${keyText(table.dimensions, c.key)}: hidden, read ${JSON.stringify(got)}`);
    } else if (got.kind !== "count" || got.count !== c.count)
      wrong.push(`${keyText(table.dimensions, c.key)}: ${c.count}, read ${JSON.stringify(got)}`);
  }
  return { wrong, checked };
}

const FORMS: DeliveryForm[] = [];
for (const layout of ["wide", "transposed", "long", "pivot"] as const)
  for (const lang of ["nl", "fr", "en"] as const)
    for (const variant of [false, true])
      FORMS.push({
        layout,
        lang,
        variant,
        totals: layout !== "long" && (variant || lang !== "en"),
        mark: ["<5", "< 5", "x", "*", "-", ".", "c", "conf", "n.b.", ""][FORMS.length % 10]!,
        ...(FORMS.length % 3 === 0 ? { title: `Tabel ${FORMS.length + 1}: personeel op 31/12/2025` } : {}),
      });

describe("reading the KSZ's answer", () => {
  const REQUESTS: string[][] = [
    ["originGroup", "department"],
    ["sex", "ageBand"],
    ["ageBand", "functionLevel"],
    ["originGroup", "sex", "department"],
    ["originGroup"],
  ];

  test.each(FORMS.map((f, i) => [i, f] as const))("form %i reads back exactly: %j", (i, form) => {
    const tables = REQUESTS.map((dims, t) => known(dims, 1000 * i + t));
    // Several tables per sheet, under titles, then one more on a second sheet.
    const sheets = [
      { file: "antwoord.xlsx", sheet: "Tabellen", cells: stack(tables.slice(0, 3).map((t) => tableGrid(t, form))) },
      {
        file: "antwoord.xlsx",
        sheet: "Blad2",
        cells: stack(
          tables.slice(3).map((t) => tableGrid(t, form)),
          1,
        ),
      },
    ];
    const reading = readDelivery(sheets, { tables: REQUESTS, dimensions: DIMS });
    let checked = 0;
    reading.tables.forEach((read, t) => {
      expect({ table: REQUESTS[t], found: read.found }).toEqual({ table: REQUESTS[t], found: true });
      expect({ table: REQUESTS[t], unmatched: read.unmatched }).toEqual({ table: REQUESTS[t], unmatched: [] });
      expect({ table: REQUESTS[t], problems: read.problems }).toEqual({ table: REQUESTS[t], problems: [] });
      const result = compare(tables[t]!, read, form);
      expect(result.wrong).toEqual([]);
      checked += result.checked;
    });
    expect(checked).toBeGreaterThan(50);
  });

  test.each([
    ["percent", "nl"],
    ["fraction", "fr"],
    ["percent", "en"],
  ] as const)("row shares (%s) with their base are read as counts (%s)", (shares, lang) => {
    const tables = [known(["originGroup", "department"], 7), known(["sex", "functionLevel"], 8)];
    const form: DeliveryForm = { layout: "wide", lang, variant: false, totals: false, mark: "x", shares };
    const sheets = [{ file: "a.xlsx", sheet: "S", cells: stack(tables.map((t) => tableGrid(t, form))) }];
    const reading = readDelivery(sheets, { tables: tables.map((t) => [...t.dimensions]), dimensions: DIMS });
    reading.tables.forEach((read, t) => {
      expect(read.found).toBe(true);
      expect(read.shares).toBe(true);
      expect(read.problems).toEqual([]);
      expect(compare(tables[t]!, read, form).wrong).toEqual([]);
    });
  });

  test("a table left out is missing; a label nothing matches is reported with its cell and never guessed", () => {
    const table = known(["originGroup", "department"], 3);
    const form: DeliveryForm = { layout: "wide", lang: "nl", variant: false, totals: true, mark: "<5" };
    const grid = tableGrid(table, form);
    grid[0]![3] = "Informatique"; // the third department, as the KSZ translated it
    const reading = readDelivery([{ file: "a.csv", sheet: "a", cells: grid }], {
      tables: [
        ["originGroup", "department"],
        ["sex", "department"],
      ],
      dimensions: DIMS,
    });
    expect(reading.tables[0]!.found).toBe(true);
    expect(reading.tables[0]!.unmatched).toEqual([{ label: "Informatique", cell: "D1" }]);
    expect(reading.tables[0]!.problems).toContainEqual({
      key: "results.problem.categoryMissing",
      params: { dimension: "department", category: "Informatica" },
    });
    expect(reading.tables[1]!.found).toBe(false);
    // Mapped by the analyst, the label is read.
    const mapped = readDelivery([{ file: "a.csv", sheet: "a", cells: grid }], {
      tables: [["originGroup", "department"]],
      dimensions: DIMS,
      mapped: { Informatique: "Informatica" },
    });
    expect(mapped.tables[0]!.unmatched).toEqual([]);
    expect(compare(table, mapped.tables[0]!, form).wrong).toEqual([]);
  });

  test("a number that is no count is reported with its cell and never used", () => {
    const table = known(["sex", "functionLevel"], 5);
    const form: DeliveryForm = { layout: "wide", lang: "fr", variant: false, totals: false, mark: "x" };
    const grid = tableGrid(table, form);
    grid[1]![1] = -3;
    grid[1]![2] = 2.5;
    grid[2]![1] = "beaucoup";
    const read = readDelivery([{ file: "a.xlsx", sheet: "S", cells: grid }], {
      tables: [["sex", "functionLevel"]],
      dimensions: DIMS,
    }).tables[0]!;
    expect(read.problems).toEqual([
      { key: "results.problem.notACount", params: { cell: "B2", text: "-3" } },
      { key: "results.problem.notACount", params: { cell: "C2", text: "2.5" } },
      { key: "results.problem.notACount", params: { cell: "B3", text: "beaucoup" } },
    ]);
    expect(read.cells.filter((c) => c.kind === "notACount")).toHaveLength(3);
  });
});

describe("the values and labels of an answer", () => {
  test.each([
    ["<5", { kind: "suppressed", mark: "<5", below: 5 }],
    ["< 5", { kind: "suppressed", mark: "< 5", below: 5 }],
    ["≤4", { kind: "suppressed", mark: "≤4", below: 5 }],
    ["x", { kind: "suppressed", mark: "x", below: null }],
    ["n.b.", { kind: "suppressed", mark: "n.b.", below: null }],
    ["C", { kind: "suppressed", mark: "C", below: null }],
    ["1.234", { kind: "number", value: 1234, percent: false }],
    ["1 234", { kind: "number", value: 1234, percent: false }],
    ["12,5 %", { kind: "number", value: 12.5, percent: true }],
    ["12.5", { kind: "number", value: 12.5, percent: false }],
    ["1.234,5", { kind: "number", value: 1234.5, percent: false }],
    ["veel", { kind: "text", text: "veel" }],
  ])("%s reads as %j", (text, expected) => {
    expect(readDelivered(text)).toEqual(expected);
  });

  test.each([
    ["25-34 jaar", { lo: 25, hi: 34 }],
    ["25 à 34 ans", { lo: 25, hi: 34 }],
    ["van 25 tot en met 34 jaar", { lo: 25, hi: 34 }],
    ["25 – 34", { lo: 25, hi: 34 }],
    ["15-24", { lo: 0, hi: 24 }],
    ["< 25 jaar", { lo: 0, hi: 24 }],
    ["Moins de 25 ans", { lo: 0, hi: 24 }],
    ["-25", { lo: 0, hi: 24 }],
    ["55+", { lo: 55, hi: null }],
    ["55 jaar en ouder", { lo: 55, hi: null }],
    ["55 ans et plus", { lo: 55, hi: null }],
    ["≥ 55", { lo: 55, hi: null }],
    ["55 and over", { lo: 55, hi: null }],
    ["Onbekend", null],
  ])("the age label %s states %j", (text, bounds) => {
    expect(ageBoundsOf(text)).toEqual(bounds);
  });

  test("the generator's labels are not the product's own in every case (an independent source)", () => {
    const t = known(["originGroup"], 1);
    expect(
      labelOf(t, "originGroup", "non_european", { layout: "wide", lang: "fr", variant: true, totals: true, mark: "x" }),
    ).toBe("Hors Europe");
  });
});

describe("an answer as an .xlsx reader gives a merged title", () => {
  test("a title merged over the table's width, and empty columns beside it, are no part of the table", () => {
    // In-memory ExcelJS gives every cell of a merge the merge's text: the title row reads 6 times.
    const title = "Geslacht × Dienst";
    const grid = [
      [title, title, title, title, title, title],
      [null, "Mannen", "Vrouwen", "Totaal", null, null],
      ["Financiën", 10, 12, 22, null, null],
      ["Kabinet", "x", "x", 3, null, null],
      ["Totaal", 13, 12, 25, null, null],
    ];
    const read = readDelivery([{ file: "a.xlsx", sheet: "S", cells: grid }], {
      tables: [["sex", "department"]],
      dimensions: DIMS,
    }).tables[0]!;
    expect(read.found).toBe(true);
    expect(read.unmatched).toEqual([]);
    expect(read.title).toBe(title);
    const at = (sex: string, dept: string) => {
      const sizes = read.categories.map((c) => c.length);
      const i = (d: number, id: string) => (id === "total" ? sizes[d]! : read.categories[d]!.indexOf(id));
      return read.cells[i(0, sex) * read.strides[0]! + i(1, dept) * read.strides[1]!]!;
    };
    expect(at("total", "Kabinet")).toMatchObject({ kind: "count", count: 3 });
    expect(at("total", "total")).toMatchObject({ kind: "count", count: 25 });
    expect(at("M", "Kabinet")).toMatchObject({ kind: "suppressed" });
  });
});

describe("column shares with their base in a row", () => {
  test("percentages of each department's column, with a row N under them, are read as counts", () => {
    // Financiën: 20 + 6 + 4 = 30 staff; Kabinet: 3 + 0 + 0 = 3 (Kabinet's 0s published, 3 hidden).
    const grid = [
      [null, "Financiën", "Kabinet"],
      ["Belgisch", 66.7, "x"],
      ["Europees", 20, 0],
      ["Niet-Europees", 13.3, 0],
      ["N", 30, 3],
    ];
    const read = readDelivery([{ file: "a.csv", sheet: "a", cells: grid }], {
      tables: [["originGroup", "department"]],
      dimensions: DIMS,
    }).tables[0]!;
    expect(read.found).toBe(true);
    expect(read.shares).toBe(true);
    expect(read.problems.filter((p) => p.key !== "results.problem.categoryMissing")).toEqual([]);
    const at = (origin: string, dept: string) =>
      read.cells[
        read.categories[0]!.indexOf(origin) * read.strides[0]! + read.categories[1]!.indexOf(dept) * read.strides[1]!
      ]!;
    expect(at("belgian", "Financiën")).toMatchObject({ kind: "count", count: 20 });
    expect(at("european", "Financiën")).toMatchObject({ kind: "count", count: 6 });
    expect(at("non_european", "Financiën")).toMatchObject({ kind: "count", count: 4 });
    expect(at("belgian", "Kabinet")).toMatchObject({ kind: "suppressed" });
    expect(at("european", "Kabinet")).toMatchObject({ kind: "count", count: 0 });
  });
});
