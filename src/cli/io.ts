/** What the command line talks through: its streams, its day and language, and its failures. */
import { langFromLocale, type Lang, type MessageKey, type MessageParams } from "../core";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  tty: boolean;
  /** ISO yyyy-mm-dd: today, for default reference dates and the sheet's date. */
  today: string;
  lang: Lang;
}

/** A failure with its exit code and a message already in the user's language. */
export class CliError extends Error {
  constructor(
    readonly code: 2 | 3 | 4,
    message: string,
  ) {
    super(message);
  }
}

export function defaultIo(): Io {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    tty: Boolean(process.stderr.isTTY),
    today: new Date().toISOString().slice(0, 10),
    lang: langFromLocale((process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "").split(".")[0]),
  };
}

/** A message of the catalogues in the user's language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
