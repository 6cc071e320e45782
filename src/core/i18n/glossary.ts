/**
 * The domain's terms in Dutch, French and English: one term for one concept in each language, as the
 * language review of 2026-11-26 decided them (Belgian usage: KSZ/BCSS, Statbel, the Flemish and federal
 * administrations). The catalogue test holds the catalogues to it: a key that names a concept in one
 * language names it in the others with the term below, and a variant to avoid appears nowhere.
 *
 * Register: documents sent to the KSZ and the pane use formal "u" in Dutch and "vous" in French.
 */

export interface GlossaryTerm {
  /** What the term means, for the reader of this file. */
  concept: string;
  nl: string;
  fr: string;
  en: string;
  /** How the term is recognised in a catalogue text (case-insensitive), per language. */
  match?: { nl: RegExp; fr: RegExp; en: RegExp };
  /** Variants that mean the same and must not be used, with why. */
  avoid?: { nl?: RegExp[]; fr?: RegExp[]; en?: RegExp[]; why: string };
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    concept: "The Crossroads Bank for Social Security, to which the request goes",
    nl: "Kruispuntbank van de Sociale Zekerheid (KSZ)",
    fr: "Banque Carrefour de la Sécurité Sociale (BCSS)",
    en: "Crossroads Bank for Social Security (CBSS)",
    match: { nl: /\bKSZ\b|Kruispuntbank/, fr: /\bBCSS\b|Banque Carrefour/, en: /\bCBSS\b|Crossroads Bank/ },
    avoid: { fr: [/\bKSZ\b/], en: [/\bKSZ\b(?!\/BCSS)/], why: "each language names the bank by its own acronym" },
  },
  {
    concept: "The social security identification number: a National Register number or a bis number",
    nl: "INSZ (rijksregister- of bisnummer)",
    fr: "NISS (numéro de registre national ou numéro bis)",
    en: "INSZ/NISS (National Register or bis number)",
    match: { nl: /\bINSZ\b/, fr: /\bNISS\b/, en: /\bINSZ\b/ },
    avoid: {
      nl: [/\bINSZ \(rijksregisternummer\)/i, /rijksregisternummers \(INSZ\)/i],
      fr: [/\bINSZ\b/, /numéro national/i],
      why: "an INSZ is a National Register number or a bis number, never only the first",
    },
  },
  {
    concept: "The enterprise number of the institution",
    nl: "ondernemingsnummer (KBO)",
    fr: "numéro d’entreprise (BCE)",
    en: "enterprise number (CBE)",
    avoid: { fr: [/\bKBO\b/], why: "French uses the BCE" },
  },
  {
    concept: "The day on which ages and staff are counted",
    nl: "referentiedatum",
    fr: "date de référence",
    en: "reference date",
    match: { nl: /referentiedatum/i, fr: /date de référence/i, en: /reference date/i },
  },
  {
    concept: "The group of countries of origin the KSZ derives from the National Register",
    nl: "herkomst, herkomstgroep",
    fr: "origine, groupe d’origine",
    en: "origin, origin group",
    match: { nl: /herkomst/i, fr: /origine/i, en: /\borigin\b/i },
    avoid: { nl: [/originegroep/i, /\borigine\b/i], why: "one Dutch term (Statbel, Vlaamse overheid): herkomst" },
  },
  {
    concept: "A band of ages in whole years on the reference date",
    nl: "leeftijdsklasse",
    fr: "classe d’âge",
    en: "age band",
    match: { nl: /leeftijdsklasse/i, fr: /classes? d’âge/i, en: /age[- ]bands?/i },
  },
  {
    concept: "A cell of a table with too few persons to publish",
    nl: "kleine cel",
    fr: "petite cellule",
    en: "small cell",
    match: { nl: /kleine cel/i, fr: /petites? cellules?/i, en: /small[- ]cells?/i },
  },
  {
    concept: "Hiding a cell so that it is not published (primary or secondary suppression)",
    nl: "onderdrukken",
    fr: "masquer",
    en: "suppress",
    avoid: { fr: [/supprimée/i, /suppression/i], why: "supprimer means both to eliminate and to suppress" },
  },
  {
    concept: "The smallest number of persons a published cell holds",
    nl: "drempel, minimale celgrootte",
    fr: "seuil, taille minimale des cellules",
    en: "threshold",
  },
  {
    concept: "Joining the institution's own data to the KSZ's through the INSZ",
    nl: "koppeling",
    fr: "couplage",
    en: "linkage",
    match: { nl: /koppel/i, fr: /coupl/i, en: /\blink/i },
  },
  {
    concept: "A table that counts persons by two or more variables",
    nl: "kruistabel",
    fr: "tableau croisé",
    en: "cross-tabulation",
  },
  {
    concept: "Data about an identified or identifiable person (GDPR)",
    nl: "persoonsgegevens",
    fr: "données à caractère personnel",
    en: "personal data",
    avoid: {
      fr: [/données personnelles/i, /donnée personnelle/i],
      why: "the legal term is données à caractère personnel",
    },
  },
  {
    concept: "The purpose of the processing (GDPR article 5)",
    nl: "doel (finaliteit)",
    fr: "finalité",
    en: "purpose",
  },
  {
    concept: "A member of the institution's staff",
    nl: "personeelslid, personeelsleden",
    fr: "membre du personnel",
    en: "staff member",
  },
  {
    concept: "Submitting the request",
    nl: "aanvraag indienen",
    fr: "introduire une demande",
    en: "submit a request",
    avoid: { nl: [/aanvraag doen/i], why: "indienen is the administrative verb" },
  },
  {
    concept: "The first measurement, and the ones that follow it",
    nl: "nulmeting / vervolgmeting",
    fr: "mesure de référence / mesure de suivi",
    en: "baseline / follow-up measurement",
  },
  {
    concept: "The Flemish administration",
    nl: "Vlaamse overheid",
    fr: "Autorité flamande",
    en: "Flemish government",
    avoid: { fr: [/gouvernement flamand/i], why: "the gouvernement flamand is the Vlaamse Regering" },
  },
  {
    concept: "Band boundaries written in a list (the comma is the decimal separator in nl and fr)",
    nl: "25;35;45;55",
    fr: "25;35;45;55",
    en: "25;35;45;55",
  },
  {
    concept: "Formal address in texts to the analyst and to the KSZ",
    nl: "u, uw",
    fr: "vous, votre",
    en: "you",
    avoid: { nl: [/\b(je|jij|jouw)\b/i], why: "documents to the KSZ and the pane use formal u" },
  },
];
