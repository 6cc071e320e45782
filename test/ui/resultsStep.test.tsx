/**
 * @jest-environment jsdom
 */
/**
 * Step 5 in the pane (issue 30): the analyst picks the KSZ's answer, sees each requested table found or
 * missing, maps a label the reader could not place with a drop-down, and writes the results sheet. The
 * answer is written from the check's own protected tables of the same staff, as the KSZ would publish.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { recodeTable, type CheckOutcome } from "../../src/core";
import { checkJobOf } from "../../src/solver/checker";
import { inProcessChecker } from "../../src/solver/inProcessChecker";
import { App } from "../../src/taskpane/App";
import { testIds } from "../../src/taskpane/testIds";
import { detect, loadSettings, readNeeded } from "../../src/workbook/tasks";
import { stack, tableGrid, type KnownTable } from "../support/deliveries";
import { memoryWorkbook } from "../support/memoryWorkbook";

const TODAY = "2025-01-15";

/** The KSZ's tables for the memory workbook's staff, as the pane's own check protects them. */
async function kszTables(): Promise<{ checked: CheckOutcome; kinds: KnownTable["kinds"] }> {
  const port = memoryWorkbook();
  const { settings } = await loadSettings(port, TODAY, "nl");
  const detected = await detect(port, settings);
  const table = await readNeeded(port, detected);
  const recoded = recodeTable(table, detected.roles, settings);
  const checked = await inProcessChecker(checkJobOf(table.rowCount, recoded, settings, table.headers));
  return {
    checked,
    kinds: Object.fromEntries(Object.entries(recoded.variables).map(([n, v]) => [n, v.kind])) as KnownTable["kinds"],
  };
}

function csvOf(grid: unknown[][]): string {
  return grid.map((r) => r.map((v) => (v === null || v === undefined ? "" : `"${String(v)}"`)).join(";")).join("\n");
}

async function toResultsStep() {
  const port = memoryWorkbook();
  await act(async () => {
    render(<App host="excel" initialLang="nl" port={port} today={TODAY} />);
  });
  fireEvent.click(screen.getByTestId(testIds.detect));
  await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/400 rijen/));
  fireEvent.click(screen.getByTestId(testIds.stepTab("results")));
  // Before the check, step 5 says what it needs.
  expect(await screen.findByTestId(testIds.resultsNeedsCheck)).toHaveTextContent(/stap 3/);
  fireEvent.click(screen.getByTestId(testIds.stepTab("describe")));
  fireEvent.click(screen.getByTestId(testIds.runCheck));
  await waitFor(() => expect(screen.getByTestId(testIds.checkResults)).toBeInTheDocument(), { timeout: 20_000 });
  fireEvent.click(screen.getByTestId(testIds.stepTab("results")));
  await screen.findByTestId(testIds.resultsFiles);
  return port;
}

const pick = (files: File[]) =>
  act(async () => {
    fireEvent.change(screen.getByTestId(testIds.resultsFileInput), { target: { files } });
  });

describe("step 5, results", () => {
  test("the answer is read, every table found; a label nothing matches is mapped; the results sheet is written", async () => {
    const { checked, kinds } = await kszTables();
    const known = checked.report.tables.map((tab): KnownTable => ({
      dimensions: tab.dimensions,
      categories: tab.categories,
      kinds,
      cells: tab.cells.map((c) => ({ key: c.key, count: c.count, hidden: c.status !== "safe" })),
    }));
    const grids = known.map((k) =>
      tableGrid(k, { layout: "wide", lang: "nl", variant: false, totals: true, mark: "x" }),
    );
    // One label as the KSZ might spell it: a department the reader cannot place.
    const header = grids[0]![0]!;
    const original = header[1] as string;
    header[1] = `${original} (dienst)`;
    const file = new File([csvOf(stack(grids))], "antwoord.csv", { type: "text/csv" });
    const port = await toResultsStep();
    await pick([file]);
    const verdict = await screen.findByTestId(testIds.resultsVerdict, {}, { timeout: 20_000 });
    const found = new RegExp(`Gevraagde tabellen gevonden: ${known.length} van ${known.length}; (\\d+) punt`);
    expect(verdict).toHaveTextContent(found);
    const before = Number(found.exec(verdict.textContent ?? "")![1]);
    // The staff the check leaves out of the KSZ's tables (sex or age unknown in the export) are said
    // per group as not linked; the label and its department's missing column are the other 2 points.
    const unlinked =
      screen
        .getByTestId(testIds.resultsTables)
        .textContent!.match(/kon \d+ van uw \d+ personeelsleden niet koppelen/g) ?? [];
    expect(before).toBe(2 + unlinked.length);
    // The unmatched label has its drop-down: the analyst says which department it is.
    fireEvent.click(screen.getByTestId(testIds.resultsMap(`${original} (dienst)`)));
    fireEvent.click(await screen.findByRole("option", { name: new RegExp(`: ${original}$`) }));
    await waitFor(() => expect(screen.queryByTestId(testIds.resultsMap(`${original} (dienst)`))).toBeNull(), {
      timeout: 20_000,
    });
    const after = screen.getByTestId(testIds.resultsVerdict).textContent ?? "";
    // Green only when nothing is left: then every table is found and every person linked.
    if (unlinked.length === 0) expect(after).toMatch(/Elke gevraagde tabel is gevonden/);
    else expect(after).toMatch(new RegExp(`; ${unlinked.length} punt`));
    fireEvent.click(screen.getByTestId(testIds.resultsWrite));
    await screen.findByTestId(testIds.resultsWritten);
    expect(port.outputSheets()).toContain("Resultaten KSZ");
  }, 60_000);

  test("an encrypted answer is named for what it is, and a missing table is said, never green", async () => {
    await toResultsStep();
    const pgp = new File([new Uint8Array([0x85, 0x01, 0x0c, 0x03, 0x00, 0x01, 0x02, 0x03, 0x04])], "antwoord.xlsx.gpg");
    const one = new File(['"";"Aantal"\n"Mannen";"190"\n"Vrouwen";"210"\n'], "een.csv");
    await pick([pgp, one]);
    expect(await screen.findByTestId(testIds.resultsFileError)).toHaveTextContent(/met PGP versleuteld/);
    const verdict = await screen.findByTestId(testIds.resultsVerdict, {}, { timeout: 20_000 });
    expect(verdict).toHaveTextContent(/Gevraagde tabellen gevonden: 0 van \d+/);
    expect(verdict).not.toHaveTextContent(/Elke gevraagde tabel is gevonden/);
  }, 60_000);
});
