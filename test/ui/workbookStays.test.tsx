/**
 * @jest-environment jsdom
 */
/**
 * Issue 31 in the pane: typing keeps Excel's undo (choices wait for a step that writes), the pane says
 * what undo keeps before the first such step, and a data sheet other than the remembered one is
 * taken only when the analyst says so.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { testIds } from "../../src/taskpane/testIds";
import { defaultSettings } from "../../src/core";
import { OfficeWorkbook, type ExcelRun } from "../../src/workbook/office/officeWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { saveSettingsChecked } from "../../src/workbook/savedSettings";
import { fakeExcelRun, fakeRequirements } from "../support/excel-fake";
import { memoryWorkbook } from "../support/memoryWorkbook";
import { staffSheet, staffWorkbook } from "../support/officeStaff";

const TODAY = "2025-01-15";

async function renderPane(port: WorkbookPort, lang: "nl" | "fr" | "en" = "nl") {
  await act(async () => {
    render(<App host="excel" initialLang={lang} port={port} today={TODAY} />);
  });
}

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

async function detectAndRecode(rows: RegExp) {
  fireEvent.click(screen.getByTestId(testIds.detect));
  await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(rows));
  fireEvent.click(screen.getByTestId(testIds.stepTab("describe")));
  fireEvent.click(screen.getByTestId(testIds.recode));
  await waitFor(() => expect(screen.getByTestId(testIds.message)).toHaveTextContent(/gehercodeerd/));
}

test("typing an answer writes nothing to the workbook; the choices wait, and Recode saves them", async () => {
  const port = memoryWorkbook();
  const save = jest.spyOn(port, "saveSettings");
  await renderPane(port, "en");
  fireEvent.click(screen.getByTestId(testIds.stepTab("motivate")));
  fireEvent.change(screen.getByRole("textbox", { name: /Reference to the diversity plan/ }), {
    target: { value: "Plan 2025" },
  });
  // Well past the old 600 ms save: nothing was written, and the pane says why the choices wait.
  await wait(1000);
  expect(save).not.toHaveBeenCalled();
  expect(screen.getByTestId(testIds.unsaved)).toHaveTextContent(/not in the workbook yet/);
  fireEvent.click(screen.getByTestId(testIds.stepTab("decide")));
  fireEvent.click(screen.getByTestId(testIds.detect));
  await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/400 rows/));
  expect(save).not.toHaveBeenCalled(); // Detect only reads
  fireEvent.click(screen.getByTestId(testIds.stepTab("describe")));
  fireEvent.click(screen.getByTestId(testIds.recode));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  expect(await port.loadSettings()).toMatchObject({ answers: { diversityPlan: "Plan 2025" } });
  await waitFor(() => expect(screen.queryByTestId(testIds.unsaved)).toBeNull());
});

test.each([
  ["cleared", /kan niet ongedaan maken wat een invoegtoepassing schrijft/],
  ["steps", /is één stap voor Ctrl\+Z/],
] as const)("before the first step that writes, the pane says what undo keeps (%s)", async (undo, text) => {
  const port = Object.assign(memoryWorkbook(), { undoSupport: undo });
  await renderPane(port);
  expect(screen.getByTestId(testIds.undoNotice)).toHaveTextContent(text);
  await detectAndRecode(/400 rijen/);
  expect(screen.queryByTestId(testIds.undoNotice)).toBeNull();
});

test("on another sheet than the remembered one, Detect keeps the remembered sheet and offers the other", async () => {
  const { data, door } = staffWorkbook(60);
  await renderPane(door);
  await detectAndRecode(/60 rijen/);
  data.addSheet("Personeel 2025", staffSheet(30));
  data.activeSheet = data.sheets.indexOf(data.sheet("Personeel 2025")!);
  fireEvent.click(screen.getByTestId(testIds.stepTab("decide")));
  fireEvent.click(screen.getByTestId(testIds.detect));
  await waitFor(() => expect(screen.getByTestId(testIds.otherSheet)).toBeInTheDocument());
  expect(screen.getByTestId(testIds.source)).toHaveTextContent(/Personeel!.*60 rijen/);
  expect(screen.getByTestId(testIds.otherSheet)).toHaveTextContent(
    /De gegevens komen van blad Personeel.*U staat nu op blad Personeel 2025/,
  );
  fireEvent.click(screen.getByTestId(testIds.takeActive));
  await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/Personeel 2025!.*30 rijen/));
  expect(screen.queryByTestId(testIds.otherSheet)).toBeNull();
});

test("a co-author saved choices meanwhile: the pane writes nothing over them and lets the analyst choose", async () => {
  const { data, door } = staffWorkbook(60);
  await renderPane(door);
  fireEvent.click(screen.getByTestId(testIds.stepTab("motivate")));
  fireEvent.change(screen.getByRole("textbox", { name: /Verwijzing naar het diversiteitsplan/ }), {
    target: { value: "Plan Brugge" },
  });
  // Someone else in the same workbook saves first.
  await saveSettingsChecked(
    new OfficeWorkbook(fakeExcelRun(data) as unknown as ExcelRun, () => null, fakeRequirements(data)),
    { ...defaultSettings(TODAY, "nl"), answers: { diversityPlan: "Plan Gent" } },
  );
  fireEvent.click(screen.getByTestId(testIds.saveChoices));
  await waitFor(() => expect(screen.getByTestId(testIds.conflict)).toHaveTextContent(/Iemand anders/));
  expect(((await door.loadSettings()) as { answers: Record<string, unknown> }).answers.diversityPlan).toBe("Plan Gent");
  fireEvent.click(screen.getByRole("button", { name: "Hun keuzes overnemen" }));
  await waitFor(() => expect(screen.queryByTestId(testIds.conflict)).toBeNull());
  expect(
    (screen.getByRole("textbox", { name: /Verwijzing naar het diversiteitsplan/ }) as HTMLInputElement).value,
  ).toBe("Plan Gent");
});

test("a workbook open read-only is said once the data are found: the work is kept only in a copy", async () => {
  const { data, door } = staffWorkbook(40);
  data.readOnly = true;
  await renderPane(door);
  expect(screen.queryByTestId(testIds.readOnly)).toBeNull();
  fireEvent.click(screen.getByTestId(testIds.detect));
  await waitFor(() => expect(screen.getByTestId(testIds.readOnly)).toHaveTextContent(/alleen-lezen.*Opslaan als/));
});
