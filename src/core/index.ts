/**
 * The public entry of the core: what the doors, the command line and the task pane use.
 * Pure TypeScript: no Office, React, DOM or Node; no clock (reference dates are arguments).
 */
export * from "./i18n";

export type { CellValue } from "./values/cell";
export { cellText, isEmptyCell, isExcelError } from "./values/cell";
export type { Reason, Parsed } from "./values/result";
export { reasonText, reasonsText } from "./values/reasonText";
export type { DayStamp } from "./values/dates";
export {
  parseDate,
  parseIsoDate,
  dateFromExcelSerial,
  excelSerialFromDate,
  formatIso,
  stamp,
  yearOf,
  isValidDate,
} from "./values/dates";
export { ageOn, ageFromBirthDate, parseAge, MIN_STAFF_AGE, MAX_STAFF_AGE } from "./values/age";
export type { CountryCode, ParsedCountry } from "./values/countries";
export { parseCountry, countryName, countryLookup, ALL_COUNTRIES } from "./values/countries";
export { hasCountryNames, loadCountryNames } from "./values/data/countryNames";
export type { Sex } from "./values/sex";
export { parseSex } from "./values/sex";
export type { Insz } from "./values/insz";
export { duplicateInsz, parseInsz, formatInsz, makeInsz } from "./values/insz";
export { normaliseWord } from "./values/normalise";

export type { ColumnRole } from "./columns/roles";
export { COLUMN_ROLES, isColumnRole, roleFromHeader, roleFromValues } from "./columns/roles";
export type { ColumnGuess, TableGuess } from "./columns/detect";
export { detectColumns, findHeaderRow } from "./columns/detect";
export { dateInTitle, type TitleDate } from "./columns/titleDate";
export { totalsRowsAtEnd, withoutTotals, type TotalsRows } from "./columns/totals";

export type { AgeBandScheme, AgeBandId, BuiltInAgeSchemeId, AgeSchemeError } from "./recode/ageBands";
export {
  AGE_SCHEMES,
  AGE_LADDER,
  parseAgeScheme,
  validateBounds,
  bandIds,
  bandBounds,
  bandOf,
} from "./recode/ageBands";
export type { OriginScheme, OriginSchemeId, OriginGroupId } from "./recode/origin";
export {
  ORIGIN_SCHEMES,
  ORIGIN_SCHEME_IDS,
  ORIGIN_LADDER,
  isOriginSchemeId,
  originGroupOf,
  detailedGroupOf,
  membersByGroup,
} from "./recode/origin";
export type { DetailedGroup } from "./recode/data/originGroups";
export { DETAILED_GROUPS, ORIGIN_TABLE_VERSION } from "./recode/data/originGroups";
export type { Grouping } from "./recode/grouping";
export { OTHER_GROUP, UNKNOWN_GROUP, groupOfValue, groupsToMerge, orderGroups } from "./recode/grouping";
export type {
  Table,
  RecodeSpec,
  RecodePlan,
  RecodeResult,
  RecodedColumn,
  UnknownValue,
  InvalidCell,
} from "./recode/apply";
export { applyRecode } from "./recode/apply";
export type { RecodeKind } from "./recode/labels";
export { recodedHeader, categoryLabel } from "./recode/labels";
export * from "./disclosure";
export * from "./request";
export * from "./job";
export { productColumnKind } from "./recode/productHeaders";
export type { PersonalData, PersonalKind } from "./privacy/screen";
export { PersonalDataScreen, isNameHeader, personalDataFor, screenSettings } from "./privacy/screen";
export type { LimitName } from "./limits";
export type { RefusalKind, UserMessage } from "./errors";
export { NoData, NoDataRows, noDataReason, userMessage } from "./errors";
export { LIMITS, LimitExceeded, fitCell } from "./limits";
export * from "./results";
