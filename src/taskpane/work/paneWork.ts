/**
 * The work behind the pane's buttons and the ribbon's commands: reading the data, recoding, the
 * small-cell check and the request. None of it runs before step 1 is on screen, so the pages load it
 * as one chunk of its own (workSource.browser.ts) while the analyst reads step 1; the pane and the
 * commands call it through `work()` (pageData.ts), once it is in.
 */
export {
  composeRequest,
  implausibleRecodes,
  readingNotes,
  recodeTableStepwise,
  referenceFromTitle,
  referenceNote,
  screenNotes,
} from "../../core";
export { checkJobOf } from "../../solver/checker";
export { changedDataSheet, columnsToWrite, detect, readNeeded, recodeAndWrite } from "../../workbook/tasks";
export { withSheetAnswers, writeCheck, writeRequest } from "../../workbook/requestSheets";
export { runCommand } from "../../commands/jobs";
export { paneStatus } from "./paneStatus";
