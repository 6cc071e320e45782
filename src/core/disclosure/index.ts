export type { Dimension, CrossTab } from "./crossTab";
export { crossTab, coarsen, keyOf, TOTAL } from "./crossTab";
export type { CellStatus, ThresholdRule } from "./suppress";
export { DEFAULT_THRESHOLD, isSmall, primarySuppression, secondarySuppression, unprotectedLines } from "./suppress";
export type { CellReport, FullGroupWarning, TableReport } from "./check";
export { checkTable, reportOf, fullGroupWarnings } from "./check";
export { protectTable } from "./protect";
export type { Prediction } from "./predict";
export { predictSmallCells } from "./predict";
export type { GroupMerge, Hierarchy, Level, LevelRef, Suggestion, SearchResult, TableAtFinest } from "./lattice";
export { suggestGroupings, MAX_EXACT_NODES } from "./lattice";
export { ageHierarchy, originHierarchy, mergeHierarchy, fixedHierarchy } from "./hierarchies";
export type { CheckVariable, CheckRequest, PredictionReport, DisclosureReport } from "./report";
export {
  auditVerdictKey,
  auditVerdicts,
  checkRequest,
  exposedCells,
  kszOnlyTables,
  leftToKsz,
  unconfirmedCells,
} from "./report";
export { describeLevel } from "./describe";
export type { AttackerProgram, Interval, LinearSolver, Objective, ProgramSession, TableAudit } from "./audit";
export { auditTable, attackerPrograms, isProtected } from "./audit";
