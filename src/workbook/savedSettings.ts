/**
 * Saving the settings without overwriting a co-author's. Each save stamps the settings with a new
 * revision; a save first checks that the workbook still holds the revision the settings were read
 * with. Microsoft warns that state kept in hidden sheets loses synchronisation under co-authoring
 * (co-authoring-in-excel-add-ins): this is how a second writer is noticed instead of overwritten.
 */
import type { JobSettings } from "../core";
import { DamagedSettings, type WorkbookPort } from "./port";

/** Someone else saved choices in this workbook since these were read: nothing was written. */
export class ChangedElsewhere extends Error {
  constructor() {
    super("the saved choices were changed elsewhere since they were read");
    this.name = "ChangedElsewhere";
  }
}

/** The revision the workbook holds now: null without settings, or when they cannot be read. */
async function storedRevision(port: WorkbookPort): Promise<string | null> {
  let saved: unknown;
  try {
    saved = await port.loadSettings();
  } catch (error) {
    if (error instanceof DamagedSettings) return null;
    throw error;
  }
  const revision = (saved as { revision?: unknown } | null)?.revision;
  return typeof revision === "string" ? revision : null;
}

/** Throws ChangedElsewhere when the workbook holds another revision than the settings were read with. */
export async function assertUnchanged(port: WorkbookPort, settings: JobSettings): Promise<void> {
  if (!port.coauthored) return; // a file opened by one process has no other writer
  if ((await storedRevision(port)) !== settings.revision) throw new ChangedElsewhere();
}

/** A new stamp: time and randomness, no personal data. */
function newRevision(): string {
  const random = new Uint32Array(2);
  globalThis.crypto.getRandomValues(random);
  return `${Date.now().toString(36)}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/**
 * Save the settings with a new revision, after checking that nobody saved since they were read
 * (`force`: the analyst chose to keep theirs over the other's). Returns the settings as saved.
 */
export async function saveSettingsChecked(
  port: WorkbookPort,
  settings: JobSettings,
  options: { force?: boolean; checked?: boolean } = {},
): Promise<JobSettings> {
  if (!options.force && !options.checked) await assertUnchanged(port, settings);
  const saved = { ...settings, revision: newRevision() };
  await port.saveSettings(saved);
  return saved;
}
