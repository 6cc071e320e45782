/**
 * The pane's state and actions over a workbook port. Components stay thin: they show this state and
 * call these actions. Every long action reports progress, can be cancelled, and ends in a message:
 * errors are shown, never swallowed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  buildRequest,
  exposedCells,
  userMessage,
  implausibleRecodes,
  OWN_ROLES,
  ORIGIN_SCHEMES,
  parseAgeScheme,
  requestedTables,
  requestStatus,
  composeRequest,
  parseIsoDate,
  recodeTableStepwise,
  readSettings,
  screenNotes,
  dateReadingNotes,
  t,
  type CheckOutcome,
  type JobSettings,
  type Lang,
  type MessageKey,
  type ScreenNote,
  type MessageParams,
  type MissingAnswer,
  type RecodeOutcome,
  type RequestChoices,
  type RequestStatus,
  type SheetLayout,
  type Table,
} from "../core";
import { checkJobOf, type Checker } from "../solver/checker";
import { fixableErrorKey } from "../workbook/errors";
import { DamagedSettings, type WorkbookPort } from "../workbook/port";
import {
  columnsToWrite,
  detect,
  readNeeded,
  recodeAndWrite,
  withSheetAnswers,
  writeCheck,
  writeRequest,
  type Detected,
} from "../workbook/tasks";

export interface Busy {
  label: MessageKey;
  done: number;
  total: number;
}

export interface PaneMessage {
  intent: "error" | "success" | "info" | "warning";
  key: MessageKey;
  params?: MessageParams;
  /** Further lines under the message: what the personal-data screen kept out. */
  notes?: ScreenNote[];
}

/** Notes that only inform (how dates were read); any other note asks for a correction. */
const INFO_NOTES: readonly string[] = ["recode.dateReading.monthFirst"];

/** A message with its notes: never green while a note asks for a correction. */
function withNotes(message: PaneMessage, notes: ScreenNote[]): PaneMessage {
  if (notes.length === 0) return message;
  const correct = notes.some((n) => !INFO_NOTES.includes(n.key));
  return { ...message, intent: correct && message.intent === "success" ? "warning" : message.intent, notes };
}

export interface PaneApi {
  settings: JobSettings;
  detected: Detected | null;
  table: Table | null;
  recoded: RecodeOutcome | null;
  checked: CheckOutcome | null;
  missing: MissingAnswer[];
  /** Ready to send, or a draft with the answers missing and the problems to solve; follows every choice. */
  status: RequestStatus;
  busy: Busy | null;
  message: PaneMessage | null;
  generatedSheet: string | null;
  /** Counts generations, so each one can be announced once. */
  generation: number;
  /** The status of the last generated sheet: ready, or written as a draft. */
  generatedStatus: RequestStatus | null;
  update: (patch: Partial<JobSettings>) => void;
  updateAnswers: (patch: Partial<JobSettings["answers"]>) => void;
  detectData: () => Promise<void>;
  recode: () => Promise<void>;
  check: () => Promise<void>;
  /**
   * Take a suggested grouping and show its effect at once: recode again (rewriting the recoded
   * columns if they were written) and check again; the old result is gone meanwhile.
   */
  applySuggestion: (patch: Partial<JobSettings>) => Promise<void>;
  generate: () => Promise<void>;
  /** Open the copy to send (the request sheet only) as a new workbook; null where the host cannot. */
  sendCopy: (() => Promise<void>) | null;
  cancel: () => void;
  dismiss: () => void;
  /** Show a message from outside the pane (a ribbon command). */
  show: (message: PaneMessage) => void;
  /** Save choices not yet written, at once. */
  flush: () => Promise<void>;
  /** Take the saved settings again and forget data read before: the workbook changed outside the pane. */
  reload: () => Promise<void>;
}

/** Let the browser paint and handle input between heavy steps, so no single task runs long. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Whether an error is a cancel, which is reported as such and not as a failure. */
const isAbort = (error: unknown) => error instanceof Error && error.name === "AbortError";

export function usePane(port: WorkbookPort, today: string, lang: Lang, checker: Checker): PaneApi {
  // Until saved settings say otherwise, the request sheet speaks the user's language.
  const [settings, setSettings] = useState<JobSettings>(() => ({
    ...readSettings(null, today).settings,
    sheetLang: lang,
  }));
  const [detected, setDetected] = useState<Detected | null>(null);
  const [table, setTable] = useState<Table | null>(null);
  const [recoded, setRecoded] = useState<RecodeOutcome | null>(null);
  const [checked, setChecked] = useState<CheckOutcome | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [generatedSheet, setGeneratedSheet] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [generatedStatus, setGeneratedStatus] = useState<RequestStatus | null>(null);
  const [generatedLayout, setGeneratedLayout] = useState<SheetLayout | null>(null);
  /** The choices the shown check was made on: a check on other choices does not count for the status. */
  const [checkedFor, setCheckedFor] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const loaded = useRef(false);
  /** The settings as the workbook holds them: unchanged settings are not written again. */
  const stored = useRef<string | null>(null);
  /** The settings of the last render, for saving at once when a ribbon command is about to run. */
  const latest = useRef(settings);
  useEffect(() => {
    latest.current = settings;
  }, [settings]);

  /** Changes made before the saved settings came back: applied on top of them, then saved. */
  const early = useRef<((s: JobSettings) => JobSettings)[]>([]);

  // Settings saved in the workbook come back when the pane opens.
  useEffect(() => {
    let live = true;
    const settle = (restored: JobSettings | null) => {
      loaded.current = true;
      const edits = early.current;
      early.current = [];
      if (restored) stored.current = JSON.stringify(restored);
      // Nothing restored and nothing edited: the state stays as it is, and nothing is written.
      if (restored || edits.length > 0) setSettings((s) => edits.reduce((acc, edit) => edit(acc), restored ?? s));
    };
    port.loadSettings().then(
      (saved) => {
        if (!live) return;
        const read = saved ? readSettings(saved, today) : null;
        settle(read?.settings ?? null);
        if (read && read.damaged.length > 0) setMessage(settingsError(new DamagedSettings()));
      },
      (error: unknown) => {
        if (!live) return;
        settle(null);
        setMessage(settingsError(error));
      },
    );
    return () => {
      live = false;
    };
  }, [port, today]);

  const flush = useCallback(async () => {
    const json = JSON.stringify(latest.current);
    if (!loaded.current || json === stored.current) return;
    await port.saveSettings(latest.current);
    // Only what was written counts as stored: after a failed save, the next flush tries again.
    stored.current = json;
  }, [port]);

  // Every change is saved with the workbook, a moment after the last keystroke; opening the pane
  // writes nothing.
  useEffect(() => {
    if (!loaded.current || JSON.stringify(settings) === stored.current) return;
    const timer = setTimeout(() => {
      flush().catch((error: unknown) => setMessage(failure(error)));
    }, 600);
    return () => clearTimeout(timer);
  }, [flush, settings]);

  const reload = useCallback(async () => {
    let saved: unknown = null;
    try {
      saved = await port.loadSettings();
    } catch (error) {
      setMessage(settingsError(error));
    }
    if (saved) {
      const { settings: restored, damaged } = readSettings(saved, today);
      if (damaged.length > 0) setMessage(settingsError(new DamagedSettings()));
      stored.current = JSON.stringify(restored);
      setSettings(restored);
    }
    // Columns may have moved or been added: what was read before no longer matches the sheet.
    setDetected(null);
    setTable(null);
    setRecoded(null);
    setChecked(null);
  }, [port, today]);

  const change = useCallback((edit: (s: JobSettings) => JobSettings) => {
    if (!loaded.current) early.current.push(edit);
    setSettings(edit);
  }, []);
  const update = useCallback((patch: Partial<JobSettings>) => change((s) => ({ ...s, ...patch })), [change]);
  const updateAnswers = useCallback(
    (patch: Partial<JobSettings["answers"]>) => change((s) => ({ ...s, answers: { ...s.answers, ...patch } })),
    [change],
  );

  /** Run a long action with progress, cancel and a message at the end. */
  const withBusy = useCallback(
    async (
      label: MessageKey,
      work: (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<void>,
    ) => {
      const controller = new AbortController();
      abort.current = controller;
      setBusy({ label, done: 0, total: 0 });
      setMessage(null);
      try {
        await work(controller.signal, (done, total) => setBusy({ label, done, total }));
      } catch (error) {
        setMessage(isAbort(error) ? { intent: "info", key: "pane.cancelled" } : failure(error));
      } finally {
        abort.current = null;
        setBusy(null);
      }
    },
    [],
  );

  const detectData = useCallback(
    () =>
      withBusy("pane.busy.detect", async (signal, onProgress) => {
        let found: Detected;
        try {
          found = await detect(port, settings);
        } catch (error) {
          setMessage(failure(error, "pane.error.noData"));
          return;
        }
        setDetected(found);
        setTable(await readNeeded(port, found, { signal, onProgress }));
        setRecoded(null);
        setChecked(null);
      }),
    [port, settings, withBusy],
  );

  const recode = useCallback(
    () =>
      withBusy("pane.busy.recode", async (signal, onProgress) => {
        if (!detected || !table) throw new Error(stringOf(lang, "pane.error.needDetect"));
        const result = await recodeAndWrite(port, detected, table, settings, { signal, onProgress });
        setRecoded(result);
        setChecked(null);
        const written = columnsToWrite(result, settings);
        // A result with more than a fifth unknown is likely the wrong column: a warning, never a success.
        const odd = implausibleRecodes(written)[0];
        const notes = [...dateReadingNotes(result, table.headers), ...screenNotes(result, null, settings.sheetLang)];
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
    [detected, lang, port, settings, table, withBusy],
  );

  /**
   * Recode in memory, check (the audit runs in a worker, with progress per table), and lay out the
   * sheets, with a pause between the heavy steps.
   */
  const compute = useCallback(
    async (chosen: JobSettings, signal: AbortSignal, onProgress: (done: number, total: number) => void) => {
      if (!detected || !table) throw new Error(stringOf(lang, "pane.error.needDetect"));
      const settings = chosen;
      const current = await recodeTableStepwise(table, detected.roles, settings, pause);
      const result = await checker(checkJobOf(table.rowCount, current, settings, table.headers), {
        signal,
        onProgress,
      });
      await pause();
      const request = composeRequest(table, detected.roles, current, result, settings, today, lang);
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
        const { request } = await compute(settings, signal, onProgress);
        await writeCheck(port, request);
      }),
    [compute, port, settings, withBusy],
  );

  const applySuggestion = useCallback(
    (patch: Partial<JobSettings>) => {
      const next = { ...settings, ...patch };
      update(patch);
      setChecked(null);
      return withBusy("pane.busy.check", async (signal, onProgress) => {
        if (recoded && detected && table) await recodeAndWrite(port, detected, table, next, { signal });
        const { request } = await compute(next, signal, onProgress);
        await writeCheck(port, request);
        setMessage({ intent: "info", key: "describe.applied" });
      });
    },
    [compute, detected, port, recoded, settings, table, update, withBusy],
  );

  const generate = useCallback(
    () =>
      withBusy("pane.busy.generate", async (signal, onProgress) => {
        // Answers typed into the sheet since the last time are taken over, never lost.
        const merged = await withSheetAnswers(port, settings);
        const { request, recoded: used } = await compute(merged.settings, signal, onProgress);
        setSettings(await writeRequest(port, request, merged.settings));
        setGeneratedSheet(request.layouts.request.name);
        setGeneratedStatus(request.status);
        setGeneratedLayout(request.layouts.request);
        setGeneration((n) => n + 1);
        const sheet = request.layouts.request.name;
        const { status, missing, problems } = request.status;
        // Green only when it is true: a sheet written with answers missing or problems is a draft.
        const notes = [
          ...(merged.notOurs ? [{ key: "settings.notOurSheet" as const, params: { sheet: merged.notOurs } }] : []),
          ...screenNotes(used, request, settings.sheetLang),
        ];
        setMessage(
          withNotes(
            status === "ready"
              ? { intent: "success", key: "pane.generated", params: { sheet } }
              : {
                  intent: "warning",
                  key: "pane.generatedDraft",
                  params: { sheet, missing: missing.length, problems: problems.length },
                },
            notes,
          ),
        );
      }),
    [compute, port, settings, withBusy],
  );

  const sendCopy = useCallback(
    () =>
      withBusy("pane.busy.copy", async () => {
        if (!generatedLayout || !port.openCopy) return;
        const opened = await port.openCopy([generatedLayout]);
        setMessage(
          opened
            ? { intent: "success", key: "request.sendCopyOpened" }
            : { intent: "info", key: "request.sendCopyManual", params: { sheet: generatedLayout.name } },
        );
      }),
    [generatedLayout, port, withBusy],
  );

  // The status follows every choice and answer, before anything is written.
  const status = useMemo(() => {
    const reference = parseIsoDate(settings.referenceDate);
    const age = parseAgeScheme(settings.ageScheme);
    const own = OWN_ROLES.filter((role) => settings.own.includes(role) && detected?.roles[role] !== undefined);
    const available = new Set<string>([...own, ...(["sex", "ageBand", "originGroup"] as const)]);
    const check = checked && checkedFor === checkKey(settings) ? checked : null;
    const choices: RequestChoices = {
      referenceDate: reference.ok ? reference.value : 0,
      staffCount: table?.rowCount ?? 0,
      sex: settings.ksz.sex,
      ageScheme: settings.ksz.ageBand && age.ok ? age.value : null,
      originScheme: settings.ksz.originGroup ? ORIGIN_SCHEMES[settings.originScheme] : null,
      // Named as the analyst knows them: the header of the column each own variable comes from.
      ownVariables: own.map((name) => ({
        name,
        header: detected?.guess.columns.find((c) => c.index === detected.roles[name])?.header || name,
        groups: [],
      })),
      tables: check?.tables ?? requestedTables(settings, available),
      check: check
        ? {
            date: today,
            threshold: check.report.threshold,
            smallCells: check.report.tables.reduce((n, tab) => n + tab.smallCells, 0),
            secondaryCells: check.report.tables.reduce((n, tab) => n + tab.secondaryCells, 0),
            flagged: [],
            exposedCells: exposedCells(check.report),
          }
        : null,
      linkage: settings.linkage && detected?.roles.insz !== undefined,
      generatedOn: today,
    };
    const facts = {
      choices,
      answers: settings.answers,
      linkageAsked: settings.linkage,
      inszColumn: detected?.roles.insz !== undefined,
    };
    return requestStatus(buildRequest(choices, settings.answers, settings.sheetLang), facts, lang);
  }, [checked, checkedFor, detected, lang, settings, table, today]);

  return {
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
    generation,
    generatedStatus,
    update,
    updateAnswers,
    detectData,
    recode,
    check,
    applySuggestion,
    generate,
    sendCopy: port.openCopy && generatedLayout ? sendCopy : null,
    cancel: () => abort.current?.abort(),
    dismiss: () => setMessage(null),
    show: setMessage,
    flush,
    reload,
  };
}

const stringOf = (lang: Lang, key: MessageKey) => t(lang, key);

/** The choices a check depends on: when any of them changes, the check shown no longer holds. */
function checkKey(settings: JobSettings): string {
  const { ageScheme, originScheme, originOverrides, groupings, own, ksz, tables, threshold, zerosAreSmall, roles } =
    settings;
  return JSON.stringify([
    ageScheme,
    originScheme,
    originOverrides,
    groupings,
    own,
    ksz,
    tables,
    threshold,
    zerosAreSmall,
    roles,
  ]);
}

/**
 * What went wrong, for the message bar: an error the analyst can fix (a cell being edited, a protected
 * sheet) says how; any other error is shown with its own text under `key`.
 */
function failure(error: unknown, key: MessageKey = "pane.error.generic"): PaneMessage {
  const refusal = userMessage(error);
  if (refusal) return { intent: "error", key: refusal.key, params: refusal.params };
  const fixable = fixableErrorKey(error);
  if (fixable) return { intent: "warning", key: fixable };
  return { intent: "error", key, params: { detail: String((error as Error)?.message ?? error) } };
}

/** Settings that cannot be read are a warning (the defaults apply); anything else is a failure. */
function settingsError(error: unknown): PaneMessage {
  return error instanceof DamagedSettings ? { intent: "warning", key: "settings.damaged" } : failure(error);
}
