/**
 * Origin group schemes as a versioned data table (DOMAIN.md §5; modelled on Unia/FOD WASO's
 * Socio-economische Monitoring and the source text's example). The explicit lists decide; every other
 * country falls to the group of its continent in the countries-list library.
 */
export const ORIGIN_TABLE_VERSION = "2026-11-27";

/** The detailed groups, in display order. */
export const DETAILED_GROUPS = [
  "belgian",
  "eu_old",
  "eu_new",
  "europe_other",
  "maghreb",
  "africa_other",
  "near_middle_east",
  "asia_oceania",
  "americas",
  "unknown",
] as const;
export type DetailedGroup = (typeof DETAILED_GROUPS)[number];

export const EXPLICIT_MEMBERS: Readonly<Partial<Record<DetailedGroup, readonly string[]>>> = {
  belgian: ["BE"],
  // EU members before 2004, Belgium aside; with the territories of DOMAIN.md section 5: France's
  // outermost regions (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint-Martin) and
  // Åland (Finland) belong to their member state. (The Azores, Madeira and the Canaries have no ISO
  // code of their own.) Overseas countries and territories outside the EU keep their continent.
  eu_old: [
    ...["AT", "DE", "DK", "ES", "FI", "FR", "GR", "IE", "IT", "LU", "NL", "PT", "SE"],
    ...["GF", "GP", "MQ", "RE", "YT", "MF", "AX"],
  ],
  // EU members since 2004.
  eu_new: ["BG", "CY", "CZ", "EE", "HR", "HU", "LT", "LV", "MT", "PL", "RO", "SI", "SK"],
  // Named so the continent library cannot move them: it puts Russia and Turkey in Asia.
  europe_other: ["GB", "CH", "NO", "IS", "LI", "AL", "BA", "ME", "MK", "RS", "XK", "UA", "MD", "BY", "RU", "TR"],
  maghreb: ["MA", "DZ", "TN", "LY", "MR"],
  near_middle_east: ["IL", "PS", "JO", "LB", "SY", "IQ", "IR", "SA", "YE", "OM", "AE", "QA", "BH", "KW"],
};

/**
 * Continent (countries-list code) to group, for countries not listed above. Antarctica's territories
 * (AQ, BV, GS, HM, TF) have no nationality of their own: unknown.
 */
export const CONTINENT_GROUP: Readonly<Record<string, DetailedGroup>> = {
  EU: "europe_other",
  AF: "africa_other",
  AS: "asia_oceania",
  OC: "asia_oceania",
  NA: "americas",
  SA: "americas",
  AN: "unknown",
};

/** Coarser schemes: each maps every detailed group to one of its own groups. */
export const COARSE_SCHEMES = {
  four: {
    groups: ["belgian", "european", "non_european", "unknown"],
    from: {
      belgian: "belgian",
      eu_old: "european",
      eu_new: "european",
      europe_other: "european",
      maghreb: "non_european",
      africa_other: "non_european",
      near_middle_east: "non_european",
      asia_oceania: "non_european",
      americas: "non_european",
      unknown: "unknown",
    },
  },
  eu: {
    groups: ["belgian", "eu", "non_eu", "unknown"],
    from: {
      belgian: "belgian",
      eu_old: "eu",
      eu_new: "eu",
      europe_other: "non_eu",
      maghreb: "non_eu",
      africa_other: "non_eu",
      near_middle_east: "non_eu",
      asia_oceania: "non_eu",
      americas: "non_eu",
      unknown: "unknown",
    },
  },
  two: {
    groups: ["belgian", "foreign", "unknown"],
    from: {
      belgian: "belgian",
      eu_old: "foreign",
      eu_new: "foreign",
      europe_other: "foreign",
      maghreb: "foreign",
      africa_other: "foreign",
      near_middle_east: "foreign",
      asia_oceania: "foreign",
      americas: "foreign",
      unknown: "unknown",
    },
  },
} as const satisfies Record<string, { groups: readonly string[]; from: Record<DetailedGroup, string> }>;
