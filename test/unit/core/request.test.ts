import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  answersFromSheet,
  cellText,
  checkRecoded,
  composeRequest,
  defaultSettings,
  detectColumns,
  formatInsz,
  recodeTable,
  recodeTableStepwise,
  resolveRoles,
  sanitiseAnswers,
  readSettings,
  ANSWER_PRESETS,
  presetText,
  type JobSettings,
  type Lang,
  type SheetLayout,
  type Table,
} from "../../../src/core";
import type { LinearSolver } from "../../../src/core/disclosure/audit";
import { auditVerdictKey, kszOnlyTables } from "../../../src/core/disclosure/report";
import { t } from "../../../src/core/i18n";
import { variableLabel } from "../../../src/core/request/variables";
import { loadSolver } from "../../../src/solver/highs";
import { plainLanguageOf } from "../../../src/core/request/answerLanguage";
import { integerVerdicts, TOTAL_KEY, type PublishedTable } from "../../support/oracleAttacker";
import { syntheticTable } from "../../support/synthetic";

let solver: LinearSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const TODAY = "2025-03-14";

/** The whole job on a table: detect, recode, check, compose. */
function run(table: Table, settings: JobSettings, userLang: Lang = "en") {
  const rows = [
    table.headers,
    ...Array.from({ length: Math.min(table.rowCount, 200) }, (_, r) => table.columns.map((c) => c[r])),
  ];
  const roles = resolveRoles(detectColumns(rows as never), settings.roles);
  const recoded = recodeTable(table, roles, settings);
  const checked = checkRecoded(table, recoded, settings, { solver });
  return { roles, recoded, checked, ...composeRequest(table, roles, recoded, checked, settings, TODAY, userLang) };
}

const table = syntheticTable(400, 11);
const settingsIn = (lang: Lang): JobSettings => ({
  ...defaultSettings(TODAY, lang),
  own: ["department", "functionLevel"],
  linkage: true,
});

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A 2-D table as the check sheet prints it: labels as written, the last row and column its totals. */
interface PrintedGrid {
  title: string;
  dimensions: [string, string];
  rows: string[];
  cols: string[];
  cells: { count: number; style: string }[][];
}

/** Reads the printed tables back from the cells of the check sheet, as a reader of the sheet would. */
function gridsOf(layout: SheetLayout): PrintedGrid[] {
  const written = layout.cells.filter((c) => c.value !== null && c.value !== ""); // not style-only cells
  const at = new Map(written.map((c) => [`${c.row}:${c.col ?? 0}`, c]));
  const grids: PrintedGrid[] = [];
  for (const heading of written.filter((c) => c.style === "sectionHeading")) {
    let r = heading.row + 1;
    while (at.get(`${r}:0`)?.style !== "tableHeader") r++;
    const [rowName, colName] = String(at.get(`${r}:0`)!.value).split(" \\ ") as [string, string];
    const cols: string[] = [];
    for (let c = 1; at.get(`${r}:${c}`)?.style === "tableHeader"; c++) cols.push(String(at.get(`${r}:${c}`)!.value));
    const rows: string[] = [];
    const cells: PrintedGrid["cells"] = [];
    for (r++; typeof at.get(`${r}:1`)?.value === "number"; r++) {
      rows.push(String(at.get(`${r}:0`)!.value));
      cells.push(
        cols.map((_, c) => ({
          count: at.get(`${r}:${c + 1}`)!.value as number,
          style: at.get(`${r}:${c + 1}`)!.style!,
        })),
      );
    }
    grids.push({ title: String(heading.value), dimensions: [rowName, colName], rows, cols, cells });
  }
  return grids;
}

/** What the reader of a printed grid holds: labels as keys, totals under TOTAL_KEY, hidden cells as such. */
function publishedGrid(grid: PrintedGrid): PublishedTable {
  const id = (labels: string[], i: number) => (i === labels.length - 1 ? TOTAL_KEY : labels[i]!);
  return {
    dimensions: grid.dimensions,
    cells: grid.cells.flatMap((row, r) =>
      row.map((cell, c) => ({
        key: { [grid.dimensions[0]]: id(grid.rows, r), [grid.dimensions[1]]: id(grid.cols, c) },
        count: cell.count,
        status:
          cell.style === "small"
            ? ("small" as const)
            : cell.style === "secondary"
              ? ("secondary" as const)
              : ("safe" as const),
      })),
    ),
  };
}

describe("recoding one variable at a time", () => {
  test("gives exactly what recoding at once gives, with a turn for the host after each variable", async () => {
    const settings = { ...settingsIn("nl"), groupings: { department: { mergeUnder: 30 } } };
    const { roles, recoded } = run(table, settings);
    let turns = 0;
    const stepwise = await recodeTableStepwise(table, roles, settings, async () => void turns++);
    expect(stepwise).toEqual(recoded);
    expect(turns).toBe(Object.keys(recoded.variables).length);
    expect(turns).toBeGreaterThanOrEqual(4);
  });
});

describe("the check sheet and the request, judged without the product's own verdicts", () => {
  test.each(["nl", "fr", "en"] as const)(
    "in %s: small is 1 to 4, every line adds up, the margins are a recount of the input, the request states the same numbers",
    (lang) => {
      const { layouts } = run(table, settingsIn(lang));
      const grids = gridsOf(layouts.check);
      expect(grids).toHaveLength(6);
      let small = 0;
      let secondary = 0;
      for (const grid of grids) {
        for (const row of grid.cells)
          for (const cell of row) {
            // The primary rule of DOMAIN.md §7 at k = 5: a count of 1 to 4 is small, 0 and 5 are not.
            expect({ count: cell.count, small: cell.style === "small" }).toEqual({
              count: cell.count,
              small: cell.count >= 1 && cell.count <= 4,
            });
            if (cell.style === "small") small++;
            if (cell.style === "secondary") secondary++;
          }
        // Each row and each column adds up to its printed total, whatever is hidden.
        for (const row of grid.cells) expect(sum(row.slice(0, -1).map((c) => c.count))).toBe(row.at(-1)!.count);
        for (let c = 0; c < grid.cols.length; c++)
          expect(sum(grid.cells.slice(0, -1).map((row) => row[c]!.count))).toBe(grid.cells.at(-1)![c]!.count);
      }
      // The department totals are a recount of the export's own column, not of the product's crossing.
      const department = { nl: "Dienst", fr: "Service", en: "Department" }[lang];
      const byDepartment = grids.find((g) => g.dimensions[1] === department)!;
      const recount = new Map<string, number>();
      for (const value of table.columns[5]!) recount.set(String(value), (recount.get(String(value)) ?? 0) + 1);
      expect(byDepartment.cols.slice(0, -1).map((id, c) => [id, byDepartment.cells.at(-1)![c]!.count])).toEqual(
        [...recount].sort(([a], [b]) => a.localeCompare(b)),
      );
      expect(byDepartment.cells.at(-1)!.at(-1)!.count).toBe(400);
      // The request states what the check sheet shows: the same numbers of small and suppressed cells.
      const text = layouts.request.cells.map((c) => String(c.value ?? "")).join("\n");
      expect(small).toBeGreaterThan(10);
      expect(text).toMatch(new RegExp(`\\b5\\s?: ${small}\\b[^\\n]*\\b${secondary}\\b`));
      expect(text).toMatch(/\b400\b/);
      expect(text).toContain("31/12/2024"); // the reference date, day first
    },
  );

  test("an integer attacker holding every table the check sheet prints recomputes no small cell; fr and en print the same counts and marks", async () => {
    const printed = (lang: Lang) => gridsOf(run(table, settingsIn(lang)).layouts.check).map((g) => g.cells);
    const grids = gridsOf(run(table, settingsIn("nl")).layouts.check);
    const oracle = await integerVerdicts(grids.map(publishedGrid), 5);
    expect(oracle.length).toBeGreaterThan(10);
    expect(oracle.filter((f) => f.exposed)).toEqual([]);
    expect(printed("fr")).toEqual(grids.map((g) => g.cells));
    expect(printed("en")).toEqual(grids.map((g) => g.cells));
  });
});

describe("the request document", () => {
  test("the roles of the synthetic export are found", () => {
    const { roles } = run(table, settingsIn("nl"));
    expect(roles).toMatchObject({
      insz: 1,
      birthDate: 2,
      sex: 3,
      nationality: 4,
      department: 5,
      functionLevel: 6,
      status: 7,
    });
  });

  test("twelve numbered sections in the order of the KSZ documents", () => {
    const { document } = run(table, settingsIn("nl"));
    expect(document.sections.map((s) => `${s.number}.${s.id}`)).toEqual([
      "1.applicant",
      "2.contact",
      "3.purpose",
      "4.motivation",
      "5.population",
      "6.kszData",
      "7.ownData",
      "8.tables",
      "9.anonymity",
      "10.ethics",
      "11.delivery",
      "12.signature",
    ]);
  });

  test("a request built from the choices is complete apart from the analyst's own answers, in nl and in fr", () => {
    for (const lang of ["nl", "fr"] as const) {
      const { missing, document } = run(table, settingsIn(lang), lang);
      // Only typed answers are missing; every part the product fills is there.
      const fields = document.sections.flatMap((s) => s.fields);
      for (const m of missing) expect(fields.find((f) => f.id === m.field)!.kind).toMatch(/answer|yesNo/);
      for (const f of fields)
        if (f.kind === "filled" && f.id !== "signature")
          expect({ id: f.id, value: f.value.trim() !== "" }).toEqual({ id: f.id, value: true });
      expect(missing.map((m) => m.field)).toEqual([
        "institution",
        "kbo",
        "address",
        "service",
        "contactName",
        "contactFunction",
        "contactEmail",
        "signatoryName",
        "signatoryFunction",
        "purpose",
        "statusTypes",
        "transmission",
        "staffInformed",
        "representativesConsulted",
        "legitimatePurpose",
        "structuralPolicy",
        "channel",
        "retention",
        "place",
        "signatureDate",
      ]);
    }
  });

  test("a draft carries a banner with its open points, in the sheet's language; a ready request none", () => {
    const draft = run(table, settingsIn("fr"), "nl");
    const banner = draft.layouts.request.cells.find((c) => c.style === "banner");
    expect(String(banner?.value)).toMatch(/^PROJET\u00a0: pas encore prêt à être envoyé à la BCSS/);
    // Every open point is on it, in French though the user reads Dutch.
    expect(String(banner?.value).split("\n").length).toBe(
      1 + draft.status.missing.length + draft.status.problems.length,
    );
    expect(String(banner?.value)).toMatch(/• 1\. Demandeur\u00a0: Nom de l’institution/);
  });

  test("completeness speaks the user's language while the sheet speaks another", () => {
    const { missing } = run(table, settingsIn("fr"), "nl");
    expect(missing[0]!.text).toBe("1. Aanvrager: Naam van de instelling");
  });

  test("answers fill the sheet; a ready-made purpose and the drafted proportionality count as answered", () => {
    const settings = {
      ...settingsIn("nl"),
      answers: {
        institution: "FOD Voorbeeld",
        kbo: "0123.456.789",
        address: "Wetstraat 1, 1000 Brussel",
        service: "HR",
        contactName: "A. Analist",
        contactFunction: "HR-analist",
        contactEmail: "hr@voorbeeld.be",
        signatoryName: "B. Directeur",
        signatoryFunction: "Voorzitter",
        purposePreset: "baseline" as const,
        statusTypes: "statutair, contractueel",
        transmission: "Beveiligde uploadzone van de KSZ",
        staffInformed: true,
        representativesConsulted: true,
        legitimatePurpose: true,
        structuralPolicy: false,
        channel: "Beveiligde zone",
        retention: "2 jaar",
        place: "Brussel",
        signatureDate: "2025-03-14",
      },
    };
    const { missing, document, layouts, status } = run(table, settings);
    expect(missing).toEqual([]);
    // Answered, but not answers a request can go with: each is a problem, and the sheet says DRAFT.
    expect(status.problems.map((p) => p.id)).toEqual(["ethicsNo", "purposeWithoutAction", "kboInvalid"]);
    expect(layouts.request.cells.some((c) => c.style === "banner")).toBe(true);
    const fixed = run(table, {
      ...settings,
      answers: { ...settings.answers, kbo: "0123.456.749", actionPoint: "Actiepunt 2.1", structuralPolicy: true },
    });
    expect(fixed.status).toMatchObject({ status: "ready", problems: [] });
    expect(fixed.layouts.request.cells.some((c) => c.style === "banner")).toBe(false);
    const purpose = document.sections[2]!.fields[0]!;
    expect(purpose.kind === "answer" && purpose.value).toMatch(/^Een nulmeting/);
    const values = layouts.request.cells.map((c) => c.value);
    expect(values).toContain("FOD Voorbeeld");
    expect(values).toContain("Nee"); // structural policy: no
    // The date picked is written day first, as the sheet's language writes dates, and reads back as picked.
    expect(values).toContain("14/03/2025");
    expect(values).not.toContain("2025-03-14");
    const { row, col } = layouts.request.answerCells!.signatureDate!;
    expect(answersFromSheet(layouts.request.answerCells!, { signatureDate: "14/03/2025" }, settings.answers)).toEqual(
      {},
    );
    expect(answersFromSheet(layouts.request.answerCells!, { signatureDate: 45736 }, settings.answers)).toEqual({
      signatureDate: "2025-03-20",
    });
    expect(layouts.request.cells.find((c) => c.row === row && c.col === col)?.value).toBe("14/03/2025");
    const draft = document.sections[3]!.fields[0]!;
    expect(draft.kind === "answer" && draft.value).toMatch(
      /Leeftijd wordt gevraagd in 5 klassen.*Herkomst wordt gevraagd in 4 groepen/,
    );
  });

  test("origin groups list their member countries in the sheet's language", () => {
    const nl = run(table, settingsIn("nl")).document.sections[5]!.fields.find((f) => f.id === "originGroups")!;
    const fr = run(table, settingsIn("fr")).document.sections[5]!.fields.find((f) => f.id === "originGroups")!;
    expect(nl.kind === "table" && nl.rows.find((r) => r[0] === "Niet-Europees")![1]).toMatch(/Marokko/);
    expect(fr.kind === "table" && fr.rows.find((r) => r[0] === "Non européen")![1]).toMatch(/Maroc/);
  });

  test("the linkage sheet holds the INSZ as text, a banner, and lists invalid numbers by row", () => {
    const broken: Table = {
      ...table,
      columns: table.columns.map((c, i) => (i === 1 ? c.map((v, r) => (r === 3 ? "12345678901" : v)) : c)),
    };
    const { layouts } = run(broken, settingsIn("nl"));
    const linkage = layouts.linkage!;
    expect(linkage.cells[0]!.value).toMatch(/^PERSOONSGEGEVENS/);
    expect(
      linkage.cells.filter((c) => c.col === 0 && c.style === "text" && /^\d{11}$/.test(String(c.value))),
    ).toHaveLength(399);
    expect(linkage.cells).toContainEqual({ row: expect.any(Number), col: 1, value: "12345678901", style: "text" });
    expect(linkage.cells.some((c) => c.value === 5)).toBe(true); // row 5 listed (4th data row)
    expect(linkage.print).toMatchObject({ paper: "A4", fitToWidth: 1 });
  });

  test("without linkage, no linkage sheet and no transmission question", () => {
    const { layouts, missing } = run(table, { ...settingsIn("nl"), linkage: false });
    expect(layouts.linkage).toBeNull();
    expect(missing.map((m) => m.field)).not.toContain("transmission");
  });

  test("the request sheet prints on A4 portrait, one page wide, title row repeated", () => {
    const { layouts } = run(table, settingsIn("fr"));
    expect(layouts.request.print).toEqual({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      titleRows: { from: 0, to: 0 },
    });
    expect(layouts.request.name).toBe("Demande BCSS");
    expect(layouts.check.name).toBe("Contrôle des petites cellules");
  });

  test("the footer says what the sheet follows; the letter holds no instruction meant for its sender", () => {
    for (const lang of ["nl", "fr", "en"] as const) {
      const { layouts } = run(table, settingsIn(lang));
      const footer = layouts.request.cells.filter((c) => c.style === "footer").map((c) => String(c.value));
      expect(footer[0]).toMatch(/Basisschema voor gegevensaanvragen/);
      const text = layouts.request.cells.map((c) => String(c.value ?? "")).join("\n");
      expect(text).not.toMatch(
        /voordat u .* verstuurt|vóór het versturen|avant de l’envoyer|avant l’envoi|before sending/i,
      );
    }
  });
});

describe("sheets Excel can show and print", () => {
  test.each(["nl", "fr", "en"] as const)(
    "in %s: no row above 409 pt, no cell over 32,767 characters, country lists over several rows",
    (lang) => {
      const settings = { ...settingsIn(lang), originScheme: "detailed" as const };
      const { layouts } = run(table, settings);
      for (const layout of [layouts.request, layouts.check]) {
        expect(Math.max(...Object.values(layout.rowHeights))).toBeLessThanOrEqual(409);
        for (const cell of layout.cells) expect(String(cell.value ?? "").length).toBeLessThanOrEqual(32_767);
      }
      // "Other European" lists dozens of countries: it continues on the rows below its group's name.
      const countryCells = layouts.request.cells.filter(
        (c) => c.style === "tableCell" && c.col === 1 && String(c.value).split("; ").length > 5,
      );
      expect(countryCells.length).toBeGreaterThan(3);
      for (const c of countryCells) expect(String(c.value).length).toBeLessThan(600);
    },
  );

  test("the check sheet's columns are wide enough for every word of the names they hold", () => {
    const { layouts, checked } = run(table, settingsIn("nl"));
    const [labelWidth, countWidth] = layouts.check.columnWidths as [number, number];
    for (const tab of checked.report.tables) {
      const [rows, cols] = tab.dimensions;
      for (const id of tab.categories[rows!]!) {
        const text = checked.labels[rows!]?.categories[id] ?? id;
        if (text.length <= 43) expect(labelWidth).toBeGreaterThanOrEqual(text.length + 2);
      }
      for (const id of cols ? tab.categories[cols]! : []) {
        const text = checked.labels[cols!]?.categories[id] ?? id;
        for (const word of text.split(/\s+/)) if (word.length <= 16) expect(countWidth).toBeGreaterThan(word.length);
      }
    }
  });
});

describe("settings", () => {
  test("defaults: 31 December of last year, default and four-group schemes, threshold 5", () => {
    expect(defaultSettings("2026-11-25")).toMatchObject({
      referenceDate: "2025-12-31",
      ageScheme: "default",
      originScheme: "four",
      threshold: 5,
    });
  });
  test("malformed settings fall back to defaults, field by field, and never let unknown fields in", () => {
    const { settings: s, damaged } = readSettings(
      {
        referenceDate: "31/12/2024",
        ageScheme: "custom:30,20",
        originScheme: "eu",
        threshold: 1,
        own: ["department", "salary"],
        answers: { institution: " X ", insz: "85073003328" },
        extra: 1,
      },
      "2026-11-25",
    );
    expect(s).toMatchObject({
      referenceDate: "2025-12-31",
      ageScheme: "default",
      originScheme: "eu",
      threshold: 5,
      own: ["department", "functionLevel"],
    });
    expect(s.answers).toEqual({ institution: "X" });
    expect(JSON.stringify(s)).not.toMatch(/extra|85073003328|salary/);
    // Every wrong or unknown field is named, so the doors can report damaged settings.
    expect(damaged.sort()).toEqual(["ageScheme", "answers.insz", "extra", "own.1", "referenceDate", "threshold"]);
  });
});

describe("no personal data in the request or check sheets", () => {
  test("no cell holds an INSZ, a name or a birth date of the input, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 300 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom<Lang>("nl", "fr", "en"),
        (rows, seed, lang) => {
          const input = syntheticTable(rows, seed, true, 6);
          const { layouts } = run(input, { ...settingsIn(lang), linkage: true });
          const personal = new Set<string>();
          for (let r = 0; r < input.rowCount; r++) {
            for (const c of [0, 1, 2]) {
              const text = cellText(input.columns[c]![r]).trim();
              if (text) personal.add(text);
            }
            const insz = cellText(input.columns[1]![r]);
            if (insz) personal.add(formatInsz(insz));
          }
          for (const layout of [layouts.request, layouts.check]) {
            for (const cell of layout.cells) {
              const text = String(cell.value ?? "");
              expect(text).not.toMatch(/\b\d{11}\b|\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b/);
              for (const part of text.split(/\n|, |: /))
                expect(personal.has(part.trim()) && part.trim().length > 0 ? part : null).toBeNull();
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("one language per document (issue 22)", () => {
  const SAMPLE_ANSWERS = sanitiseAnswers(
    JSON.parse(readFileSync(join(__dirname, "../../../assets/sample/antwoorden-voorbeeld.json"), "utf8")),
  );

  test("the Dutch sample's answers in a French request are flagged, each field named; in a Dutch request they are not", () => {
    const fr = run(table, { ...settingsIn("fr"), answers: SAMPLE_ANSWERS }, "fr");
    const flagged = fr.status.problems.find((p) => p.id === "answerLanguage");
    expect(flagged?.text).toMatch(/^Écrit dans une autre langue que la demande \(français\)/);
    // The choices from lists are written in French; what the analyst typed in Dutch is named.
    expect(flagged?.text).toMatch(/Action du plan de diversité/);
    expect(flagged?.text).not.toMatch(/Canal de transmission|Durée de conservation|Statuts inclus/);
    expect(fr.status.status).toBe("draft");
    const nl = run(table, { ...settingsIn("nl"), answers: SAMPLE_ANSWERS }, "nl");
    expect(nl.status.problems.map((p) => p.id)).not.toContain("answerLanguage");
  });

  test("own variables are named in the request's language; the export's header is named once, as its column", () => {
    const text = (layout: SheetLayout) => layout.cells.map((c) => cellText(c.value)).filter((v) => v !== "");
    // "Dienst 07" is a value of the data (a group's name), "Dienst" alone the export's header.
    const header = /\bDienst\b(?! \d)/;
    const fr = run(table, settingsIn("fr"), "fr");
    const labels = new Set(["Sexe", "Classe d’âge", "Groupe d’origine", "Service", "Niveau de fonction"]);
    const tablesList = fr.document.sections.flatMap((s) => s.fields).find((f) => f.id === "tablesList");
    const tables = (tablesList as { value: string }).value.split("\n");
    expect(tables).toContain("Sexe × Service");
    for (const line of tables) for (const name of line.split(" × ")) expect(labels).toContain(name);
    expect(text(fr.layouts.check).filter((v) => header.test(v))).toEqual([]);
    expect(text(fr.layouts.request).filter((v) => header.test(v))).toEqual(["Service (colonne «\u00a0Dienst\u00a0»)"]);
    expect(text(fr.layouts.request)).toContain("Niveau de fonction (colonne «\u00a0Niveau\u00a0»)");
    expect(text(fr.layouts.request).join("\n")).toMatch(/Service\s:\s\d+\sgroupes?/);
    // In Dutch the header "Dienst" is the label itself: no column to point out; "Niveau" is not.
    const nl = run(table, settingsIn("nl"), "nl");
    expect(text(nl.layouts.request)).toContain("Functieniveau (kolom Niveau)");
    expect(text(nl.layouts.request).filter((v) => /kolom Dienst/.test(v))).toEqual([]);
    expect(text(nl.layouts.check).join("\n")).toMatch(/Geslacht \\ Functieniveau|Functieniveau \\ Geslacht/);
    // The linkage list the CBSS receives heads its columns as the request names the variables.
    const headers = (layout: SheetLayout) =>
      layout.cells.filter((c) => c.style === "tableHeader").map((c) => cellText(c.value));
    expect(headers(fr.layouts.linkage!).slice(1, 3)).toEqual(["Service", "Niveau de fonction"]);
    expect(headers(nl.layouts.linkage!).slice(1, 3)).toEqual(["Dienst", "Functieniveau"]);
  });

  test("answers chosen from lists are kept as ids and written in each sheet's language, never flagged", () => {
    const chosen = sanitiseAnswers({
      ...SAMPLE_ANSWERS,
      purposePreset: "baseline",
      statusTypesPreset: "statutoryAndContractual",
      transmissionPreset: "agreedSecureChannel",
      channelPreset: "encryptedEmail",
      retentionPreset: "planDuration",
      statusTypes: undefined,
      transmission: undefined,
      channel: undefined,
      retention: undefined,
      encryptionKey: "Fingerprint 1234 5678 9ABC DEF0",
      // Names and functions as a French-speaking institution writes them.
      signatoryFunction: "Président",
      actionPoint: "Point d’action 2.1",
      diversityPlan: "Plan 2025-2027",
    });
    expect(chosen).toMatchObject({ channelPreset: "encryptedEmail", retentionPreset: "planDuration" });
    expect(chosen.channel).toBeUndefined();
    const value = (outcome: ReturnType<typeof run>, id: string) =>
      (outcome.document.sections.flatMap((s) => s.fields).find((f) => f.id === id) as { value: string }).value;
    const fr = run(table, { ...settingsIn("fr"), answers: chosen }, "fr");
    expect(value(fr, "statusTypes")).toBe("Membres du personnel statutaires et contractuels");
    expect(value(fr, "transmission")).toMatch(/^Par un canal sécurisé convenu avec la BCSS/);
    expect(value(fr, "channel")).toBe("Tableaux chiffrés par e-mail à la personne de contact");
    expect(value(fr, "retention")).toMatch(/^Pendant la durée du plan de diversité, au plus 5 ans/);
    expect(value(fr, "purpose")).toMatch(/^Une mesure de référence de la diversité/);
    expect(fr.status.problems.map((p) => p.id)).not.toContain("answerLanguage");
    // Every ready-made text is plainly in its own language, or in none: never in another.
    for (const lang of ["nl", "fr", "en"] as const)
      for (const [field, ids] of Object.entries(ANSWER_PRESETS))
        for (const id of ids) expect([lang, null]).toContain(plainLanguageOf(presetText(field as never, id, lang)));
    const nl = run(table, { ...settingsIn("nl"), answers: chosen }, "nl");
    expect(value(nl, "channel")).toBe("Versleutelde tabellen per e-mail aan de contactpersoon");
    expect(value(nl, "statusTypes")).toBe("Statutaire en contractuele personeelsleden");
    // Unknown ids are dropped, as any stray field of an answers file.
    expect(sanitiseAnswers({ channelPreset: "pigeon", retentionPreset: "forever" })).toEqual({});
  });

  test("a ready-made answer read back from the sheet, in any language, is its id again; typed text replaces it", () => {
    const answers = sanitiseAnswers({ channelPreset: "encryptedEmail", purposePreset: "baseline" });
    const nl = run(table, { ...settingsIn("nl"), answers }, "nl");
    const cells = nl.layouts.request.answerCells!;
    const written = (id: string) => {
      const { row, col } = cells[id]!;
      return nl.layouts.request.cells.find((c) => c.row === row && c.col === col)!.value;
    };
    // The Dutch sheet as written: nothing typed, so nothing taken, and the ids stay.
    const asWritten = {
      channel: written("channel"),
      purpose: written("purpose"),
      whyAggregated: written("whyAggregated"),
      proportionality: written("proportionality"),
    };
    expect(asWritten.channel).toBe("Versleutelde tabellen per e-mail aan de contactpersoon");
    expect(answersFromSheet(cells, asWritten, answers)).toEqual({});
    // Regenerated in French, the sheet's answers say it in French, not in the Dutch read back.
    const fr = run(table, {
      ...settingsIn("fr"),
      answers: { ...answers, ...answersFromSheet(cells, asWritten, answers) },
    });
    expect(fr.document.sections.flatMap((s) => s.fields).find((f) => f.id === "whyAggregated")).toMatchObject({
      value: expect.stringMatching(/^L’objectif de la politique de diversité concerne des groupes/),
    });
    expect(fr.document.sections.flatMap((s) => s.fields).find((f) => f.id === "proportionality")).toMatchObject({
      value: expect.stringMatching(/^Seuls des effectifs agrégés/),
    });
    // A drafted text the analyst added to is the analyst's.
    const edited = `${String(asWritten.proportionality)} De functieniveaus volgen het personeelsplan.`;
    expect(answersFromSheet(cells, { proportionality: edited }, answers)).toEqual({ proportionality: edited });
    // So is a draft trimmed in the sheet: its sentences are all drafted ones, but it is not the draft written.
    const trimmed = String(asWritten.proportionality).replace(/ Geslacht wordt gevraagd[^.]*\./, "");
    expect(trimmed).not.toBe(asWritten.proportionality);
    expect(answersFromSheet(cells, { proportionality: trimmed }, answers)).toEqual({ proportionality: trimmed });
    // The French text of a choice typed in the sheet is that choice; other text is typed text.
    expect(answersFromSheet(cells, { channel: "Tableaux chiffrés par e-mail à la personne de contact" }, {})).toEqual({
      channelPreset: "encryptedEmail",
      channel: undefined,
    });
    expect(answersFromSheet(cells, { channel: "Per koerier" }, answers)).toEqual({
      channel: "Per koerier",
      channelPreset: undefined,
    });
  });

  test.each([
    ["Beveiligde uploadzone van de KSZ", "nl"],
    ["Zone de téléchargement sécurisée de la BCSS", "fr"],
    ["Secure upload zone of the CBSS", "en"],
    ["Brussel", null],
    ["PGP", null],
    ["statutair, contractueel", null],
  ])("%j is plainly %s", (text, lang) => {
    expect(plainLanguageOf(text)).toBe(lang);
  });
});

describe("tables over a variable only the KSZ holds (issue 35)", () => {
  // The export without its nationality column: origin tables can only be predicted, never audited.
  const without = (t: Table, header: string): Table => {
    const at = t.headers.indexOf(header);
    expect(at).toBeGreaterThanOrEqual(0);
    return { ...t, headers: t.headers.filter((_, i) => i !== at), columns: t.columns.filter((_, i) => i !== at) };
  };
  const noNationality = without(table, table.headers[4]!);
  const fieldOf = (document: ReturnType<typeof run>["document"], id: string) =>
    document.sections.flatMap((s) => s.fields).find((f) => f.id === id);

  test("are named as not audited, and the request asks the KSZ to protect them, in nl, fr and en", () => {
    for (const lang of ["nl", "fr", "en"] as const) {
      const { checked, document } = run(noNationality, settingsIn(lang), lang);
      expect(checked.report.predictions.map((p) => p.dimensions)).toEqual([
        ["department", "originGroup"],
        ["functionLevel", "originGroup"],
      ]);
      expect(kszOnlyTables(checked.report)).toBe(2);
      const field = fieldOf(document, "kszProtects");
      expect(field).toMatchObject({ kind: "filled" });
      const text = (field as { value: string }).value;
      // Both tables by name, the variable the KSZ alone holds, and the rule it is asked to apply (1 to 4).
      for (const name of ["department", "functionLevel"]) expect(text).toContain(variableLabel(name, lang));
      expect(text).toContain(variableLabel("originGroup", lang).toLowerCase());
      expect(text).toMatch(/\b1\b.*\b4\b/);
      expect(text).not.toMatch(/\{|\}/);
    }
  });

  test("a request whose every table is predicted is never called audited", () => {
    const settings = { ...settingsIn("nl"), ksz: { sex: false, ageBand: false, originGroup: true } };
    const { checked, document } = run(noNationality, settings, "nl");
    expect(checked.report.tables).toEqual([]);
    expect(auditVerdictKey(checked.report).key).toBe("check.audit.kszOnly");
    const audit = (fieldOf(document, "auditResult") as { value: string }).value;
    expect(audit).toBe(t("nl", "filled.audit.noneOurs"));
    expect(audit).not.toMatch(/geauditeerd op/i);
  });

  test("with the nationality column, no table is left to the KSZ and the field is absent", () => {
    const { checked, document } = run(table, settingsIn("nl"), "nl");
    expect(kszOnlyTables(checked.report)).toBe(0);
    expect(fieldOf(document, "kszProtects")).toBeUndefined();
  });
});
