/** The sizes that keep every round trip under Excel's payload limits. */

/** Target size of one request or response: under Excel on the web's 5 MB, with a margin. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** Rows in the first read chunk, from which the size of a row is estimated. */
export const FIRST_CHUNK_ROWS = 2000;
/** Formatting operations per sync when styling many separate cells. */
export const FORMAT_OPS_PER_SYNC = 2000;

export const HEADER_FILL = "#DEECF9";

export const bytesOf = (value: unknown) => JSON.stringify(value).length;

/** How many rows of this size fit in one chunk (at least one). */
export const rowsPerChunk = (bytesPerRow: number) =>
  Math.max(1, Math.floor((CHUNK_BYTES * 0.9) / Math.max(bytesPerRow, 1)));
