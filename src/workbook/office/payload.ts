/** The sizes that keep every round trip under Excel's payload limits. */

/** Target size of one request or response: under Excel on the web's 5 MB, with a margin. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** Rows in the first read chunk, from which the size of a row is estimated. */
export const FIRST_CHUNK_ROWS = 2000;
/**
 * Formatting actions per sync. Excel on the web counts every action with its object path toward the
 * 5 MB limit; at up to ~500 bytes per action in Office.js's wire format, 5,000 stay near 2.5 MB.
 */
export const ACTIONS_PER_SYNC = 5000;

/** Excel's refusals of a request or a response too large: both mean "ask for less at once". */
export const PAYLOAD_REFUSALS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

export const HEADER_FILL = "#DEECF9";

export const bytesOf = (value: unknown) => JSON.stringify(value).length;

/** How many rows of this size fit in one chunk (at least one). */
export const rowsPerChunk = (bytesPerRow: number) =>
  Math.max(1, Math.floor((CHUNK_BYTES * 0.9) / Math.max(bytesPerRow, 1)));
