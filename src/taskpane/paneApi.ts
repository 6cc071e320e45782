/** What the pane shows and can do: the state and actions `usePane` gives the steps. */
import type {
  CheckOutcome,
  referenceNote,
  JobSettings,
  MessageKey,
  MissingAnswer,
  RecodeOutcome,
  RequestStatus,
  Table,
} from "../core";
import type { Detected } from "../workbook/tasks";
import type { Blocker, Host, PaneAction } from "./blockers";
import type { PaneMessage } from "./paneMessages";

export interface Busy {
  label: MessageKey;
  done: number;
  total: number;
}

export interface PaneApi {
  /** Excel, or the standalone page (a file, no selection). */
  host: Host;
  /** Where the reference date in use comes from (the export's title, or the default rule); null if chosen. */
  referenceNote: ReturnType<typeof referenceNote>;
  /** Why an action cannot run now (the first reason that holds), or null when it can. */
  why: (action: PaneAction) => Blocker | null;
  /** The choices saved in the workbook are back: detection can use the roles they name. */
  settingsReady: boolean;
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
  /**
   * The sheet the analyst is on, when Detect kept the remembered data sheet (or found it gone): step 1
   * offers to take the data from it instead.
   */
  activeElsewhere: string | null;
  update: (patch: Partial<JobSettings>) => void;
  updateAnswers: (patch: Partial<JobSettings["answers"]>) => void;
  /** Find the data; `takeActive`: from the active sheet, even when another data sheet is remembered. */
  detectData: (takeActive?: boolean) => Promise<void>;
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
  /** The analyst's "Save choices in the workbook": an action of its own (it writes). */
  saveChoices: () => Promise<void>;
  /** Choices the workbook does not hold yet: in Excel they wait for the next action that writes. */
  unsaved: boolean;
  /** A save found choices saved by a co-author since the pane read them; nothing was written. */
  conflict: boolean;
  resolveConflict: (keep: "theirs" | "mine") => Promise<void>;
  /** A step of this pane wrote to the workbook (the undo notice has said its piece by then). */
  wroteThisSession: boolean;
  /** What Excel's undo keeps once the add-in writes (null on a file, where nothing is lost). */
  undoSupport: "steps" | "cleared" | null;
  /** Take the saved settings again and forget data read before: the workbook changed outside the pane. */
  reload: () => Promise<void>;
}
