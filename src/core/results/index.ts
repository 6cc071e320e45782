export type { Delivered } from "./delivered";
export { readDelivered } from "./delivered";
export type {
  DeliveredCell,
  DeliveredTable,
  DeliveryProblem,
  DeliveryReading,
  DeliverySheet,
  Source,
} from "./delivery";
export { readDelivery } from "./delivery";
export type { RequestedDimension } from "./labels";
export { parseCsv, csvSeparator } from "./csv";
export type { ResultCell, ResultProblem, TableResult } from "./analyse";
export { analyseTable } from "./analyse";
export { wilson, shareOf } from "./intervals";
export type { Comparison, Reference, ReferenceProblem } from "./reference";
export { compareWithReference, parseReference } from "./reference";
export type { ResultsBasis } from "./request";
export { KSZ_DIMENSIONS, resultsBasis } from "./request";
export type { Results, ResultsOptions } from "./results";
export { resultsJson, resultsOf } from "./results";
export { hiddenText, layoutResults, percent, shareText } from "./layout";
export {
  comparisonSentence,
  foundSentence,
  labelIn,
  notLinkedSentences,
  problemSentence,
  tableName,
  verdictKey,
} from "./sentences";
