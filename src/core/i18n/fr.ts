import type { MessageKey } from "./en";

export const fr: Readonly<Record<MessageKey, string>> = {
  "app.title": "Demande diversité",
  "app.tagline": "Préparez une demande anonyme de données de diversité à la BCSS",
  "app.privacy": "Vos données du personnel restent sur cet ordinateur : rien n’est envoyé.",
  "app.loading": "Chargement…",
  "lang.label": "Langue",
  "lang.nl": "Nederlands",
  "lang.fr": "Français",
  "lang.en": "English",
  "steps.label": "Étapes de la demande",
  "step.decide.title": "Décider",
  "step.decide.summary":
    "De quelles données avez-vous besoin, dans quel but, pour quelle année ? Quelles caractéristiques sont pertinentes et comment sont-elles définies ?",
  "step.motivate.title": "Motiver",
  "step.motivate.summary":
    "Justifiez la demande : sa finalité et sa proportionnalité, et l’objectif de votre politique de diversité qu’elle sert.",
  "step.describe.title": "Décrire les données",
  "step.describe.summary":
    "Demandez les données par catégories pour garantir l’anonymat : les âges en classes d’âge, les origines en groupes d’origine, sans croisement qui donne de trop petits nombres.",
  "step.request.title": "Introduire la demande",
  "step.request.summary":
    "Générez la feuille de demande avec tous les éléments demandés par la BCSS, vérifiez-la et envoyez-la.",
  "step.position": "Étape {n} sur {total}",
  "host.excel": "Vous travaillez dans ce classeur Excel",
  "host.standalone": "Vous travaillez sur un fichier .xlsx dans votre navigateur",
};
