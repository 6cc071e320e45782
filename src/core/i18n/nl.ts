import type { MessageKey } from "./en";

export const nl: Readonly<Record<MessageKey, string>> = {
  "app.title": "Diversiteitsaanvraag",
  "app.tagline": "Bereid een anonieme aanvraag van diversiteitsgegevens bij de KSZ voor",
  "app.privacy": "Je personeelsgegevens blijven op deze computer: er wordt niets verstuurd.",
  "app.loading": "Laden…",
  "lang.label": "Taal",
  "lang.nl": "Nederlands",
  "lang.fr": "Français",
  "lang.en": "English",
  "steps.label": "Stappen van de aanvraag",
  "step.decide.title": "Beslissen",
  "step.decide.summary":
    "Welke gegevens heb je nodig, met welk doel, van welk jaar? Welke kenmerken zijn relevant en hoe zijn ze gedefinieerd?",
  "step.motivate.title": "Motiveren",
  "step.motivate.summary":
    "Rechtvaardig de aanvraag: het doel en de proportionaliteit, en de doelstelling van je diversiteitsbeleid die ze dient.",
  "step.describe.title": "Gegevens beschrijven",
  "step.describe.summary":
    "Vraag gegevens in categorieën aan om de anonimiteit te garanderen: leeftijden in leeftijdsklassen, origines in originegroepen, zonder kruisingen die tot te kleine aantallen leiden.",
  "step.request.title": "Aanvraag doen",
  "step.request.summary": "Maak het aanvraagblad met alle elementen die de KSZ vraagt, controleer het en verstuur het.",
  "step.position": "Stap {n} van {total}",
  "host.excel": "Je werkt in deze Excel-werkmap",
  "host.standalone": "Je werkt op een .xlsx-bestand in je browser",
};
