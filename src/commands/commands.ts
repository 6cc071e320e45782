/*
 * The ribbon commands (ExecuteFunction buttons). They are registered by taskpane.html, which is the
 * manifest's function file: with a shared runtime (SharedRuntime 1.1) the buttons and the pane run in
 * one page, so a command can open the pane at the step that needs attention; without one, the page
 * runs hidden for the buttons and a command reports in a small dialog. Either way the event is always
 * completed, so a button never stays busy, and no outcome goes unreported.
 */
import { t, type Lang, type MessageKey, type MessageParams } from "../core";
import { workerChecker } from "../solver/workerChecker";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import { COMMAND_IDS, type CommandId } from "./commandIds";
import { loadPageData, work } from "../taskpane/pageData";
import type { CommandOutcome } from "./jobs";
import { showNotice } from "./notices";

export { showNotice } from "./notices";

/** How commands learn the language, wait for the pane, and report their outcome. */
export interface CommandHost {
  lang(): Lang;
  /** Called before a command runs; false when the pane is busy with the workbook itself. */
  ready?(): Promise<boolean>;
  report(id: CommandId, outcome: CommandOutcome, lang: Lang): Promise<void>;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Associate the ribbon's commands with their handlers. `host` may come later (it is known once Office
 * is ready): a command clicked before waits for it.
 */
export function registerCommands(host: CommandHost | Promise<CommandHost>): void {
  // Office.actions came with the add-in commands API; a client without it has no buttons to run.
  if (typeof Office === "undefined" || !Office.actions) return;
  for (const id of COMMAND_IDS) {
    Office.actions.associate(id, async (event: Office.AddinCommands.Event) => {
      try {
        const reporter = await host;
        // The function file may have just loaded for this click: the work, catalogues and country names too.
        await loadPageData();
        const lang = reporter.lang();
        const outcome: CommandOutcome =
          reporter.ready && !(await reporter.ready())
            ? { kind: "busy" }
            : await work().runCommand(id, new OfficeWorkbook(), lang, today(), workerChecker);
        await reporter.report(id, outcome, lang);
      } catch (error) {
        console.error(`Diversity Request: ${id} could not report its outcome`, error);
      } finally {
        event.completed();
      }
    });
  }
}

/** The catalogue message for an outcome, with the command and role named in the user's language. */
export function outcomeMessage(
  id: CommandId,
  outcome: CommandOutcome,
  lang: Lang,
  inPane: boolean,
): { key: MessageKey; params: MessageParams } {
  const command = t(lang, `command.${id}` as MessageKey);
  switch (outcome.kind) {
    case "done":
      return { key: "command.done", params: { command, detail: outcome.detail } };
    case "busy":
      return { key: "command.busy", params: { command } };
    case "missingRole":
      return {
        key: inPane ? "command.missingRole.inPane" : "command.missingRole",
        params: { command, role: t(lang, `role.${outcome.role}` as MessageKey) },
      };
    case "failed":
      return {
        key: outcome.fixable ? "command.fixable" : inPane ? "command.failed.inPane" : "command.failed",
        params: { command, detail: outcome.detail },
      };
  }
}

/**
 * Without a shared runtime: every outcome in the dialog, in Office's display language. The command
 * completes its event only once the notice is closed: the runtime ends with the event, and the
 * notice's Close button could no longer be heard.
 */
export const dialogHost = (lang: () => Lang): CommandHost => ({
  lang,
  report: (id, outcome, reportLang) => {
    const { key, params } = outcomeMessage(id, outcome, reportLang, false);
    return showNotice(key, params, reportLang);
  },
});
