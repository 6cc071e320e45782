/**
 * @jest-environment jsdom
 */
/**
 * Issue 13: where Office opens the pane in Internet Explorer 11 (Excel 2016/2019 without WebView2),
 * the bundle does not parse. unsupported.js runs first, parses in ES5, and shows where the add-in runs
 * and the standalone page, in the user's language; in a current engine it does nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { COMMAND_IDS } from "../../src/commands/commandIds";

const SOURCE = readFileSync(join(__dirname, "../../src/taskpane/unsupported.js"), "utf8");

function run(options: { modern: boolean; language: string }) {
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(navigator, "language", { value: options.language, configurable: true });
  const proto = HTMLScriptElement.prototype as unknown as Record<string, unknown>;
  if (options.modern) proto.noModule = false;
  else delete proto.noModule;
  (window as unknown as Record<string, unknown>).ResizeObserver = options.modern ? function () {} : undefined;
  (window as unknown as Record<string, unknown>).fetch = options.modern ? () => undefined : undefined;
  // The script as the page runs it (a classic script, not a module).
  new Function(SOURCE)();
}

describe("the pane in an engine it cannot run in", () => {
  test("the script parses as ES5 (Internet Explorer 11)", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });

  test.each([
    ["nl-BE", /kan hier niet werken/, /Open de losse pagina in een actuele browser/],
    ["fr-BE", /ne peut pas fonctionner ici/, /Ouvrez la page autonome/],
    ["de-DE", /cannot run here/, /Open the standalone page/],
  ])(
    "in an old engine (%s): a message in the user's language and a link to the standalone page",
    (language, title, link) => {
      run({ modern: false, language });
      expect(document.querySelector("h1")!.textContent).toMatch(title);
      const anchor = document.querySelector("a")!;
      expect(anchor.textContent).toMatch(link);
      expect(anchor.getAttribute("href")).toBe("standalone.html");
      expect(document.getElementById("root")).toBeNull();
      expect(document.body.textContent).toMatch(/Microsoft 365, Excel 2021/);
    },
  );

  test("in a current engine: nothing happens, the pane renders as usual", () => {
    run({ modern: true, language: "nl-BE" });
    expect(document.getElementById("root")).not.toBeNull();
    expect(document.querySelector("[role=alert]")).toBeNull();
  });
});

describe("the ribbon's buttons in an engine the add-in cannot run in", () => {
  test("the script names the same commands as the manifest's buttons", () => {
    const named = /var COMMANDS = (\[[^\]]*\])/.exec(SOURCE)![1]!;
    expect(JSON.parse(named)).toEqual([...COMMAND_IDS]);
  });

  test("each button opens the message in a dialog and is done when it closes, instead of working for ever", () => {
    const handlers: Record<string, (event: { completed: () => void }) => void> = {};
    const dialogs: string[] = [];
    let closeDialog: () => void = () => undefined;
    (window as unknown as { Office: unknown }).Office = {
      onReady: (callback: () => void) => callback(),
      actions: { associate: (name: string, handler: (typeof handlers)[string]) => (handlers[name] = handler) },
      context: {
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
            dialogs.push(url);
            callback({
              status: "succeeded",
              value: { addEventHandler: (_type: string, handler: () => void) => (closeDialog = handler) },
            });
          },
        },
      },
    };
    run({ modern: false, language: "nl-BE" });
    window.dispatchEvent(new Event("load"));
    expect(Object.keys(handlers).sort()).toEqual([...COMMAND_IDS].sort());
    const completed = jest.fn();
    handlers.generateRequest!({ completed });
    expect(dialogs).toEqual([expect.stringMatching(/\/unsupported\.html$/)]);
    expect(completed).not.toHaveBeenCalled();
    closeDialog();
    closeDialog();
    expect(completed).toHaveBeenCalledTimes(1);
    delete (window as unknown as { Office?: unknown }).Office;
  });
});
