export type { JobSettings, OwnRole } from "./settings";
export { OWN_ROLES, defaultSettings, sanitiseSettings } from "./settings";
export type { RoleMap, WrittenColumn, RecodeOutcome, CheckOutcome, RequestOutcome } from "./run";
export { resolveRoles, recodeTable, recodeTableStepwise, requestedTables, checkRecoded, composeRequest } from "./run";
