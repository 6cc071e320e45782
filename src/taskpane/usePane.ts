/**
 * The pane's state and actions over a workbook port. Components stay thin: they show this state and
 * call these actions. Every long action reports progress, can be cancelled, and ends in a message:
 * errors are shown, never swallowed.
 */
import { useCallback, useState } from "react";
import {
  NoData,
  t,
  type CheckOutcome,
  type JobSettings,
  type Lang,
  type MessageKey,
  type RecodeOutcome,
  type SheetLayout,
  type Table,
} from "../core";
import type { Checker } from "../solver/checker";
import type { WorkbookPort } from "../workbook/port";
import type { Detected } from "../workbook/tasks";
import { work } from "./pageData";
import { failure, withNotes, type PaneMessage } from "./paneMessages";
import { checkKey, usePaneStatus } from "./usePaneStatus";
import { blockerOf, type Host, type PaneAction } from "./blockers";
import type { PaneApi } from "./paneApi";
import { useBusy } from "./useBusy";
import { useSavedSettings } from "./useSavedSettings";

export type { PaneMessage } from "./paneMessages";
export type { Busy, PaneApi } from "./paneApi";

/** Let the browser paint and handle input between heavy steps, so no single task runs long. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function usePane(
  port: WorkbookPort,
  today: string,
  lang: Lang,
  checker: Checker,
  host: Host = "excel",
  /** Whether the page data (catalogues, country names) are in: the status waits for them. */
  dataReady = true,
): PaneApi {
  const [detected, setDetected] = useState<Detected | null>(null);
  const [table, setTable] = useState<Table | null>(null);
  const [recoded, setRecoded] = useState<RecodeOutcome | null>(null);
  const [checked, setChecked] = useState<CheckOutcome | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [generatedSheet, setGeneratedSheet] = useState<string | null>(null);
  /** The sheet the analyst is on, when the data were taken from the remembered one instead. */
  const [activeElsewhere, setActiveElsewhere] = useState<string | null>(null);
  // The copy to send: the request sheet and the tables to fill in, as generated.
  const [generatedLayout, setGeneratedLayout] = useState<SheetLayout[] | null>(null);
  /** The choices the shown check was made on: a check on other choices does not count for the status. */
  const [checkedFor, setCheckedFor] = useState<string | null>(null);
  // In Excel, choices are written only by actions that write anyway: typing keeps the undo history.
  const {
    settings,
    adoptSaved,
    update,
    updateAnswers,
    flush,
    reloadSettings,
    ready,
    unsaved,
    action,
    wroteThisSession,
    conflict,
    resolveConflict,
  } = useSavedSettings(port, today, lang, setMessage, host !== "excel");

  const forgetRead = useCallback(() => {
    setDetected(null);
    setTable(null);
    setRecoded(null);
    setChecked(null);
  }, []);
  const { busy, withBusy, cancel } = useBusy(setMessage, forgetRead);
  const reload = useCallback(async () => {
    await reloadSettings();
    // Columns may have moved or been added: what was read before no longer matches the sheet.
    forgetRead();
  }, [forgetRead, reloadSettings]);

  const detectData = useCallback(
    (takeActive = false) =>
      withBusy("pane.busy.detect", async (signal, onProgress) => {
        let found: Detected;
        setActiveElsewhere(null);
        try {
          found = await work().detect(port, settings, takeActive ? { takeActive } : {});
        } catch (error) {
          // The remembered sheet is gone: the sheet the analyst is on is offered, never taken unasked.
          if (error instanceof NoData && error.active) setActiveElsewhere(error.active);
          setMessage(failure(error, host === "excel" ? "pane.error.noData" : "pane.error.noDataFile"));
          return;
        }
        setDetected(found);
        setActiveElsewhere(found.source.activeElsewhere ?? null);
        // Remembered: a ribbon command or a Detect that starts on a product sheet takes its data from here.
        const dataSheet = work().changedDataSheet(settings, found);
        if (dataSheet) update({ dataSheet });
        // The export's title says which day it holds ("op 31/12/2024"): proposed, unless a date was chosen.
        const fromTitle = work().referenceFromTitle(settings.referenceDate, found.titleDate?.date ?? null, today);
        if (fromTitle) update({ referenceDate: fromTitle });
        setTable(await work().readNeeded(port, found, { signal, onProgress }));
        setRecoded(null);
        setChecked(null);
      }),
    [host, port, settings, today, update, withBusy],
  );

  const recode = useCallback(
    () =>
      withBusy("pane.busy.recode", async (signal, onProgress) => {
        if (!detected || !table) throw new Error(stringOf(lang, "pane.error.needDetect"));
        const result = await action(() =>
          work().recodeAndWrite(port, detected, table, settings, { signal, onProgress }),
        );
        setRecoded(result);
        setChecked(null);
        const written = work().columnsToWrite(result, settings);
        // A result with more than a fifth unknown is likely the wrong column: a warning, never a success.
        const odd = work().implausibleRecodes(written)[0];
        const notes = [...work().readingNotes(result, table), ...work().screenNotes(result, null, settings.sheetLang)];
        setMessage(
          withNotes(
            odd
              ? {
                  intent: "warning",
                  key: "describe.recodedImplausible",
                  params: { rows: table.rowCount, column: odd.header, share: Math.round(odd.share * 100) },
                }
              : {
                  intent: "success",
                  key: "describe.recoded",
                  params: { rows: table.rowCount, columns: written.map((w) => w.header).join(", ") },
                },
            notes,
          ),
        );
      }),
    [action, detected, lang, port, settings, table, withBusy],
  );

  /**
   * Recode in memory, check (the audit runs in a worker, with progress per table), and lay out the
   * sheets, with a pause between the heavy steps.
   */
  const compute = useCallback(
    async (chosen: JobSettings, signal: AbortSignal, onProgress: (done: number, total: number) => void) => {
      if (!detected || !table) throw new Error(stringOf(lang, "pane.error.needDetect"));
      const settings = chosen;
      const current = await work().recodeTableStepwise(table, detected.roles, settings, pause);
      const result = await checker(work().checkJobOf(table.rowCount, current, settings, table.headers), {
        signal,
        onProgress,
      });
      await pause();
      const request = work().composeRequest(table, detected.roles, current, result, settings, today, lang);
      setRecoded(current);
      setChecked(result);
      setCheckedFor(checkKey(settings));
      return { request, recoded: current };
    },
    [checker, detected, lang, table, today],
  );

  const check = useCallback(
    () =>
      withBusy("pane.busy.check", async (signal, onProgress) => {
        await action(async () => {
          const { request } = await compute(settings, signal, onProgress);
          await work().writeCheck(port, request);
        });
      }),
    [action, compute, port, settings, withBusy],
  );

  const applySuggestion = useCallback(
    (patch: Partial<JobSettings>) => {
      const next = { ...settings, ...patch };
      update(patch);
      setChecked(null);
      return withBusy("pane.busy.check", async (signal, onProgress) => {
        await action(async () => {
          if (recoded && detected && table) await work().recodeAndWrite(port, detected, table, next, { signal });
          const { request } = await compute(next, signal, onProgress);
          await work().writeCheck(port, request);
        });
        setMessage({ intent: "info", key: "describe.applied" });
      });
    },
    [action, compute, detected, port, recoded, settings, table, update, withBusy],
  );

  const generate = useCallback(
    () =>
      withBusy("pane.busy.generate", async (signal, onProgress) => {
        // The settings are written by writeRequest, with the sheets: the action saves nothing more.
        const { merged, request, used, saved, sheets } = await action(async () => {
          // Answers typed into the sheet since the last time are taken over, never lost.
          const merged = await work().withSheetAnswers(port, settings, detected?.source.sheet);
          const { request, recoded: used } = await compute(merged.settings, signal, onProgress);
          return { merged, request, used, ...(await work().writeRequest(port, request, merged.settings)) };
        }, true);
        adoptSaved(saved);
        const sheet = sheets.request;
        setGeneratedSheet(sheet);
        // The copy to send is a workbook of its own: its sheet keeps the layout's name.
        setGeneratedLayout([request.layouts.request, request.layouts.tables]);
        const { status, missing, problems } = request.status;
        // Green only when it is true: a sheet written with answers missing or problems is a draft.
        const notes = [
          ...(merged.notOurs ? [{ key: "settings.notOurSheet" as const, params: { sheet: merged.notOurs } }] : []),
          ...work().screenNotes(used, request, settings.sheetLang),
        ];
        setMessage({
          ...withNotes(
            status === "ready"
              ? { intent: "success", key: "pane.generated", params: { sheet } }
              : {
                  intent: "warning",
                  key: "pane.generatedDraft",
                  params: { sheet, missing: missing.length, problems: problems.length },
                },
            notes,
          ),
          place: "request",
        });
      }),
    [action, adoptSaved, compute, detected, port, settings, withBusy],
  );

  const sendCopy = useCallback(
    () =>
      withBusy("pane.busy.copy", async () => {
        if (!generatedLayout || !port.openCopy) return;
        const opened = await port.openCopy(generatedLayout);
        const sheet = generatedSheet ?? generatedLayout[0]!.name;
        setMessage(
          opened === "opened"
            ? { intent: "success", key: "request.sendCopyOpened", place: "request" }
            : {
                intent: opened === "refused" ? "warning" : "info",
                key: opened === "refused" ? "request.sendCopyRefused" : "request.sendCopyManual",
                params: { sheet },
                place: "request",
              },
        );
      }),
    [generatedLayout, generatedSheet, port, withBusy],
  );

  const shownCheck = checked && checkedFor === checkKey(settings) ? checked : null;
  const status = usePaneStatus(dataReady, settings, detected, table, shownCheck, today, lang);

  const why = (action: PaneAction) => blockerOf(action, { busy, detected, settings }, host, (key) => t(lang, key));

  return {
    host,
    why,
    // Where the reference date comes from, once the data is found: the title's marked day, or the default.
    referenceNote: detected ? work().referenceNote(settings.referenceDate, detected.titleDate, today) : null,
    settingsReady: ready,
    settings,
    detected,
    table,
    recoded,
    checked,
    missing: status.missing,
    status,
    busy,
    message,
    generatedSheet,
    activeElsewhere,
    update,
    updateAnswers,
    detectData,
    recode,
    check,
    applySuggestion,
    generate,
    sendCopy: port.openCopy && generatedLayout ? sendCopy : null,
    cancel,
    dismiss: () => setMessage(null),
    show: setMessage,
    flush,
    saveChoices: () => withBusy("pane.busy.save", () => action(async () => undefined)),
    wroteThisSession,
    conflict,
    resolveConflict: (keep) => withBusy("pane.busy.save", () => resolveConflict(keep)),
    unsaved,
    undoSupport: port.undoSupport ?? null,
    reload,
  };
}

const stringOf = (lang: Lang, key: MessageKey) => t(lang, key);
