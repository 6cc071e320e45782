/**
 * Issue 21: an interrupted run leaves nothing personal on disk. Ctrl-C while the output is being
 * written removes the half-written file, and the reader never put a copy of the sheet (INSZ, birth
 * dates) in the temp folder. The real entry point runs as a child, so the signal and TMPDIR are real.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, watch } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { syntheticStaff } from "../support/synthetic";

const ROOT = join(__dirname, "../..");
const ROWS = 120_000;
const dir = mkdtempSync(join(tmpdir(), "divreq-interrupt-"));
const input = join(dir, "personeel.xlsx");

beforeAll(async () => {
  // ExcelJS's writer puts the sheet before the shared strings, as Excel does: the order that made
  // the old reader copy the unpacked sheet to the temp folder.
  const staff = syntheticStaff(ROWS, 7, true, 20);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: input, useSharedStrings: true });
  const sheet = writer.addWorksheet("Personeel");
  sheet.addRow([...staff.headers]).commit();
  for (let r = 0; r < ROWS; r++) sheet.addRow(staff.columns.map((c) => c[r] as ExcelJS.CellValue)).commit();
  await writer.commit();
}, 120_000);

test("Ctrl-C while the output is written leaves no file in the output or the temp folder", async () => {
  const temp = mkdtempSync(join(tmpdir(), "divreq-tmpdir-"));
  const out = mkdtempSync(join(tmpdir(), "divreq-out-"));
  const inTemp: string[] = [];
  const tempWatch = watch(temp, (_event, name) => inTemp.push(String(name)));
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/cli/main.ts",
      "prepare",
      input,
      "-o",
      join(out, "uit.xlsx"),
      "--reference-date",
      "2024-12-31",
    ],
    { cwd: ROOT, env: { ...process.env, TMPDIR: temp }, stdio: "ignore" },
  );
  let interrupted = false;
  // The moment the half-written output appears, the run is interrupted: it is then writing for seconds.
  const outWatch = watch(out, (_event, name) => {
    if (!interrupted && String(name).includes(".tmp-")) {
      interrupted = true;
      child.kill("SIGINT");
    }
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("exit", (c, s) => resolve([c, s])),
  );
  await new Promise((resolve) => setTimeout(resolve, 200)); // let the watchers report
  tempWatch.close();
  outWatch.close();
  expect(interrupted).toBe(true);
  expect({ code, signal }).toEqual({ code: 130, signal: null });
  expect(readdirSync(out)).toEqual([]);
  // tsx, which runs the TypeScript here, keeps its compile cache in the temp folder: not ours.
  const ours = (names: string[]) => names.filter((n) => !/^tsx-/.test(n));
  expect(ours(inTemp)).toEqual([]);
  expect(ours(readdirSync(temp))).toEqual([]);
}, 120_000);
