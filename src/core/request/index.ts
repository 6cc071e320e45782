export type { RequestAnswers, PresetField, PurposePreset, TextAnswerKey, YesNoAnswerKey } from "./answers";
export {
  ANSWER_PRESETS,
  PURPOSE_PRESETS,
  isPresetField,
  presetKey,
  presetText,
  mistypedAnswers,
  sanitiseAnswers,
} from "./answers";
export type { RequestChoices, OwnVariable, FlaggedCell, CheckSummary } from "./choices";
export type { RequestDocument, Section, SectionId, Field, MissingAnswer } from "./document";
export { buildRequest, completeness } from "./document";
export { variableLabel } from "./variables";
export { draftProportionality } from "./drafts";
export type { ProblemId, RequestProblem, RequestStatus, RequestFacts } from "./status";
export { CONSISTENCY_RULES, consistencyProblems, requestStatus } from "./status";
export type {
  SheetLayout,
  LayoutCell,
  CellStyle,
  StyleName,
  Merge,
  ListValidation,
  SheetKind,
  AnswerCells,
} from "./sheetLayout";
export { answersFromSheet } from "./readBack";
export { MARKER_COL, STYLES, kindOfMarker, markerOf, withMarker } from "./sheetLayout";
export { layoutRequest } from "./requestLayout";
export type { DimensionLabels } from "./checkLayout";
export { layoutCheck } from "./checkLayout";
export { fullGroupTexts, mergeTexts } from "./findings";
export type { LinkageData } from "./linkage";
export { buildLinkage, layoutLinkage } from "./linkage";
