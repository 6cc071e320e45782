/**
 * The pane's choices and answers, kept in the workbook: read back when the pane opens (changes made
 * before that are applied on top), never written just for opening, and read again on request.
 * In Excel they are written only by an action that writes anyway (Recode, Check, Generate, or "Save
 * choices"): a write clears the analyst's undo history below ExcelApi 1.20, so typing an answer must
 * not. Office's document settings are no way out: their saveAsync clears undo too (office-js#3141).
 * On a file (`autosave`), where there is no undo to lose, they are saved a moment after each change.
 * Problems go to `report`.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { PURPOSE_PRESETS, readSettings, type JobSettings, type Lang } from "../core";
import { DamagedSettings, asAction, type WorkbookPort } from "../workbook/port";
import { ChangedElsewhere, saveSettingsChecked } from "../workbook/savedSettings";
import { failure, settingsError, type PaneMessage } from "./paneMessages";

export function useSavedSettings(
  port: WorkbookPort,
  today: string,
  lang: Lang,
  report: (message: PaneMessage) => void,
  autosave = false,
) {
  // Until saved settings say otherwise, the request sheet speaks the user's language and the purpose
  // starts on the first ready-made one (a blank "own text" box is no place to start).
  const [settings, setSettings] = useState<JobSettings>(() => ({
    ...readSettings(null, today).settings,
    sheetLang: lang,
    answers: { purposePreset: PURPOSE_PRESETS[0] },
  }));
  /** The defaults the pane starts from: unchanged defaults are nothing to save. */
  const initial = useRef(settings);
  const loaded = useRef(false);
  /** The saved settings came back (or there were none): what depends on them can start. */
  const [ready, setReady] = useState(false);
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
      setReady(true);
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
        if (read && read.damaged.length > 0) report(settingsError(new DamagedSettings()));
      },
      (error: unknown) => {
        if (!live) return;
        settle(null);
        report(settingsError(error));
      },
    );
    return () => {
      live = false;
    };
  }, [port, report, today]);

  /** Bumped when what the workbook holds changes, so `unsaved` is computed again. */
  const [, setStoredVersion] = useState(0);
  /**
   * Save what the pane shows, unless a co-author saved since it was read (ChangedElsewhere: nothing is
   * written, and the analyst chooses); `force`: the analyst keeps theirs over the other's.
   */
  const flush = useCallback(
    async (force = false) => {
      const json = JSON.stringify(latest.current);
      if (!loaded.current || (json === stored.current && !force)) return;
      const saved = await saveSettingsChecked(port, latest.current, { force });
      // Only what was written counts as stored: after a failed save, the next flush tries again.
      stored.current = JSON.stringify(saved);
      latest.current = { ...latest.current, revision: saved.revision };
      setSettings((s) => ({ ...s, revision: saved.revision }));
      setStoredVersion((v) => v + 1);
    },
    [port],
  );

  // On a file, every change is saved a moment after the last keystroke; opening writes nothing.
  useEffect(() => {
    if (!autosave || !loaded.current || JSON.stringify(settings) === stored.current) return;
    const timer = setTimeout(() => {
      flush().catch((error: unknown) => report(failure(error)));
    }, 600);
    return () => clearTimeout(timer);
  }, [autosave, flush, report, settings]);

  /** The saved settings again (the workbook changed outside the pane). */
  const reloadSettings = useCallback(async () => {
    let saved: unknown = null;
    try {
      saved = await port.loadSettings();
    } catch (error) {
      report(settingsError(error));
    }
    if (!saved) return;
    const { settings: restored, damaged } = readSettings(saved, today);
    if (damaged.length > 0) report(settingsError(new DamagedSettings()));
    stored.current = JSON.stringify(restored);
    setStoredVersion((v) => v + 1);
    setSettings(restored);
  }, [port, report, today]);

  const change = useCallback((edit: (s: JobSettings) => JobSettings) => {
    if (!loaded.current) early.current.push(edit);
    setSettings(edit);
  }, []);
  const update = useCallback((patch: Partial<JobSettings>) => change((s) => ({ ...s, ...patch })), [change]);
  const updateAnswers = useCallback(
    (patch: Partial<JobSettings["answers"]>) => change((s) => ({ ...s, answers: { ...s.answers, ...patch } })),
    [change],
  );

  const [wroteThisSession, setWrote] = useState(false);
  /** A save found choices saved by someone else since the pane read them: the analyst chooses. */
  const [conflict, setConflict] = useState(false);
  /**
   * One action of the analyst's that writes (Recode, Check, Generate, Save choices): one undo step
   * where Excel can (ExcelApi 1.20), with the choices not yet saved written in it; `saves`: the work
   * writes the settings itself (Generate, with the request sheet's place), then adopted as stored.
   */
  const action = useCallback(
    <T>(work: () => Promise<T>, saves = false): Promise<T> => {
      setWrote(true);
      return asAction(port, latest.current.sheetLang, async () => {
        const result = await work();
        if (!saves) await flush();
        return result;
      }).catch((error: unknown) => {
        if (error instanceof ChangedElsewhere) setConflict(true);
        throw error;
      });
    },
    [flush, port],
  );

  /** The analyst's answer to a conflict: take the co-author's choices, or save the pane's over them. */
  const resolveConflict = useCallback(
    async (keep: "theirs" | "mine") => {
      if (keep === "mine") await asAction(port, latest.current.sheetLang, () => flush(true));
      else await reloadSettings();
      setConflict(false);
    },
    [flush, port, reloadSettings],
  );

  /** Settings an action has just written to the workbook: shown, and known as stored. */
  const adoptSaved = useCallback((saved: JobSettings) => {
    stored.current = JSON.stringify(saved);
    setStoredVersion((v) => v + 1);
    setSettings(saved);
  }, []);

  /** Choices made in the pane that the workbook does not hold yet (saved by the next action). */
  const unsaved = ready && JSON.stringify(settings) !== (stored.current ?? JSON.stringify(initial.current));

  return {
    settings,
    adoptSaved,
    change,
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
  };
}
