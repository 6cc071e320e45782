export type { JobSettings, OwnRole } from "./settings";
export { OWN_ROLES, defaultSettings, sanitiseSettings } from "./settings";
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
export { requestedTables, checkRecoded } from "./check";
export type { RequestOutcome } from "./request";
export { composeRequest } from "./request";
