/**
 * The ribbon commands, run against the in-memory Excel: one click does the job on saved or default
 * settings and always completes the event. Without a shared runtime they report in a dialog; with
 * one, through the pane, which they open when something is missing.
 */
import { dialogHost, registerCommands, type CommandHost } from "../../src/commands/commands";
import { PaneBridge, sharedRuntimeHost, type PaneHandle } from "../../src/taskpane/commandBridge";
import type { PaneMessage } from "../../src/taskpane/usePane";
import { FakeWorkbookData, fakeExcelRun, type CellValue } from "../support/excel-fake";
import { syntheticTable } from "../support/synthetic";

type Handler = (event: { completed: () => void }) => Promise<void>;

/** An open notice dialog as Office gives it: its handlers, and whether the page closed it. */
interface FakeDialog {
  url: string;
  handlers: Record<string, (arg?: unknown) => void>;
  closedByPage: boolean;
}

/**
 * Office's dialogs, one at a time as Office allows (a second while one is open fails with 12007). By
 * default the analyst presses Close as soon as a notice shows; `manual` leaves that to the test.
 */
function fakeDialogs(options: { manual?: boolean } = {}) {
  const opened: FakeDialog[] = [];
  let open: FakeDialog | null = null;
  const press = (dialog: FakeDialog) => dialog.handlers.dialogMessageReceived?.({ message: "close" });
  const displayDialogAsync = (url: string, _options: unknown, callback: (r: unknown) => void) => {
    if (open) {
      callback({ status: "failed", error: { code: 12007 } });
      return;
    }
    const dialog: FakeDialog = { url, handlers: {}, closedByPage: false };
    opened.push(dialog);
    open = dialog;
    callback({
      status: "succeeded",
      value: {
        addEventHandler: (type: string, handler: (arg?: unknown) => void) => (dialog.handlers[type] = handler),
        close: () => {
          dialog.closedByPage = true;
          open = null;
        },
      },
    });
    if (!options.manual) setTimeout(() => press(dialog), 0);
  };
  return {
    opened,
    displayDialogAsync,
    press,
    /** The open dialog (another add-in's) is closed by its own means. */
    closeOpen: () => (open = null),
  };
}

function setUp(
  cells: CellValue[][],
  host: (dialogs: string[]) => CommandHost | Promise<CommandHost> = () => dialogHost(() => "nl"),
  dialogOptions: { manual?: boolean } = {},
) {
  const data = new FakeWorkbookData();
  data.addSheet("Personeel", cells);
  const handlers: Record<string, Handler> = {};
  const fake = fakeDialogs(dialogOptions);
  const dialogs: string[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: fakeExcelRun(data) };
  g.Office = {
    actions: { associate: (name: string, handler: Handler) => (handlers[name] = handler) },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      displayLanguage: "nl-BE",
      requirements: { isSetSupported: () => false },
      ui: {
        displayDialogAsync: (url: string, options: unknown, callback: (r: unknown) => void) => {
          dialogs.push(url);
          fake.displayDialogAsync(url, options, callback);
        },
      },
    },
  };
  registerCommands(host(dialogs));
  return { data, handlers, dialogs, fake };
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
      params: { command: "Leeftijden hercoderen", detail: "Leeftijdsklasse" },
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
    // Check saved the data sheet it used (for Generate): the settings sheet comes first.
    expect(data.sheets.map((s) => s.name)).toEqual([
      "Personeel",
      "DiversityRequest_settings",
      "Controle kleine cellen",
      "KSZ-aanvraag",
      "Gevraagde tabellen",
    ]);
  });

  test("Generate after Check takes the data from the sheet Check used, not from the first sheet (issue 22)", async () => {
    const { data, handlers, dialogs } = setUp(staff());
    // Last year's 40 staff come first in the workbook; the analyst works on this year's 300.
    const lastYear = data.addSheet("Vorig jaar", staff().slice(0, 41));
    data.sheets.unshift(data.sheets.pop()!);
    data.activeSheet = 1;
    await handlers.checkSmallCells!({ completed: jest.fn() });
    expect(data.sheets[data.activeSheet]!.name).toBe("Controle kleine cellen");
    await handlers.generateRequest!({ completed: jest.fn() });
    expect(data.sheet("KSZ-aanvraag")!.cells.flat()).toContain("300 personen");
    expect(data.sheet("KSZ-aanvraag")!.cells.flat()).not.toContain("40 personen");
    // A rename keeps the sheet (Excel's id); a deleted one is said, and nothing is guessed.
    data.sheet("Personeel")!.name = "Personeel 2025";
    data.activeSheet = data.sheets.indexOf(data.sheet("KSZ-aanvraag")!);
    await handlers.generateRequest!({ completed: jest.fn() });
    expect(params(dialogs.at(-1)!).key).toBe("command.done");
    data.sheets.splice(data.sheets.indexOf(data.sheet("Personeel 2025")!), 1);
    data.activeSheet = data.sheets.indexOf(data.sheet("KSZ-aanvraag")!);
    await handlers.generateRequest!({ completed: jest.fn() });
    expect(params(dialogs.at(-1)!)).toMatchObject({ key: "command.fixable" });
    expect(JSON.stringify(params(dialogs.at(-1)!).params)).toMatch(/Personeel 2025.*bestaat niet meer/);
    expect(lastYear.cells.length).toBe(41); // last year's sheet was never taken for the data
  });

  test("on a product sheet with two possible data sheets and none remembered, the command asks", async () => {
    const { data, handlers, dialogs } = setUp(staff());
    data.addSheet("Vorig jaar", staff().slice(0, 41));
    data.addSheet("Controle kleine cellen", [["Controle"]]);
    data.activeSheet = 2;
    await handlers.generateRequest!({ completed: jest.fn() });
    expect(JSON.stringify(params(dialogs.at(-1)!))).toMatch(/meer dan één blad kan de gegevens bevatten/);
    expect(data.sheet("KSZ-aanvraag")).toBeUndefined();
  });

  test("damaged saved settings: the command runs on the defaults and its message says so", async () => {
    const { data, handlers, dialogs } = setUp(staff());
    data.addSheet("DiversityRequest_settings", [['{"version":1,"ageSch']]);
    await handlers.recodeAges!({ completed: jest.fn() });
    expect(data.sheets[0]!.cells[0]).toContain("Leeftijdsklasse");
    expect(params(dialogs[0]!).params.detail).toMatch(/^Leeftijdsklasse De keuzes .* konden niet gelezen worden/);
  });

  test("an Excel error the analyst can fix is reported with the fix, not as a technical failure", async () => {
    const { handlers, dialogs } = setUp(staff());
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: () => Promise.reject(Object.assign(new Error("Edit mode"), { code: "InvalidOperationInCellEditMode" })),
    };
    await handlers.checkSmallCells!({ completed: jest.fn() });
    expect(params(dialogs[0]!)).toMatchObject({
      key: "command.fixable",
      params: {
        command: "Kleine cellen controleren",
        detail: expect.stringMatching(/^Excel is een cel aan het bewerken/),
      },
    });
    error.mockRestore();
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

describe("ribbon commands in a shared runtime", () => {
  const missingNationality: CellValue[][] = [
    ["Naam", "Dienst"],
    ["An", "ICT"],
    ["Bo", "HR"],
  ];

  /** A mounted pane as the bridge sees it: it records what it is asked to show and do. */
  function fakePane(options: { busy?: boolean; flush?: () => Promise<void> } = {}) {
    const calls: string[] = [];
    const shown: { message: PaneMessage; step: string | undefined }[] = [];
    const handle: PaneHandle = {
      lang: () => "fr",
      busy: () => options.busy ?? false,
      flush: async () => {
        calls.push("flush");
        await options.flush?.();
      },
      reload: async () => {
        calls.push("reload");
      },
      show: (message, step) => shown.push({ message, step }),
    };
    return { handle, calls, shown };
  }

  function sharedSetUp(cells: CellValue[][], pane?: PaneHandle, visible = true) {
    const bridge = new PaneBridge();
    bridge.visible = visible;
    if (pane) bridge.attach(pane);
    const showPane = jest.fn(() => Promise.resolve());
    const setup = setUp(cells, () => sharedRuntimeHost(bridge, () => "nl", showPane));
    return { ...setup, bridge, showPane };
  }

  test("a missing column opens the pane at step 1, with the message there in the pane's language, and writes nothing", async () => {
    const pane = fakePane();
    const { data, handlers, dialogs, showPane } = sharedSetUp(missingNationality, pane.handle);
    const completed = jest.fn();
    await handlers.recodeNationalities!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(dialogs).toEqual([]);
    expect(pane.shown).toEqual([
      {
        message: {
          intent: "warning",
          key: "command.missingRole.inPane",
          params: { command: "Recoder les nationalités", role: "Nationalité" },
        },
        step: "decide",
      },
    ]);
    expect(data.sheets[0]!.cells[0]).toEqual(["Naam", "Dienst"]);
    expect(data.sheets.map((s) => s.name)).toEqual(["Personeel"]);
  });

  test("a command runs on the choices the pane shows: they are saved first, and the pane reloads after", async () => {
    // The pane holds a threshold of 20 that its debounced save has not written yet.
    const pane = fakePane({
      flush: async () => {
        const { OfficeWorkbook } = await import("../../src/workbook/office/officeWorkbook");
        const { readSettings } = await import("../../src/core");
        await new OfficeWorkbook().saveSettings({ ...readSettings(null, "2025-01-15").settings, threshold: 20 });
      },
    });
    const { handlers, dialogs, showPane } = sharedSetUp(staff(), pane.handle, true);
    await handlers.checkSmallCells!({ completed: jest.fn() });
    expect(pane.calls).toEqual(["flush", "reload"]);
    expect(pane.shown).toHaveLength(1);
    const { message, step } = pane.shown[0]!;
    expect(message).toMatchObject({ intent: "success", key: "command.done" });
    expect(String(message.params?.detail)).toMatch(/seuil 20\b/);
    expect(step).toBeUndefined();
    // The pane is on screen: its message is enough, no dialog, and it is not reopened.
    expect(dialogs).toEqual([]);
    expect(showPane).not.toHaveBeenCalled();
  });

  test("while the pane is hidden, a result also shows in the dialog", async () => {
    const pane = fakePane();
    const { handlers, dialogs } = sharedSetUp(staff(), pane.handle, false);
    await handlers.recodeAges!({ completed: jest.fn() });
    expect(params(dialogs[0]!)).toMatchObject({ key: "command.done", lang: "fr" });
    expect(pane.shown[0]!.message.key).toBe("command.done");
  });

  test("while the pane is working on the workbook, a command does not run and says why", async () => {
    const pane = fakePane({ busy: true });
    const { data, handlers, showPane } = sharedSetUp(staff(), pane.handle);
    const before = JSON.stringify(data.sheets[0]!.cells[0]);
    await handlers.recodeAges!({ completed: jest.fn() });
    expect(JSON.stringify(data.sheets[0]!.cells[0])).toBe(before);
    expect(pane.calls).toEqual([]);
    expect(pane.shown).toEqual([
      { message: { intent: "warning", key: "command.busy", params: { command: "Recoder les âges" } }, step: undefined },
    ]);
    expect(showPane).toHaveBeenCalledTimes(1);
  });

  test("when the pane will not open, the message goes to the dialog instead", async () => {
    const pane = fakePane();
    const bridge = new PaneBridge();
    bridge.attach(pane.handle);
    const showPane = jest.fn(() => Promise.reject(new Error("not now")));
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { handlers, dialogs } = setUp(missingNationality, () => sharedRuntimeHost(bridge, () => "nl", showPane));
    const completed = jest.fn();
    await handlers.recodeNationalities!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(params(dialogs[0]!)).toMatchObject({ key: "command.missingRole", lang: "fr" });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  test("a message that comes before the pane is mounted is shown once it is", async () => {
    const { bridge, handlers, showPane } = sharedSetUp(missingNationality);
    await handlers.recodeNationalities!({ completed: jest.fn() });
    expect(showPane).toHaveBeenCalledTimes(1);
    const pane = fakePane();
    bridge.attach(pane.handle);
    // Before mounting, the command spoke Office's language (nl here).
    expect(pane.shown).toEqual([
      {
        message: expect.objectContaining({
          key: "command.missingRole.inPane",
          params: expect.objectContaining({ role: "Nationaliteit" }),
        }),
        step: "decide",
      },
    ]);
  });
});

describe("ribbon plumbing", () => {
  test("without a shared runtime the event completes only once the notice is closed, so its Close is heard", async () => {
    const { handlers, fake } = setUp(staff(), undefined, { manual: true });
    const completed = jest.fn();
    const running = handlers.recodeAges!({ completed });
    await waitUntil(() => fake.opened.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(completed).not.toHaveBeenCalled();
    fake.press(fake.opened[0]!);
    await running;
    expect(fake.opened[0]!.closedByPage).toBe(true);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("the dialog's own X also ends the wait", async () => {
    const { handlers, fake } = setUp(staff(), undefined, { manual: true });
    const completed = jest.fn();
    const running = handlers.recodeAges!({ completed });
    await waitUntil(() => fake.opened.length === 1);
    fake.opened[0]!.handlers.dialogEventReceived?.({ error: 12006 });
    await running;
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("two commands in a row: the second notice waits for the first to close, and neither message is lost", async () => {
    const { handlers, fake, dialogs } = setUp(staff(), () => sharedHostWithHiddenPane(), { manual: true });
    await handlers.recodeAges!({ completed: jest.fn() });
    await handlers.recodeNationalities!({ completed: jest.fn() });
    await waitUntil(() => fake.opened.length === 1);
    // Office was never asked for a second dialog while one was open (that fails with 12007).
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dialogs).toHaveLength(1);
    fake.press(fake.opened[0]!);
    await waitUntil(() => fake.opened.length === 2);
    expect(params(fake.opened[1]!.url).params.command).toBe("Nationaliteiten hercoderen");
    fake.press(fake.opened[1]!);
  });

  test("a dialog refused because another one is open (12007) is tried again, not dropped", async () => {
    const { handlers, fake } = setUp(staff(), undefined, { manual: true });
    // Another add-in's dialog is open.
    fake.displayDialogAsync("https://other.example/dialog", {}, () => undefined);
    const running = handlers.recodeAges!({ completed: jest.fn() });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.opened).toHaveLength(1);
    fake.closeOpen();
    // The next try, a second later, shows ours.
    await waitUntil(() => fake.opened.length === 2);
    expect(params(fake.opened[1]!.url).key).toBe("command.done");
    fake.press(fake.opened[1]!);
    await running;
  });

  test("commands are associated before Office is ready; one clicked early runs once the host is known", async () => {
    let resolve: (host: CommandHost) => void = () => undefined;
    const later = new Promise<CommandHost>((r) => (resolve = r));
    const { handlers, dialogs } = setUp(staff(), () => later);
    // Associated at once, before the host exists.
    expect(Object.keys(handlers).sort()).toEqual([
      "checkSmallCells",
      "generateRequest",
      "recodeAges",
      "recodeNationalities",
    ]);
    const completed = jest.fn();
    const running = handlers.recodeAges!({ completed });
    await new Promise((r) => setTimeout(r, 10));
    expect(dialogs).toHaveLength(0);
    resolve(dialogHost(() => "fr"));
    await running;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(params(dialogs[0]!)).toMatchObject({ key: "command.done", lang: "fr" });
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

/** A shared runtime whose pane is mounted but hidden: results go to the pane and to the notice dialog. */
function sharedHostWithHiddenPane(): CommandHost {
  const bridge = new PaneBridge();
  bridge.visible = false;
  bridge.attach({
    lang: () => "nl",
    busy: () => false,
    flush: async () => undefined,
    reload: async () => undefined,
    show: () => undefined,
  });
  return sharedRuntimeHost(
    bridge,
    () => "nl",
    () => Promise.resolve(),
  );
}
