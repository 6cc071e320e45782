/**
 * The hostile-input corpus: malformed and hostile files and arguments an attacker or an unlucky analyst
 * gives the command line, each with the exit code and message it must get. Every input is generated
 * here (from the synthetic staff, ExcelJS and JSZip), nothing is stored as a binary. The Jest suite
 * (test/cli/hostile.test.ts) runs them all; `npx tsx scripts/make-hostile-corpus.ts DIR` writes them
 * out for a look by hand, and the benchmark times the heavy ones.
 */
import { mkdirSync, symlinkSync, linkSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { formatInsz, makeInsz, type CellValue, type MessageKey } from "../../src/core";
import { SETTINGS_SHEET, settingsToCells } from "../../src/workbook/port";
import { syntheticStaff } from "./synthetic";

export interface CaseFiles {
  /** The workbook given to the command (its hash must not change). */
  input: string;
  /** Where the command may write. */
  output: string;
  /** Other files the case made (answers files). */
  extra: Record<string, string>;
}

export interface HostileCase {
  id: string;
  /** The point of issue 14 it covers. */
  covers: string;
  make(dir: string): Promise<CaseFiles>;
  args(files: CaseFiles): string[];
  expect: {
    code: 0 | 2 | 3 | 4;
    /** The message the user must see (stderr), by catalogue key. */
    key?: MessageKey;
    /** The output must hold no INSZ, name or birth date outside the data sheet. */
    clean?: boolean;
    /** A check on the written output (the case's own point). */
    output?: (book: ExcelJS.Workbook) => string[];
  };
  /** Heavy in time or memory: also timed by the benchmark. */
  heavy?: boolean;
}

const SAMPLE = join(__dirname, "../../assets/sample/personeel-voorbeeld.xlsx");
const REF = ["--reference-date", "2024-12-31"];

/** The synthetic staff as a workbook; `edit` changes cells (row 0 = first person) before it is written. */
export async function staffWorkbook(
  rows: number,
  options: {
    edit?: (columns: CellValue[][], headers: string[]) => void;
    settings?: unknown;
    extraSheets?: (book: ExcelJS.Workbook) => void;
  } = {},
): Promise<ExcelJS.Workbook> {
  const staff = syntheticStaff(rows, 7, true, 12);
  const headers = [...staff.headers];
  const columns = staff.columns.map((c) => [...c]);
  options.edit?.(columns, headers);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Personeel");
  sheet.addRow(headers);
  for (let r = 0; r < columns[0]!.length; r++) sheet.addRow(columns.map((c) => c[r] as ExcelJS.CellValue));
  options.extraSheets?.(book);
  if (options.settings !== undefined) {
    const settings = book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    settings.addRow(settingsToCellsRaw(options.settings));
  }
  return book;
}

/** Settings as the sheet holds them, written as given (no screen: the corpus plays the attacker). */
function settingsToCellsRaw(value: unknown): string[] {
  const json = JSON.stringify(value);
  return json.length > 30_000 ? settingsToCells(value) : [json];
}

async function writeBook(book: ExcelJS.Workbook, file: string): Promise<void> {
  await book.xlsx.writeFile(file);
}

/** Rewrite parts of an .xlsx: each entry's new text, or null to remove the part. */
async function patchXlsx(from: string, to: string, parts: Record<string, (xml: string) => string | null>) {
  const { readFileSync } = await import("node:fs");
  const zip = await JSZip.loadAsync(readFileSync(from));
  for (const [name, change] of Object.entries(parts)) {
    const file = zip.file(name);
    const text = file ? await file.async("string") : "";
    const next = change(text);
    if (next === null) zip.remove(name);
    else zip.file(name, next);
  }
  writeFileSync(to, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Set the declared unpacked size of central-directory entries whose name matches. */
function declareSizes(zip: Buffer, match: (name: string) => boolean, unpacked: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0;) {
    const nameLength = out.readUInt16LE(p + 28);
    const name = out.toString("utf8", p + 46, p + 46 + nameLength);
    if (match(name)) out.writeUInt32LE(unpacked, p + 24);
    p = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 46);
  }
  return out;
}

const files = (dir: string, id: string, input: string, extra: Record<string, string> = {}): CaseFiles => ({
  input,
  output: join(dir, `${id}-out.xlsx`),
  extra,
});

/** A small staff workbook for the case. */
const staffCase =
  (rows: number, options: Parameters<typeof staffWorkbook>[1] = {}) =>
  async (dir: string, id: string) => {
    const input = join(dir, `${id}.xlsx`);
    await writeBook(await staffWorkbook(rows, options), input);
    return files(dir, id, input);
  };

const sampleCopy = (dir: string, id: string) => {
  const input = join(dir, `${id}.xlsx`);
  copyFileSync(SAMPLE, input);
  return files(dir, id, input);
};

const bytesCase = (bytes: Buffer, name: string) => async (dir: string, id: string) => {
  const input = join(dir, `${id}-${name}`);
  writeFileSync(input, bytes);
  return files(dir, id, input);
};

const answersCase =
  (content: string | Buffer | null, kind: "file" | "dir" = "file") =>
  async (dir: string, id: string) => {
    const f = sampleCopy(dir, id);
    const answers = join(dir, `${id}-answers.json`);
    if (kind === "dir") mkdirSync(answers, { recursive: true });
    else if (content !== null) writeFileSync(answers, content);
    return { ...f, extra: { answers } };
  };

const prepare = (f: CaseFiles) => ["prepare", f.input, "-o", f.output, ...REF];
const withAnswers = (f: CaseFiles) => ["request", f.input, "-o", f.output, "--answers", f.extra.answers!, ...REF];

const INSZ_SLIP = makeInsz(1963, 1, 8, 276);
/** The longest text any cell of the product's sheets holds (the data sheet is the input's). */
const longestCell = (book: ExcelJS.Workbook) =>
  Math.max(
    ...book.worksheets
      .filter((ws) => ws.name !== "Personeel")
      .flatMap((ws) => {
        const lengths: number[] = [];
        ws.eachRow((row) => row.eachCell((cell) => lengths.push(String(cell.value ?? "").length)));
        return lengths;
      }),
  );

/** Cells of the product's sheets (not the data sheet) that are formulas: none may be. */
const formulas = (book: ExcelJS.Workbook) =>
  book.worksheets
    .filter((ws) => ws.name !== "Personeel")
    .flatMap((ws) => {
      const found: string[] = [];
      ws.eachRow((row) => row.eachCell((cell) => cell.formula && found.push(`${ws.name}!${cell.address}`)));
      return found;
    });

type Maker = (dir: string, id: string) => Promise<CaseFiles> | CaseFiles;
const c = (
  id: string,
  covers: string,
  make: Maker,
  args: (f: CaseFiles) => string[],
  expect: HostileCase["expect"],
  heavy = false,
): HostileCase => ({ id, covers, make: (dir) => Promise.resolve(make(dir, id)), args, expect, heavy });

export const HOSTILE_CASES: HostileCase[] = [
  // 1. The input is never overwritten.
  c(
    "out-symlink",
    "1 output",
    (d, id) => {
      const f = sampleCopy(d, id);
      symlinkSync(f.input, f.output);
      return f;
    },
    (f) => ["recode", f.input, "-o", f.output],
    { code: 2, key: "cli.error.sameFile" },
  ),
  c(
    "out-hardlink",
    "1 output",
    (d, id) => {
      const f = sampleCopy(d, id);
      linkSync(f.input, f.output);
      return f;
    },
    (f) => ["recode", f.input, "-o", f.output],
    { code: 2, key: "cli.error.sameFile" },
  ),
  c(
    "out-through-linked-folder",
    "1 output",
    (d, id) => {
      const f = sampleCopy(d, id);
      const linked = join(d, `${id}-folder`);
      symlinkSync(d, linked);
      return { ...f, output: join(linked, `${id}.xlsx`) };
    },
    (f) => ["prepare", f.input, "-o", f.output],
    { code: 2, key: "cli.error.sameFile" },
  ),
  c("out-same-name", "1 output", sampleCopy, (f) => ["recode", f.input, "-o", f.input], {
    code: 2,
    key: "cli.error.sameFile",
  }),
  c("send-copy-is-input", "1 output", sampleCopy, (f) => [...prepare(f), "--send-copy", f.input], {
    code: 2,
    key: "cli.error.sameFile",
  }),
  c(
    "out-is-folder",
    "1 output",
    (d, id) => ({ ...sampleCopy(d, id), output: d }),
    (f) => ["recode", f.input, "-o", f.output],
    { code: 4, key: "cli.write.folder" },
  ),
  c("out-folder-missing", "1 output", sampleCopy, (f) => ["recode", f.input, "-o", join(f.input, "sub", "out.xlsx")], {
    code: 4,
    key: "cli.write.noFolder",
  }),
  // 2. Settings are untrusted.
  c(
    "settings-request-sheet-in-data",
    "2 settings",
    staffCase(60, {
      settings: {
        version: 1,
        requestSheet: {
          name: "Personeel",
          cells: {
            institution: { row: 1, col: 0, kind: "text" },
            kbo: { row: 1, col: 1, kind: "text" },
            place: { row: 1, col: 2, kind: "text" },
          },
        },
      },
    }),
    prepare,
    { code: 0, key: "settings.notOurSheet", clean: true },
  ),
  c(
    "settings-department-is-names",
    "2 settings",
    staffCase(400, {
      settings: { version: 1, roles: { department: "Naam" }, own: ["department"] },
    }),
    prepare,
    { code: 2, key: "error.identifierAsCategory" },
  ),
  c(
    "settings-level-is-insz",
    "2 settings",
    staffCase(60, {
      settings: { version: 1, roles: { functionLevel: "INSZ" }, own: ["functionLevel"] },
    }),
    prepare,
    { code: 2, key: "error.identifierAsCategory" },
  ),
  c(
    "settings-not-json",
    "2 settings",
    async (d, id) => {
      const book = await staffWorkbook(60);
      book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" }).addRow(['{"version": 1, "threshold": ']);
      const input = join(d, `${id}.xlsx`);
      await writeBook(book, input);
      return files(d, id, input);
    },
    prepare,
    { code: 0, key: "settings.damaged", clean: true },
  ),
  c(
    "settings-wrong-types",
    "2 settings",
    staffCase(60, {
      settings: { version: 1, threshold: "five", roles: { department: 7 }, ksz: "yes", answers: { institution: 12 } },
    }),
    prepare,
    { code: 0, key: "settings.damaged", clean: true },
  ),
  c(
    "settings-150000-origin-overrides",
    "2 settings",
    staffCase(60, {
      settings: {
        version: 1,
        originOverrides: Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`Land ${i}`, "belgian"])),
      },
    }),
    prepare,
    { code: 0, key: "settings.damaged", clean: true },
  ),
  c(
    "settings-unknown-fields",
    "2 settings",
    staffCase(60, {
      settings: { version: 1, insz: INSZ_SLIP, names: ["Sofie Peeters"], __proto__x: 1 },
    }),
    prepare,
    { code: 0, key: "settings.damaged", clean: true },
  ),
  c(
    "settings-300-tables-of-8",
    "6 hang",
    staffCase(60, {
      settings: {
        version: 1,
        tables: Array.from({ length: 300 }, () => [
          "sex",
          "ageBand",
          "originGroup",
          "department",
          "functionLevel",
          "status",
          "sex",
          "ageBand",
        ]),
      },
    }),
    prepare,
    { code: 0, key: "settings.damaged", clean: true },
    true,
  ),
  c(
    "settings-answers-with-insz",
    "2 settings",
    staffCase(60, {
      settings: { version: 1, answers: { institution: `Dienst ${formatInsz(INSZ_SLIP)}` } },
    }),
    prepare,
    { code: 0, key: "screen.answers", clean: true },
  ),
  c(
    "settings-map-key-is-insz",
    "2 settings",
    staffCase(60, {
      edit: (cols) => {
        cols[5]![3] = INSZ_SLIP;
      },
      settings: { version: 1, groupings: { department: { map: { [INSZ_SLIP]: "Dienst 01" } } } },
    }),
    prepare,
    { code: 0, key: "screen.entries", clean: true },
  ),
  // 3. Category values are screened.
  c(
    "department-name-and-insz",
    "3 screen",
    staffCase(60, {
      edit: (cols) => {
        cols[5]![4] = `Julie Popescu ${INSZ_SLIP}`;
      },
    }),
    prepare,
    { code: 0, key: "screen.groups", clean: true },
  ),
  c(
    "department-is-a-name",
    "3 screen",
    staffCase(60, {
      edit: (cols) => {
        cols[5]![2] = cols[0]![9]!;
      },
    }),
    prepare,
    { code: 0, key: "screen.groups", clean: true },
  ),
  c(
    "department-holds-birth-date",
    "3 screen",
    staffCase(60, {
      edit: (cols) => {
        cols[2]![0] = "14/03/1971";
        cols[5]![1] = "Dienst 14/03/1971";
      },
    }),
    prepare,
    { code: 0, key: "screen.groups", clean: true },
  ),
  c(
    "map-department-to-insz",
    "3 screen",
    sampleCopy,
    (f) => [...prepare(f), "--map", "department=Rijksregisternummer"],
    {
      code: 2,
      key: "error.identifierAsCategory",
    },
  ),
  c(
    "answers-with-insz",
    "3 screen",
    answersCase(JSON.stringify({ contactPhone: formatInsz(INSZ_SLIP) })),
    withAnswers,
    {
      code: 0,
      key: "screen.answers",
      clean: true,
    },
  ),
  c(
    "formula-injection",
    "3 screen",
    staffCase(60, {
      edit: (cols) => {
        cols[5]![0] = '=HYPERLINK("http://x.invalid","klik")';
        cols[5]![1] = "+cmd|' /C calc'!A0";
        cols[5]![2] = "@SUM(1+1)";
        cols[5]![3] = "-2+3";
      },
    }),
    prepare,
    { code: 0, clean: true, output: formulas },
  ),
  // 4. A failed save leaves nothing behind.
  c(
    "data-reaches-xfd",
    "4 save",
    staffCase(20, {
      edit: (cols, headers) => {
        headers.push(...Array.from({ length: 16_384 - headers.length }, (_, i) => `Extra ${i}`));
        cols.push(...Array.from({ length: 16_384 - cols.length }, () => Array<CellValue>(20).fill(1)));
      },
    }),
    (f) => ["recode", f.input, "-o", f.output, ...REF],
    { code: 4, key: "limit.columns" },
    true,
  ),
  c(
    "1200-departments",
    "4 save",
    staffCase(6000, {
      edit: (cols) => {
        for (let r = 0; r < 6000; r++) cols[5]![r] = `Dienst ${r % 1200}`;
      },
    }),
    prepare,
    { code: 4, key: "limit.categoriesPerDimension" },
    true,
  ),
  // 5. Success that is not.
  c("out-empty", "5 success", sampleCopy, (f) => ["recode", f.input, "-o", ""], {
    code: 2,
    key: "cli.error.emptyOutput",
  }),
  c(
    "no-shared-strings",
    "5 success",
    async (d, id) => {
      const source = join(d, `${id}-source.xlsx`);
      await (await staffWorkbook(30)).xlsx.writeFile(source);
      const input = join(d, `${id}.xlsx`);
      await patchXlsx(source, input, { "xl/sharedStrings.xml": () => null });
      return files(d, id, input);
    },
    prepare,
    { code: 4 },
  ),
  c("header-only", "5 success", staffCase(0), prepare, { code: 4, key: "cli.error.noDataRows" }),
  c(
    "empty-sheet",
    "5 success",
    async (d, id) => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet("Leeg");
      const input = join(d, `${id}.xlsx`);
      await writeBook(book, input);
      return files(d, id, input);
    },
    prepare,
    { code: 4, key: "cli.error.noTable" },
  ),
  // 6. Crashes and hangs.
  c(
    "row-2000000",
    "6 hang",
    async (d, id) => {
      const source = join(d, `${id}-source.xlsx`);
      await (await staffWorkbook(5)).xlsx.writeFile(source);
      const input = join(d, `${id}.xlsx`);
      await patchXlsx(source, input, {
        "xl/worksheets/sheet1.xml": (xml) =>
          xml.replace(
            "</sheetData>",
            '<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
          ),
      });
      return files(d, id, input);
    },
    prepare,
    { code: 4, key: "limit.rows" },
    true,
  ),
  c(
    "zip-bomb",
    "6 hang",
    async (d, id) => {
      const zip = new JSZip();
      zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
      zip.file(
        "xl/worksheets/sheet1.xml",
        `<worksheet><sheetData>${" ".repeat(60 * 1024 * 1024)}</sheetData></worksheet>`,
      );
      const input = join(d, `${id}.xlsx`);
      writeFileSync(
        input,
        await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }),
      );
      return files(d, id, input);
    },
    (f) => ["inspect", f.input],
    { code: 4, key: "limit.compressionRatio" },
    true,
  ),
  c(
    "declares-3-gb",
    "6 hang",
    async (d, id) => {
      const zip = new JSZip();
      for (let i = 0; i < 300; i++) zip.file(`xl/media/part${i}.bin`, `part ${i}`);
      const input = join(d, `${id}.xlsx`);
      const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
      writeFileSync(
        input,
        declareSizes(bytes, (n) => n.startsWith("xl/media/"), 9 * 1024 * 1024),
      );
      return files(d, id, input);
    },
    (f) => ["inspect", f.input],
    { code: 4, key: "limit.unzippedBytes" },
  ),
  c("answers-dev-zero", "6 hang", sampleCopy, (f) => ["request", f.input, "-o", f.output, "--answers", "/dev/zero"], {
    code: 2,
    key: "cli.error.answersNotFile",
  }),
  c("out-under-proc", "6 hang", sampleCopy, (f) => ["recode", f.input, "-o", "/proc/x/out.xlsx"], {
    code: 2,
    key: "cli.error.specialOutput",
  }),
  c(
    "check-6-dims",
    "6 hang",
    sampleCopy,
    (f) => ["check", f.input, "--dims", "sex,ageBand,originGroup,department,functionLevel,status", ...REF],
    {
      code: 2,
      key: "limit.dimensionsPerTable",
    },
  ),
  // 7. Cells over Excel's limit.
  c(
    "department-40000-chars",
    "7 cell text",
    staffCase(60, {
      edit: (cols) => {
        cols[5]![0] = "D".repeat(40_000);
      },
    }),
    prepare,
    {
      code: 0,
      // Cut to Excel's limit, and said so.
      key: "limit.cellTextCut",
      clean: true,
      output: (book) => (longestCell(book) > 32_767 ? [`a cell of ${longestCell(book)} characters`] : []),
    },
  ),
  // 8. Messages an analyst understands.
  c(
    "xls",
    "8 messages",
    bytesCase(
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      "old.xls",
    ),
    (f) => ["inspect", f.input],
    {
      code: 4,
      key: "cli.error.xls",
    },
  ),
  c(
    "encrypted",
    "8 messages",
    bytesCase(
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(64),
        Buffer.from("EncryptedPackage", "utf16le"),
        Buffer.alloc(64),
      ]),
      "locked.xlsx",
    ),
    (f) => ["inspect", f.input],
    {
      code: 4,
      key: "cli.error.encrypted",
    },
  ),
  c(
    "ods",
    "8 messages",
    async (d, id) => {
      const zip = new JSZip();
      zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
      zip.file("content.xml", "<office:document-content/>");
      const input = join(d, `${id}.ods`);
      writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
      return files(d, id, input);
    },
    (f) => ["inspect", f.input],
    { code: 4, key: "cli.error.ods" },
  ),
  c(
    "csv",
    "8 messages",
    bytesCase(Buffer.from("Naam;INSZ;Dienst\nA;85073003328;B\n"), "export.csv"),
    (f) => ["inspect", f.input],
    {
      code: 4,
      key: "cli.error.csv",
    },
  ),
  c(
    "truncated",
    "8 messages",
    async (d, id) => {
      const { readFileSync } = await import("node:fs");
      const bytes = readFileSync(SAMPLE);
      return bytesCase(bytes.subarray(0, Math.floor(bytes.length / 2)), "half.xlsx")(d, id);
    },
    (f) => ["inspect", f.input],
    { code: 4, key: "cli.error.damaged" },
  ),
  c("zero-bytes", "8 messages", bytesCase(Buffer.alloc(0), "empty.xlsx"), (f) => ["inspect", f.input], {
    code: 4,
    key: "cli.error.damaged",
  }),
  c(
    "png-named-xlsx",
    "8 messages",
    bytesCase(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), "picture.xlsx"),
    (f) => ["inspect", f.input],
    {
      code: 4,
      key: "cli.error.damaged",
    },
  ),
  c(
    "zip-not-workbook",
    "8 messages",
    async (d, id) => {
      const zip = new JSZip();
      zip.file("readme.txt", "not a workbook");
      const input = join(d, `${id}.xlsx`);
      writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
      return files(d, id, input);
    },
    (f) => ["inspect", f.input],
    { code: 4 },
  ),
  c(
    "input-missing",
    "8 messages",
    (d, id) => files(d, id, join(d, `${id}-nowhere.xlsx`)),
    (f) => ["inspect", f.input],
    {
      code: 4,
      key: "cli.error.unreadable",
    },
  ),
  c("answers-missing", "8 messages", answersCase(null), withAnswers, { code: 2, key: "cli.error.answersMissing" }),
  c("answers-folder", "8 messages", answersCase(null, "dir"), withAnswers, {
    code: 2,
    key: "cli.error.answersNotFile",
  }),
  c("answers-too-large", "8 messages", answersCase(`{"institution": "${"x".repeat(1_100_000)}"}`), withAnswers, {
    code: 2,
    key: "cli.error.answersTooLarge",
  }),
  c("answers-not-json", "8 messages", answersCase("institution: X"), withAnswers, {
    code: 2,
    key: "cli.error.answers",
  }),
  c(
    "answers-with-bom",
    "8 messages",
    answersCase(`\uFEFF${JSON.stringify({ institution: "FOD Voorbeeld" })}`),
    withAnswers,
    {
      code: 0,
      clean: true,
    },
  ),
];
