/**
 * The pane's choices and answers, kept in the workbook: read back when the pane opens (changes made
 * before that are applied on top), saved a moment after the last change, never written just for
 * opening, and read again on request. Problems go to `report`.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { PURPOSE_PRESETS, readSettings, type JobSettings, type Lang } from "../core";
import { DamagedSettings, type WorkbookPort } from "../workbook/port";
import { failure, settingsError, type PaneMessage } from "./paneMessages";

export function useSavedSettings(
  port: WorkbookPort,
  today: string,
  lang: Lang,
  report: (message: PaneMessage) => void,
) {
  // Until saved settings say otherwise, the request sheet speaks the user's language and the purpose
  // starts on the first ready-made one (a blank "own text" box is no place to start).
  const [settings, setSettings] = useState<JobSettings>(() => ({
    ...readSettings(null, today).settings,
    sheetLang: lang,
    answers: { purposePreset: PURPOSE_PRESETS[0] },
  }));
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
      flush().catch((error: unknown) => report(failure(error)));
    }, 600);
    return () => clearTimeout(timer);
  }, [flush, report, settings]);

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

  return { settings, setSettings, change, update, updateAnswers, flush, reloadSettings, ready };
}
