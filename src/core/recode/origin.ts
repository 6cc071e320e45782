import { ALL_COUNTRIES, type CountryCode } from "../values/countries";
import { countryNameData } from "../values/data/countryNames";
import {
  COARSE_SCHEMES,
  CONTINENT_GROUP,
  DETAILED_GROUPS,
  EXPLICIT_MEMBERS,
  ORIGIN_TABLE_VERSION,
  type DetailedGroup,
} from "./data/originGroups";

export type OriginSchemeId = "detailed" | "four" | "eu" | "two";
export const ORIGIN_SCHEME_IDS: readonly OriginSchemeId[] = ["detailed", "four", "eu", "two"];

/** Stable, language-free group ids ("belgian", "european", "non_european", "unknown", ...). */
export type OriginGroupId = string;

/**
 * An origin scheme: its groups in display order and the group of every country. A nationality read
 * from an export is a proxy for origin; KSZ derives origin itself from the National Register.
 */
export interface OriginScheme {
  id: OriginSchemeId;
  version: string;
  groups: readonly OriginGroupId[];
  /** Group of a detailed group: the ladder step from `detailed` to this scheme. */
  fromDetailed: Readonly<Record<DetailedGroup, OriginGroupId>>;
}

let detailedOf: Map<CountryCode, DetailedGroup> | undefined;

/** Every country's detailed group: the explicit members, else by continent (countries-list). */
function detailedGroups(): Map<CountryCode, DetailedGroup> {
  if (detailedOf) return detailedOf;
  const groups = new Map<CountryCode, DetailedGroup>();
  for (const [group, members] of Object.entries(EXPLICIT_MEMBERS)) {
    for (const code of members) groups.set(code, group as DetailedGroup);
  }
  const { continents } = countryNameData();
  for (const code of ALL_COUNTRIES) {
    if (groups.has(code)) continue;
    const continent = continents[code];
    groups.set(code, (continent && CONTINENT_GROUP[continent]) || "unknown");
  }
  return (detailedOf = groups);
}

/** The detailed group of a country; a code the library does not know is unknown. */
export function detailedGroupOf(code: CountryCode): DetailedGroup {
  return detailedGroups().get(code) ?? "unknown";
}

const identity = Object.fromEntries(DETAILED_GROUPS.map((g) => [g, g])) as Record<DetailedGroup, OriginGroupId>;

const coarse = (id: keyof typeof COARSE_SCHEMES): OriginScheme => ({
  id,
  version: ORIGIN_TABLE_VERSION,
  groups: COARSE_SCHEMES[id].groups,
  fromDetailed: COARSE_SCHEMES[id].from,
});

export const ORIGIN_SCHEMES: Readonly<Record<OriginSchemeId, OriginScheme>> = {
  detailed: { id: "detailed", version: ORIGIN_TABLE_VERSION, groups: DETAILED_GROUPS, fromDetailed: identity },
  four: coarse("four"),
  eu: coarse("eu"),
  two: coarse("two"),
};

/** Coarsening ladders: each step merges groups of the previous one (detailed -> four -> two). */
export const ORIGIN_LADDER: readonly OriginSchemeId[] = ["detailed", "four", "two"];

export function isOriginSchemeId(value: unknown): value is OriginSchemeId {
  return typeof value === "string" && (ORIGIN_SCHEME_IDS as readonly string[]).includes(value);
}

/** The group of a country in a scheme. */
export function originGroupOf(code: CountryCode, scheme: OriginScheme): OriginGroupId {
  return scheme.fromDetailed[detailedGroupOf(code)];
}

/** Members of each group of a scheme, for the request sheet ("eu_old: AT, DE, ..."). */
export function membersByGroup(scheme: OriginScheme): Map<OriginGroupId, CountryCode[]> {
  const out = new Map<OriginGroupId, CountryCode[]>(scheme.groups.map((g) => [g, []]));
  for (const code of ALL_COUNTRIES) out.get(originGroupOf(code, scheme))!.push(code);
  return out;
}
