export type { JobSettings, OwnRole } from "./settings";
export {
  OWN_ROLES,
  defaultSettings,
  defaultReferenceDate,
  referenceFromTitle,
  referenceNote,
  referenceNoteText,
} from "./settings";
export type { ReadSettings } from "./settingsSchema";
export { readSettings } from "./settingsSchema";
export type { RoleMap, WrittenColumn, RecodeOutcome } from "./recode";
export {
  IdentifierAsCategory,
  identifierMessage,
  NEARLY_UNIQUE,
  resolveRoles,
  recodeTable,
  recodeTableStepwise,
  implausibleRecodes,
} from "./recode";
export type { CheckOutcome } from "./check";
export { requestedTables, checkRecoded, checkLimits } from "./check";
export type { ChoiceFacts } from "./choices";
export { choicesFor } from "./choices";
export type { RequestOutcome } from "./request";
export { composeRequest } from "./request";
export type { ScreenNote } from "./screenReport";
export { readingNotes, screenNotes } from "./screenReport";
