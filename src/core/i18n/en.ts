/**
 * English catalogue. It is the master list of keys: nl.ts and fr.ts are typed against it, so a key
 * missing in a language is a compile error, and test/unit/i18n.test.ts checks placeholders match.
 */
export const en = {
  "app.title": "Diversity Request",
  "app.tagline": "Prepare an anonymous diversity-data request to the KSZ",
  "app.privacy": "Your personnel data stay on this computer: nothing is sent anywhere.",
  "app.loading": "Loading…",
  "lang.label": "Language",
  "lang.nl": "Nederlands",
  "lang.fr": "Français",
  "lang.en": "English",
  "steps.label": "Steps of the request",
  "step.decide.title": "Decide",
  "step.decide.summary":
    "Which data do you need, for which purpose, for which year? Which characteristics are relevant and how are they defined?",
  "step.motivate.title": "Motivate",
  "step.motivate.summary":
    "Justify the request: its purpose and its proportionality, and the objective of your diversity policy it serves.",
  "step.describe.title": "Describe the data",
  "step.describe.summary":
    "Request data in categories to keep people anonymous: ages in age bands, origins in origin groups, with no crossing that gives too small numbers.",
  "step.request.title": "Request",
  "step.request.summary": "Generate the request sheet with every element the KSZ asks for, check it and send it.",
  "step.position": "Step {n} of {total}",
  "host.excel": "Working in this Excel workbook",
  "host.standalone": "Working on an .xlsx file in your browser",
} as const;

export type MessageKey = keyof typeof en;
