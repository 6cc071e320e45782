/**
 * The ribbon commands, run against the in-memory Excel: one click does the job on saved or default
 * settings, reports in a dialog, and always completes the event.
 */
import { FakeWorkbookData, fakeExcelRun, type CellValue } from "../support/excel-fake";
import { syntheticTable } from "../support/synthetic";

type Handler = (event: { completed: () => void }) => Promise<void>;

function setUp(cells: CellValue[][]) {
  const data = new FakeWorkbookData();
  data.addSheet("Personeel", cells);
  const handlers: Record<string, Handler> = {};
  const dialogs: string[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: fakeExcelRun(data) };
  g.Office = {
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve();
    },
    actions: { associate: (name: string, handler: Handler) => (handlers[name] = handler) },
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: { DialogMessageReceived: "dialogMessageReceived" },
    context: {
      displayLanguage: "nl-BE",
      requirements: { isSetSupported: () => false },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          dialogs.push(url);
          callback({ status: "succeeded", value: { addEventHandler: () => undefined, close: () => undefined } });
        },
      },
    },
  };
  jest.isolateModules(() => {
    // The module registers its handlers on load; a fresh copy per test sees this test's globals.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/commands/commands");
  });
  return { data, handlers, dialogs };
}

const staff = (): CellValue[][] => {
  const table = syntheticTable(300, 3, true, 6);
  return [
    table.headers.map(String),
    ...Array.from({ length: 300 }, (_, r) => table.columns.map((c) => (c[r] ?? "") as CellValue)),
  ];
};

const params = (url: string) => {
  const q = new URL(url).searchParams;
  return {
    key: q.get("key"),
    lang: q.get("lang"),
    params: JSON.parse(q.get("params") ?? "{}") as Record<string, string>,
  };
};

beforeAll(() => {
  (globalThis as unknown as { window: unknown }).window = {
    location: { href: "https://localhost:3000/commands.html" },
  };
});

describe("ribbon commands", () => {
  test("Recode ages adds only the age-band column, and says so in Dutch", async () => {
    const { data, handlers, dialogs } = setUp(staff());
    const completed = jest.fn();
    await handlers.recodeAges!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(data.sheets[0]!.cells[0]).toContain("Leeftijdsklasse");
    expect(data.sheets[0]!.cells[0]).not.toContain("Nationaliteitsgroep");
    expect(params(dialogs[0]!)).toMatchObject({
      key: "command.done",
      lang: "nl",
      params: { command: "Leeftijden hercoderen" },
    });
  });

  test("Check small cells and Generate request write their sheets", async () => {
    const { data, handlers } = setUp(staff());
    await handlers.checkSmallCells!({ completed: jest.fn() });
    expect(data.sheets[data.activeSheet]!.name).toBe("Controle kleine cellen");
    await handlers.generateRequest!({ completed: jest.fn() });
    expect(data.sheets[data.activeSheet]!.name).toBe("KSZ-aanvraag");
    // The request was built from the staff sheet, not from the check sheet that was active then.
    expect(data.sheet("KSZ-aanvraag")!.cells.flat()).toContain("300 personen");
    expect(data.sheets.map((s) => s.name)).toEqual([
      "Personeel",
      "Controle kleine cellen",
      "KSZ-aanvraag",
      "DiversityRequest_settings",
    ]);
  });

  test("when something needed is missing, a message says what and where to fix it, and nothing is written", async () => {
    const { data, handlers, dialogs } = setUp([
      ["Naam", "Dienst"],
      ["An", "ICT"],
      ["Bo", "HR"],
    ]);
    const completed = jest.fn();
    await handlers.recodeNationalities!({ completed });
    expect(completed).toHaveBeenCalled();
    expect(params(dialogs[0]!)).toMatchObject({ key: "command.missingRole", params: { role: "Nationaliteit" } });
    expect(data.sheets[0]!.cells[0]).toEqual(["Naam", "Dienst"]);
  });
});
