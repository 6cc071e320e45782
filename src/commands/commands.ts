/*
 * Ribbon commands (ExecuteFunction): each runs its job in one click, on the settings saved in the
 * workbook (or the defaults), through the same jobs as the pane. The outcome, or what is missing,
 * is shown in a small dialog in the user's language; the event is always completed, so the button
 * never stays busy, and no error is swallowed.
 */
import {
  checkRecoded,
  composeRequest,
  recodeTable,
  langFromLocale,
  t,
  type ColumnRole,
  type JobSettings,
  type Lang,
  type MessageKey,
  type MessageParams,
} from "../core";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import { detect, loadSettings, prepare, readNeeded, recodeAndWrite, type Detected } from "../workbook/tasks";
import { COMMAND_IDS, type CommandId } from "./commandIds";

const today = () => new Date().toISOString().slice(0, 10);
const userLang = (): Lang => langFromLocale(Office.context?.displayLanguage);

/** Show a message in a dialog (notice.html), translated there from its catalogue key. */
function notify(key: MessageKey, params: MessageParams): Promise<void> {
  const url = new URL("notice.html", window.location.href);
  url.searchParams.set("lang", userLang());
  url.searchParams.set("key", key);
  url.searchParams.set("params", JSON.stringify(params));
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        result.value.addEventHandler(Office.EventType.DialogMessageReceived, () => result.value.close());
      } else {
        console.error("Diversity Request: could not show a message", result.error, key, params);
      }
      resolve();
    });
  });
}

/** A missing role stops a command before anything is written. */
class MissingRole extends Error {
  constructor(readonly role: ColumnRole) {
    super(role);
  }
}

function need(detected: Detected, roles: ColumnRole[]): void {
  if (!roles.some((r) => detected.roles[r] !== undefined)) throw new MissingRole(roles[0]!);
}

type Job = (port: OfficeWorkbook, settings: JobSettings) => Promise<string>;

/** Recode one kind of column only: the others, and own groupings, are left as they are. */
const recodeOnly =
  (kind: "age" | "origin"): Job =>
  async (port, settings) => {
    const detected = await detect(port, settings);
    need(detected, kind === "age" ? ["birthDate", "age"] : ["nationality"]);
    const only: JobSettings = {
      ...settings,
      groupings: {},
      ksz: { ...settings.ksz, ageBand: kind === "age", originGroup: kind === "origin" },
    };
    const table = await readNeeded(port, detected);
    const recoded = await recodeAndWrite(port, detected, table, only);
    return recoded.written.map((w) => w.header).join(", ");
  };

const checkJob: Job = async (port, settings) => {
  const detected = await detect(port, settings);
  const table = await readNeeded(port, detected);
  const recoded = recodeTable(table, detected.roles, settings);
  const checked = checkRecoded(table, recoded, settings, table.headers);
  const request = composeRequest(table, detected.roles, recoded, checked, settings, today(), userLang());
  await port.writeSheet(request.layouts.check);
  await port.activateSheet(request.layouts.check.name);
  const small = checked.report.tables.reduce((n, tab) => n + tab.smallCells, 0);
  return t(userLang(), "cli.summary.check", {
    k: settings.threshold,
    tables: checked.report.tables.length,
    small,
    secondary: checked.report.tables.reduce((n, tab) => n + tab.secondaryCells, 0),
  });
};

const generateJob: Job = async (port, settings) => {
  const result = await prepare(port, settings, today(), userLang(), { writeColumns: false });
  await port.activateSheet(result.request.layouts.request.name);
  const missing = result.request.missing.length;
  return missing === 0 ? t(userLang(), "request.complete") : t(userLang(), "request.missingCount", { n: missing });
};

const JOBS: Record<CommandId, Job> = {
  recodeAges: recodeOnly("age"),
  recodeNationalities: recodeOnly("origin"),
  checkSmallCells: checkJob,
  generateRequest: generateJob,
};

function handler(id: CommandId) {
  return async (event: Office.AddinCommands.Event) => {
    const command = t(userLang(), `command.${id}` as MessageKey);
    try {
      const port = new OfficeWorkbook();
      const settings = await loadSettings(port, today());
      const detail = await JOBS[id](port, settings);
      await notify("command.done", { command, detail });
    } catch (error) {
      if (error instanceof MissingRole)
        await notify("command.missingRole", { command, role: t(userLang(), `role.${error.role}` as MessageKey) });
      else {
        console.error(`Diversity Request: ${id} failed`, error);
        await notify("command.failed", { command, detail: String((error as Error)?.message ?? error) });
      }
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  for (const id of COMMAND_IDS) Office.actions.associate(id, handler(id));
});
