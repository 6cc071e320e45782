import type { BaseKey } from "./en";

export const fr: Readonly<Record<BaseKey, string>> = {
  "app.title": "Demande Diversité",
  "app.tagline": "Préparez une demande de données de diversité anonymes à la BCSS",
  "app.privacy": "Les données de votre personnel restent sur cet ordinateur : rien n’est envoyé.",
  "app.loading": "Chargement…",
  "lang.label": "Langue",
  "lang.nl": "Nederlands",
  "lang.fr": "Français",
  "lang.en": "English",
  "steps.label": "Étapes de la demande",
  "step.decide.title": "Décider",
  "step.decide.summary":
    "De quelles données avez-vous besoin, dans quel but, pour quelle année ? Quelles caractéristiques sont pertinentes et comment sont-elles définies ?",
  "step.motivate.title": "Motiver",
  "step.motivate.summary":
    "Justifiez la demande : sa finalité et sa proportionnalité, et l’objectif de votre politique de diversité auquel elle se rattache.",
  "step.describe.title": "Décrire les données",
  "step.describe.summary":
    "Demandez les données par catégories pour garantir l’anonymat : les âges en classes d’âge, les origines en groupes d’origine, sans croisement qui donne des effectifs trop faibles.",
  "step.request.title": "Introduire la demande",
  "step.request.summary":
    "Générez la feuille de demande avec tous les éléments demandés par la BCSS, vérifiez-la et envoyez-la.",
  "step.position": "Étape {n} sur {total}",
  "host.excel": "Vous travaillez dans ce classeur Excel",
  "host.standalone": "Vous travaillez sur un fichier .xlsx dans votre navigateur",
  "column.ageBand": "Classe d’âge",
  "column.nationalityGroup": "Groupe de nationalité",
  "column.group": "{source} (groupe)",
  "category.unknown": "Inconnu",
  "category.other": "Autre",
  "age.band.range": "{lo}-{hi} ans",
  "age.band.under": "Moins de {hi} ans",
  "age.band.open": "{lo} ans et plus",
  "origin.belgian": "Belge",
  "origin.eu_old": "Autres États membres de l’UE d’avant 2004",
  "origin.eu_new": "UE-13 (États membres depuis 2004)",
  "origin.europe_other": "Autre européen",
  "origin.maghreb": "Maghreb",
  "origin.africa_other": "Autre africain",
  "origin.near_middle_east": "Proche et Moyen-Orient",
  "origin.asia_oceania": "Asie et Océanie",
  "origin.americas": "Amériques",
  "origin.european": "Européen",
  "origin.non_european": "Non européen",
  "origin.eu": "UE",
  "origin.non_eu": "Hors UE",
  "origin.foreign": "Étranger",
  "origin.unknown": "Inconnu",
  "originScheme.detailed": "Détaillé (10 groupes)",
  "originScheme.four": "Belge / européen / non européen / inconnu",
  "originScheme.eu": "Belge / UE / hors UE / inconnu",
  "originScheme.two": "Belge / étranger / inconnu",
  "ageScheme.default": "Moins de 25, 25-34, 35-44, 45-54, 55+",
  "ageScheme.flemish": "Moins de 35, 35-44, 45-54, 55+ (Autorité flamande)",
  "ageScheme.two": "Moins de 45, 45+",
  "ageScheme.error.age_scheme_empty": "Indiquez au moins une limite de classe, p. ex. 25;35;45;55.",
  "ageScheme.error.age_scheme_not_whole": "Les limites de classe doivent être des années entières.",
  "ageScheme.error.age_scheme_not_ascending":
    "Les limites de classe doivent être croissantes, chacune supérieure à la précédente.",
  "ageScheme.error.age_scheme_range": "Les limites de classe doivent être comprises entre 1 et 150 ans.",
  "ageScheme.error.age_scheme_unknown":
    "Découpage d’âge inconnu : utilisez default, flemish, two ou custom:25,35,45,55.",
  "reason.empty": "cellule vide",
  "reason.excel_error": "valeur d’erreur Excel",
  "reason.not_a_date": "pas une date",
  "reason.impossible_date": "date inexistante",
  "reason.two_digit_year": "année à deux chiffres : écrivez l’année en entier",
  "reason.phantom_1900_02_29": "le 29 février 1900 n’existe pas (numéro de série Excel 60)",
  "reason.birth_in_future": "date de naissance après la date de référence",
  "reason.age_too_low": "âge inférieur à 14 ans",
  "reason.age_too_high": "âge supérieur à 100 ans",
  "reason.not_an_age": "pas un âge",
  "reason.declared_unknown": "indiqué comme inconnu",
  "reason.stateless": "apatride",
  "reason.not_recognised": "non reconnu comme pays ou nationalité",
  "reason.conflicting": "nomme deux pays différents dans ses parties",
  "reason.ambiguous_date_order": "peut être jour d’abord ou mois d’abord : la colonne contient les deux ordres",
  "reason.ambiguous": "désigne plus d’un pays",
  "reason.nis_without_iso": "code INS d’un territoire sans code pays propre",
  "reason.iso_numeric_code":
    "code pays ISO (la colonne utilise des numéros ISO 3166, pas des codes INS) : écrivez le pays ou le code INS",
  "reason.nis_unlisted": "code INS absent de la liste actuelle des pays",
  "reason.country_without_group": "un pays qui n’appartient à aucun groupe d’origine",
  "reason.not_a_sex": "pas un code de sexe (H/F/X)",
  "reason.insz_length": "un NISS compte 11 chiffres",
  "reason.insz_checksum": "les chiffres de contrôle du NISS ne correspondent pas",
  "reason.insz_date": "le NISS contient une date de naissance impossible",
  "role.insz": "NISS (numéro de registre national ou numéro bis)",
  "role.birthDate": "Date de naissance",
  "role.age": "Âge",
  "role.sex": "Sexe",
  "role.nationality": "Nationalité",
  "role.countryOfBirth": "Pays de naissance",
  "role.department": "Service",
  "role.functionLevel": "Niveau de fonction",
  "role.status": "Statut",
  "role.other": "Autre",
  "recode.nationalityIsProxy":
    "Un export contient la nationalité, pas l’origine : ces groupes servent seulement à vérifier la taille des groupes. La BCSS déduit elle-même l’origine du Registre national.",
  "sheet.request": "Demande BCSS",
  "sheet.check": "Contrôle des petites cellules",
  "sheet.linkage": "Couplage NISS",
  "request.title": "Demande de données anonymes de diversité à la Banque Carrefour de la Sécurité Sociale (BCSS)",
  "request.subtitle": "Institution publique : personnel propre, tableaux agrégés",
  "request.footer":
    "Cette demande reprend les éléments que la BCSS demande dans des documents comparables (« Basisschema voor gegevensaanvragen », document en néerlandais).",
  "request.generated":
    "Générée par Demande Diversité le {date}. Elle ne contient que des catégories et des effectifs : ni nom, ni NISS, ni date de naissance.",
  "request.missing": "à compléter",
  "request.yes": "Oui",
  "request.no": "Non",
  "section.applicant": "Demandeur",
  "section.contact": "Personne de contact et signataire",
  "section.purpose": "Finalité",
  "section.motivation": "Motivation et proportionnalité",
  "section.population": "Population et référence",
  "section.kszData": "Données demandées à la BCSS",
  "section.ownData": "Données propres transmises pour le couplage",
  "section.tables": "Tableaux demandés",
  "section.anonymity": "Anonymat",
  "section.ethics": "Éthique et transparence",
  "section.delivery": "Transmission des données et sécurité",
  "section.signature": "Date et signature",
  "field.institution": "Nom de l’institution",
  "field.kbo": "Numéro d’entreprise (BCE)",
  "field.address": "Adresse",
  "field.service": "Service responsable",
  "field.contactName": "Personne de contact",
  "field.contactFunction": "Fonction",
  "field.contactEmail": "E-mail",
  "field.contactPhone": "Téléphone",
  "field.signatoryName": "Signataire",
  "field.signatoryFunction": "Fonction du signataire",
  "field.purpose": "Objectif de la politique de diversité ou de bien-être",
  "field.actionPoint": "Action du plan de diversité à laquelle la demande se rattache",
  "field.diversityPlan": "Référence au plan de diversité",
  "field.proportionality": "Pourquoi chaque variable et chaque catégorie est nécessaire",
  "field.whyAggregated": "Pourquoi des données agrégées suffisent",
  "field.population": "Population",
  "field.referenceYear": "Année de référence",
  "field.referenceDate": "Date de référence",
  "field.statusTypes": "Statuts inclus",
  "field.staffCount": "Membres du personnel dans l’export",
  "field.kszVariables": "Variables demandées",
  "field.ageBands": "Classes d’âge (années révolues à la date de référence)",
  "field.originGroups": "Groupes d’origine et leurs pays",
  "field.ownVariables": "Variables propres et leurs regroupements",
  "field.identificationKey": "Clé d’identification",
  "field.transmission": "Mode de transmission de la clé",
  "field.tablesList": "Tableaux croisés",
  "field.threshold": "Taille minimale des cellules",
  "field.groupingsChosen": "Regroupements choisis",
  "field.checkResult": "Résultat du contrôle des petites cellules",
  "field.cellsFlagged": "Cellules à masquer",
  "field.staffInformed": "Le personnel a été informé de la mesure de la diversité",
  "field.representativesConsulted": "Les représentants du personnel ont été consultés",
  "field.legitimatePurpose": "La finalité est légitime et décrite",
  "field.structuralPolicy": "La mesure s’inscrit dans une politique de diversité structurelle",
  "field.ethicsNotes": "Remarques",
  "field.channel": "Canal de transmission",
  "field.encryptionKey": "Clé publique de chiffrement",
  "field.retention": "Durée de conservation",
  "field.place": "Lieu",
  "field.date": "Date",
  "field.signature": "Signature",
  "filled.population": "Personnel propre de l’institution à la date de référence",
  "filled.variable.sex": "Sexe",
  "filled.variable.ageBand": "Classe d’âge ({n} {n|classe|classes})",
  "filled.variable.originGroup": "Groupe d’origine ({n} {n|groupe|groupes}), déduit par la BCSS du Registre national",
  "filled.none": "Aucun",
  "filled.keyInsz":
    "NISS de chaque membre du personnel, dans une feuille de couplage distincte ; jamais dans cette demande",
  "filled.keyNone": "Aucune donnée propre n’est couplée : seules des variables BCSS sont demandées",
  "filled.checkDone":
    "Contrôlé le {date} avec un seuil de {k} : {small} {small|petite|petites} {small|cellule|cellules}, {secondary} {secondary|cellule masquée|cellules masquées} pour empêcher leur reconstitution par soustraction",
  "filled.checkNotDone": "Aucun contrôle effectué",
  "filled.cellsNone": "aucune",
  "filled.thresholdRule": "{k} personnes : une cellule de 1 à {below} {below|personne|personnes} n’est pas publiée",
  "filled.tableCross": "{dims}",
  "filled.times": " × ",
  "filled.groupCount": "{n} {n|personne|personnes}",
  "filled.ageScheme": "Âge : {bands}",
  "filled.originScheme": "Origine : {scheme}",
  "filled.ownGrouping": "{variable} : {n} {n|groupe|groupes}",
  "filled.ownColumn": "{variable} (colonne « {header} »)",
  "table.band": "Classe",
  "table.from": "De (ans)",
  "table.to": "À (ans)",
  "table.group": "Groupe",
  "table.countries": "Pays",
  "table.variable": "Variable",
  "table.persons": "Personnes",
  "table.openEnd": "et plus",
  "table.restOfWorld": "tout pays non repris dans un autre groupe",
  "table.unknownOrigin": "origine non déterminée",
  "purpose.baseline":
    "Une mesure de référence de la diversité interne de notre personnel, afin de mettre en place des actions positives sur cette base (un point d’action de notre plan de diversité).",
  "purpose.evaluation":
    "Une évaluation de notre plan de diversité : mesurer la composition de notre personnel pour vérifier si les objectifs du plan sont atteints.",
  "purpose.followUp":
    "Une mesure de suivi, comparable à notre mesure de référence antérieure, pour suivre l’évolution de la diversité de notre personnel.",
  "purpose.label.baseline": "Mesure de référence",
  "purpose.label.evaluation": "Évaluation du plan de diversité",
  "purpose.label.followUp": "Mesure de suivi",
  "preset.statusTypes.statutoryAndContractual": "Membres du personnel statutaires et contractuels",
  "preset.statusTypes.statutory": "Uniquement les membres du personnel statutaires",
  "preset.statusTypes.contractual": "Uniquement les membres du personnel contractuels",
  "preset.transmission.agreedSecureChannel":
    "Par un canal sécurisé convenu avec la BCSS, après approbation de la demande",
  "preset.channel.encryptedEmail": "Tableaux chiffrés par e-mail à la personne de contact",
  "preset.retention.planDuration":
    "Pendant la durée du plan de diversité, au plus 5 ans ; ensuite, les tableaux sont effacés",
  "draft.intro": "Seuls des effectifs agrégés et anonymes sont demandés.",
  "draft.age": "L’âge est demandé en {n} {n|classe|classes}, et non comme âge exact ou date de naissance.",
  "draft.origin": "L’origine est demandée en {n} {n|groupe|groupes}, et non par pays.",
  "draft.sex": "Le sexe est demandé pour mesurer l’équilibre entre les genres.",
  "draft.own":
    "La variable {variable} est transmise en {n} {n|groupe|groupes}, afin de comparer les résultats par {variable}.",
  "draft.threshold": "Aucune cellule de moins de {k} personnes n’est publiée.",
  "draft.whyAggregated":
    "L’objectif de la politique de diversité concerne des groupes et non des individus : des effectifs par catégorie suffisent pour mesurer la composition du personnel et évaluer les actions ; aucune donnée à caractère personnel n’est donc nécessaire.",
  "completeness.missing": "{section} : {field}",
  "check.audit.guarantee":
    "Audit : pour chaque cellule masquée, un lecteur qui connaît tous les effectifs et totaux publiés de tous les tableaux de la demande, et sait que les effectifs sont des nombres entiers de 0 ou plus, ne peut en déduire qu’une plage de valeurs (calculée par programmation linéaire, comme tau-Argus, puis vérifiée en nombres entiers). Un tableau réussit lorsque la plage de chaque petite cellule atteint 0 ou {k} et plus. L’institution qui reçoit les tableaux connaît en outre l’effectif de chaque groupe formé par ses propres variables ; face à ce lecteur aussi, chaque petite cellule portant sur l’origine doit pouvoir valoir 0 ou {k} et plus.",
  "check.audit.passed": "Audit réussi : aucune petite cellule ne peut être recalculée à partir de ce qui est publié.",
  "check.audit.failed":
    "Audit NON réussi : {n} {n|petite cellule peut encore être recalculée|petites cellules peuvent encore être recalculées}. Choisissez un regroupement plus large pour ce tableau.",
  "check.audit.kszOnly":
    "{n} {n|tableau n’est pas audité|tableaux ne sont pas audités} : {n|il porte|ils portent} sur une variable que seule la BCSS connaît. La BCSS doit {n|le|les} protéger elle-même par la règle du seuil.",
  "check.audit.none": "Pas audité.",
  "check.audit.unconfirmed":
    "Audit inachevé : pour {n} {n|petite|petites} {n|cellule|cellules}, la vérification en nombres entiers n’a pas pu aboutir à temps ; leur sécurité n’est donc pas établie. Choisissez un regroupement plus large ou moins de variables par tableau.",
  "check.unplaced":
    "{n} {n|personne ne figure|personnes ne figurent} pas dans ce tableau : leur date de naissance ou leur nationalité était illisible. La BCSS les classera, donc chaque effectif peut être jusqu’à {n} plus élevé dans son tableau.",
  "check.interval": "{lo} à {hi}",
  "filled.audit.passed":
    "Audité le {date} comme pourrait le faire un lecteur des tableaux de la BCSS, et comme notre institution elle-même, qui connaît l’effectif de chaque groupe formé par ses propres variables : aucune petite cellule ne peut être recalculée à partir des effectifs et totaux publiés (chaque cellule peut valoir 0 ou au moins {k}).",
  "filled.audit.failed":
    "Audité le {date} : {n} {n|petite cellule peut encore être recalculée|petites cellules peuvent encore être recalculées} ; des regroupements plus larges sont nécessaires avant publication.",
  "filled.audit.unconfirmed":
    "Audité le {date} : pour {n} {n|petite|petites} {n|cellule|cellules}, la vérification en nombres entiers n’a pas pu aboutir ; des regroupements plus larges sont nécessaires avant publication.",
  "field.kszProtects": "Tableaux que la BCSS doit protéger elle-même",
  "filled.kszProtects":
    "{n|Tableau non audité|Tableaux non audités} par nous : {tables}. {n|Ce tableau porte|Ces tableaux portent} sur {variables}, que seule la BCSS connaît. Nous demandons à la BCSS d’y appliquer la règle du seuil : ne publier aucune cellule de 1 à {below} {below|personne|personnes}, ni aucune cellule permettant de recalculer une telle cellule, y compris par notre institution, qui connaît l’effectif de ses propres groupes.",
  "filled.audit.noneOurs":
    "Aucun des tableaux demandés n’a pu être audité avec l’export : tous portent sur une variable que seule la BCSS connaît (voir ci-dessous).",
  "field.auditResult": "Audit des tableaux protégés",
  "cli.summary.unplaced":
    "{n} {n|personne est|personnes sont} hors des tableaux par classe d’âge, origine ou sexe : leur valeur était illisible. La BCSS les classera, donc ces effectifs peuvent être jusqu’à {n} plus élevés.",
  "problem.ownNeedsLinkage":
    "{variables} : données propres, que la BCSS ne peut croiser avec ses données que par la liste des NISS. Activez la liste de couplage NISS (étape 4), ou retirez ces variables (étape 1).",
  "problem.ownNeedsInsz":
    "{variables} : les données propres exigent la liste des NISS, mais aucune colonne de l’export ne contient de NISS. Désignez la colonne NISS (étape 1), ou retirez ces variables.",
  "problem.tableOutsideRequest":
    "Le tableau {table} utilise {variable}, que la demande ne demande pas : demandez-le (étape 1) ou retirez le tableau (étape 3).",
  "problem.referenceAfterToday":
    "La date de référence {date} est postérieure à aujourd’hui : le personnel à cette date n’est pas encore connu. Choisissez une date passée (étape 1).",
  "problem.ethicsNo":
    "{field} : réponse Non. Le texte source cite la communication, la transparence et une finalité légitime comme conditions : remplissez-les avant l’envoi.",
  "problem.checkMissing":
    "Le contrôle des petites cellules n’a pas encore été fait sur ces choix : lancez-le (étape 3).",
  "problem.signatureDateInvalid": "La date de signature « {value} » n’existe pas : indiquez une date réelle.",
  "problem.signatureBeforeReference":
    "La date de signature ({date}) précède la date de référence ({reference}). Indiquez le jour où la demande est signée.",
  "problem.signatureBeforeCheck":
    "La date de signature ({date}) précède le contrôle des petites cellules ({check}) : la demande serait signée avant que ses chiffres existent. Indiquez le jour où elle est signée.",
  "problem.checkNotAudited":
    "Les tableaux n’ont pas été audités : relancez le contrôle des petites cellules (étape 3).",
  "problem.motivationStale":
    "La motivation (étape 2) dit « {found} », mais la demande dit maintenant « {now} » : mettez la motivation à jour.",
  "problem.motivationNotAsked":
    "La motivation (étape 2) dit « {found} », ce que la demande ne demande plus : mettez la motivation à jour.",
  "problem.purposeWithoutAction":
    "La finalité est un texte prêt à l’emploi : indiquez l’action du plan de diversité qu’elle sert (étape 2).",
  "problem.encryptedWithoutKey":
    "Le canal de livraison est chiffré, mais aucune clé publique de chiffrement n’est donnée (étape 4).",
  "problem.kboInvalid":
    "Numéro d’entreprise (BCE) {value} : numéro non valable (dix chiffres, avec un contrôle modulo 97). Vérifiez-le (étape 4).",
  "problem.emailInvalid": "E-mail {value} : ce n’est pas une adresse e-mail. Vérifiez-la (étape 4).",
  "problem.duplicateInsz":
    "{n} {n|numéro|numéros} NISS {n|apparaît|apparaissent} sur plus d’une ligne ({rows} lignes de plus que de personnes) : ces personnes seraient comptées plusieurs fois. Gardez une ligne par personne dans l’export, puis détectez à nouveau les données (étape 1).",
  "read.totalsLeftOut":
    "La ligne {row} commence par «\u00a0{label}\u00a0» et est lue comme une ligne de total, pas comme un membre du personnel\u00a0: {n} {n|ligne|lignes} du bas {n|n’est pas comptée|ne sont pas comptées}.",
  "describe.mergePart": "{label} ({n})",
  "describe.mergeMore": "{n} {n|autre groupe|autres groupes}",
  "describe.merge": "{from} → {into}",
  "linkage.invalidNote":
    "{n} {n|cellule|cellules} de la colonne NISS ne {n|contient|contiennent} aucun numéro NISS valable (d’abord à la ligne {row}) : {n|cette personne ne peut|ces personnes ne peuvent} pas être {n|couplée|couplées} et {n|manquerait|manqueraient} dans les tableaux de la BCSS. Corrigez-les dans l’export (étape 1).",
  "problem.answerLanguage":
    "Écrit dans une autre langue que la demande ({lang}) : {fields}. Traduisez la réponse, ou choisissez la langue de la feuille de demande (étape 4).",
  "language.nl": "néerlandais",
  "language.fr": "français",
  "language.en": "anglais",
  "problem.auditFailed":
    "{n} {n|petite cellule peut encore être recalculée|petites cellules peuvent encore être recalculées} à partir des tableaux publiés : choisissez un regroupement plus large (étape 3).",
  "problem.auditUnconfirmed":
    "Pour {n} {n|petite|petites} {n|cellule|cellules}, l’audit n’a pas pu achever à temps la vérification en nombres entiers : leur sécurité n’est pas établie. Choisissez un regroupement plus large ou moins de variables par tableau (étape 3).",
  "status.ready": "Prête à envoyer : toutes les réponses obligatoires sont données et rien ne se contredit.",
  "status.draft":
    "Brouillon, pas encore prête à envoyer : {missing} {missing|réponse|réponses} {missing|manquante|manquantes}, {problems} {problems|problème|problèmes} à résoudre.",
  "status.problems": "À résoudre :",
  "filled.keyMissing":
    "Des données propres sont demandées, mais aucune liste NISS n’est encore couplée : la demande ne peut pas être envoyée ainsi",
  "check.title": "Contrôle des petites cellules",
  "check.threshold": "Seuil : une cellule de 1 à {below} {below|personne|personnes} est petite (minimum {k}).",
  "check.legend.small": "Petite : trop peu de personnes pour être publiée",
  "check.legend.secondary": "Masquée aussi : révélerait une petite cellule par soustraction",
  "check.legend.safe": "Sûre",
  "check.total": "Total",
  "check.layer": "{dimension} : {value}",
  "check.summary":
    "{small} {small|petite|petites} {small|cellule|cellules}, {secondary} {secondary|autre|autres} {secondary|masquée|masquées} pour les protéger ; {persons} {persons|personne se trouve|personnes se trouvent} dans des cellules masquées.",
  "check.fullGroup":
    "Le groupe {group} ({count} {count|personne|personnes}) partage entièrement {value} : cela révèle une caractéristique de tout le groupe.",
  "check.prediction":
    "{group} : {persons} {persons|personne répartie|personnes réparties} sur {categories} catégories ; au moins une cellule comptera au plus {atMost} {atMost|personne|personnes}.",
  "check.predictionTitle": "Prévision pour les variables que seule la BCSS détient",
  "check.noTables": "Aucun tableau demandé.",
  "check.warnings": "Avertissements",
  "linkage.banner":
    "DONNÉES À CARACTÈRE PERSONNEL. Cette feuille contient des numéros d’identification de la sécurité sociale (NISS). Transmettez-la à la BCSS uniquement par un canal sécurisé et supprimez-la après l’envoi. Ne la joignez jamais à la demande.",
  "linkage.insz": "NISS",
  "linkage.invalidTitle": "Exclus : NISS invalides à corriger dans la source",
  "linkage.row": "Ligne",
  "linkage.reason": "Raison",
  "linkage.count": "{n} {n|membre|membres} du personnel",
  "variable.sex": "Sexe",
  "variable.ageBand": "Classe d’âge",
  "variable.originGroup": "Groupe d’origine",
  "filled.moreCells": "… et {n} autres",
  "filled.fewerThan": "moins de {k}",
  "filled.cellLine": "{table} – {cell}",
  "status.safe": "sûre",
  "sex.M": "Hommes",
  "sex.F": "Femmes",
  "sex.X": "X",
  "cli.help.program":
    "Prépare une demande de données de diversité anonymes à la BCSS à partir d’un export du personnel (.xlsx).",
  "cli.help.inspect":
    "Affiche le tableau trouvé, sa ligne d’en-têtes, le rôle et la certitude de chaque colonne, et les problèmes de valeurs.",
  "cli.help.recode": "Ajoute des colonnes de classes d’âge et de groupes de nationalité, dans un nouveau classeur.",
  "cli.help.check": "Croise les variables indiquées et signale les cellules trop petites pour garantir l’anonymat.",
  "cli.help.request":
    "Écrit les feuilles de contrôle et de demande (et la feuille de couplage avec --linkage) dans un nouveau classeur.",
  "cli.help.prepare":
    "Tout le travail : inspecter, recoder, contrôler et demander, dans un nouveau classeur, avec un court résumé.",
  "cli.help.sheet": "feuille contenant les données (par défaut : la première feuille avec des données)",
  "cli.help.ageScheme": "classes d’âge : default | flemish | two | custom:25,35,45,55",
  "cli.help.originScheme": "groupes d’origine : detailed | four | eu | two",
  "cli.help.referenceDate": "date au format AAAA-MM-JJ, p. ex. 2024-12-31 (par défaut : 31 décembre de l’année passée)",
  "cli.help.map": "définit le rôle d’une colonne ({roles}) ; répétable",
  "cli.help.json": "affiche un objet JSON au lieu de texte",
  "cli.help.output": "nouveau classeur à écrire",
  "cli.help.dims": "variables du tableau, séparées par des virgules : rôles ou en-têtes, plus ageBand et originGroup",
  "cli.help.threshold": "taille minimale des cellules (par défaut 5)",
  "cli.help.zerosSmall": "compte aussi les cellules vides comme petites",
  "cli.help.failOnSmall": "termine avec le code 3 si une petite cellule est trouvée",
  "cli.help.lang":
    "langue de la feuille de demande : nl, fr ou en (par défaut la langue de votre système, ou celle des choix enregistrés)",
  "cli.help.strict":
    "termine avec le code 3 si la demande n’est pas prête à envoyer (réponses manquantes ou problèmes), après avoir écrit le brouillon",
  "cli.help.sendCopy":
    "écrit aussi le fichier à envoyer à la BCSS : uniquement la feuille de demande, sans données du personnel",
  "cli.withCheckRefused":
    "{option} est refusé : la feuille du contrôle contient les vrais effectifs des petites cellules, et le fichier à envoyer ne doit pas les contenir (votre institution pourrait les lire à côté des tableaux de la BCSS). Envoyez le fichier sans elle : la rubrique 9 de la demande (Anonymat) énumère les cellules à masquer.",
  "cli.help.withCheck": "ajoute aussi la feuille du contrôle des petites cellules à ce fichier",
  "cli.summary.sendCopyDraft":
    "Copie écrite pour relecture : {file} (la demande seule, sans données du personnel). C’est un PROJET, à ne pas encore envoyer à la BCSS : {missing} {missing|réponse manque|réponses manquent}, {problems} {problems|problème|problèmes} (indiqués ci-dessus et sur la feuille). N’envoyez jamais {output} : il contient la liste du personnel.",
  "cli.summary.sendCopy":
    "À envoyer à la BCSS : {file} (la demande seule, sans données du personnel). N’envoyez jamais {output} : il contient la liste du personnel.",
  "cli.help.linkage":
    "écrit aussi la feuille de couplage NISS (données à caractère personnel : à envoyer uniquement par un canal sécurisé)",
  "cli.help.answers": "les réponses de l’analyste (voir README)",
  "cli.help.help": "affiche cette aide",
  "cli.help.helpCommand": "affiche l’aide d’une commande",
  "cli.help.usage": "Utilisation :",
  "cli.help.options": "Options :",
  "cli.help.commands": "Commandes :",
  "cli.help.arguments": "Arguments :",
  "cli.error.unknownCommand": "Commande inconnue {name}. Lancez diversity-request --help pour voir les commandes.",
  "cli.error.unknownOption":
    "Option inconnue {option}. Lancez diversity-request {command} --help pour voir ses options.",
  "cli.error.missingArgument": "{name} manque : indiquez le classeur à lire.",
  "cli.error.missingOption": "L’option {option} est obligatoire ici.",
  "cli.error.optionArgument": "L’option {option} demande une valeur.",
  "cli.error.invalidChoice": "L’option {option} n’accepte pas {value} : choisissez {choices}.",
  "cli.error.excessArguments":
    "Trop d’arguments. Lancez diversity-request {command} --help pour voir ce qu’elle attend.",
  "cli.error.usage": "{message}",
  "cli.error.unreadable": "Impossible de lire {file} : {detail}",
  "cli.error.noTable": "Aucun tableau trouvé dans {file} : {detail}",
  "cli.error.sameOutput":
    "{file} est déjà utilisé par cette commande (la sortie complète ou le fichier de réponses) : donnez à chaque fichier son propre nom.",
  "cli.error.sameFile":
    "La sortie {file} est le fichier d’entrée : choisissez un autre nom, l’entrée n’est jamais écrasée.",
  "cli.error.ageScheme": "Découpage d’âge {value} : {detail}",
  "cli.error.originScheme": "Regroupement d’origine {value} inconnu : utilisez detailed, four, eu ou two.",
  "cli.error.threshold":
    "--threshold {value} : indiquez un nombre entier de 2 ou plus, en chiffres (par exemple 5 ou 10).",
  "cli.error.emptyPath": "Aucun fichier d’entrée : le nom de fichier indiqué est vide.",
  "cli.error.notAFile":
    "{file} n’est pas un fichier ordinaire mais un tube ou un périphérique : indiquez un fichier .xlsx.",
  "cli.error.referenceDate": "La date de référence {value} n’est pas une date au format AAAA-MM-JJ.",
  "cli.error.map":
    "--map {value} : écrivez RÔLE=EN-TÊTE avec un rôle parmi {roles} et un en-tête de la feuille {sheet}.",
  "cli.error.dim":
    "--dims {value} : variable inconnue du contrôle. Utilisez ageBand, originGroup, sex, department, functionLevel, status, ou l’en-tête d’une colonne ayant l’un de ces rôles.",
  "cli.error.answers": "Le fichier de réponses {file} n’est pas un JSON valide : {detail}",
  "cli.error.emptyOutput": "Le nom de sortie est vide : donnez à -o le nom d’un nouveau fichier .xlsx.",
  "cli.error.specialOutput":
    "Impossible d’écrire dans {file} : c’est un dossier système, pas un endroit pour des fichiers. Choisissez un dossier à vous.",
  "cli.help.verbose": "ajoute aux messages le texte d’erreur du logiciel (pour un rapport d’erreur)",
  "cli.error.xls":
    "{file} est un classeur Excel 97-2003 (.xls) : ouvrez-le dans Excel et enregistrez-le au format .xlsx, puis réessayez.",
  "cli.error.encrypted":
    "{file} est protégé par un mot de passe : ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur), enregistrez-le, puis réessayez.",
  "cli.error.ods":
    "{file} est une feuille de calcul OpenDocument (.ods) : enregistrez-la au format .xlsx (Excel ou LibreOffice : Enregistrer sous), puis réessayez.",
  "cli.error.csv":
    "{file} est un fichier texte CSV, pas un classeur : ouvrez-le dans Excel et enregistrez-le au format .xlsx, puis réessayez.",
  "cli.error.damaged":
    "{file} est endommagé ou n’est pas un classeur Excel : ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx, ou exportez-le à nouveau.",
  "cli.error.answersMissing": "Le fichier de réponses {file} n’existe pas : vérifiez son nom et son dossier.",
  "cli.error.answersNotObject":
    "Le fichier de réponses {file} ne contient pas un objet de réponses (mais par exemple null ou une liste) : il doit être un seul objet JSON, avec une réponse par champ.",
  "cli.error.answersMistyped":
    "Dans le fichier de réponses {file}, ces champs ne sont pas un texte ou un oui/non comme attendu : {fields}. Écrivez un texte entre guillemets, ou true ou false.",
  "cli.error.answersNotFile": "{file} n’est pas un fichier de réponses : donnez le chemin d’un fichier .json.",
  "cli.error.answersTooLarge":
    "Le fichier de réponses {file} dépasse 1 Mo : un fichier de réponses fait quelques kilo-octets de JSON ; vérifiez que c’est le bon fichier.",
  "error.identifierAsCategory":
    "La colonne {header} contient des identifiants de personnes (NISS, noms ou dates de naissance) : elle ne peut pas être un service, un niveau ou un statut. Désignez une autre colonne (étape 1, ou --map).",
  "error.nearlyUnique":
    "La colonne {header} a une valeur différente pour presque chaque personne ({distinct} valeurs pour {rows} personnes) : elle identifie des personnes et ne peut pas être une catégorie. Désignez une colonne de service, de niveau ou de statut (étape 1, ou --map), ou regroupez ses valeurs.",
  "recode.dateReading.monthFirst":
    "{column} : les dates comme 03/04/1980 ont été lues mois d’abord (4 mars) : {monthFirst} {monthFirst|valeur|valeurs} le {monthFirst|prouve|prouvent} (une seconde partie au-delà de 12) et aucune l’autre ordre.",
  "recode.dateReading.mixed":
    "{column} : {dayFirst} {dayFirst|date|dates} {dayFirst|prouve|prouvent} jour d’abord et {monthFirst} mois d’abord ; les {undecided} qui peuvent être l’un ou l’autre sont restées inconnues et sont signalées par ligne : corrigez-les dans les données.",
  "format.listSeparator": " ; ",
  "format.labelValue": "{label} : {value}",
  "screen.placeholder": "donnée à caractère personnel omise",
  "screen.groups":
    "{header} : {count} {count|valeur|valeurs} {count|contenait|contenaient} des données à caractère personnel (un NISS, un nom ou une date de naissance du personnel) et figurent comme « [{placeholder} n] » dans les nouvelles colonnes et feuilles ; les données elles-mêmes n’ont pas été écrites. Corrigez ces cellules dans la colonne {header}.",
  "screen.answers":
    "{count} {count|réponse|réponses} {count|contenait|contenaient} un NISS ou une date de naissance du personnel : elles figurent comme « [{placeholder} n] » dans la feuille de demande. Écrivez la réponse sans données à caractère personnel.",
  "screen.headers":
    "{count} {count|en-tête|en-têtes} de colonne {count|contenait|contenaient} un NISS, un nom ou une date de naissance du personnel : la demande {count|nomme cette colonne|nomme ces colonnes} « [{placeholder} n] ». Donnez à la colonne un en-tête sans données à caractère personnel.",
  "screen.entries":
    "{count} choix {count|enregistré|enregistrés} {count|portait|portaient} sur une valeur contenant des données à caractère personnel (un NISS, un nom ou une date de naissance du personnel) : ils n’ont pas été enregistrés. Corrigez cette valeur dans les données.",
  "settings.notOurSheet":
    "Les choix enregistrés désignent la feuille {sheet} comme feuille de demande, mais ce complément ne l’a pas écrite : ses cellules n’ont pas été lues comme réponses.",
  "limit.rows":
    "{subject} : la feuille annonce {actual} lignes, plus que les 1 048 576 d’Excel. Le fichier ne vient pas d’Excel ou est endommagé : ouvrez-le dans Excel et enregistrez-le à nouveau.",
  "limit.columns":
    "{subject} : {actual} colonnes, plus que les 16 384 d’Excel : les colonnes recodées n’y trouveraient plus de place. Supprimez les colonnes inutilisées à droite des données, puis réessayez.",
  "limit.categoriesPerDimension":
    "{subject} a {actual} valeurs différentes, plus que les 1 000 groupes qu’un tableau peut montrer : regroupez d’abord ses valeurs (étape 1, ou les paramètres).",
  "limit.tablesPerRequest":
    "La demande porte sur {actual} tableaux : 30 au plus sont permis. Choisissez moins de tableaux.",
  "limit.dimensionsPerTable":
    "Un tableau croise {actual} variables : 5 au plus peuvent être croisées dans un tableau. Choisissez-en moins pour ce tableau.",
  "limit.unzippedBytes":
    "{subject} se décompresse en {actual} octets, plus qu’un classeur ne peut contenir ici (2 Go) : ce n’est pas un export du personnel, ou il est endommagé.",
  "limit.compressionRatio":
    "{subject} contient une partie qui grandit {actual} fois à la décompression : ce n’est pas un classeur ordinaire (une « bombe zip »), il n’est pas lu.",
  "limit.cellText": "{subject} : une cellule contient {actual} caractères, plus que les 32 767 d’Excel.",
  "cli.error.noDataRows":
    "{file} : la feuille {sheet} a une ligne d’en-têtes mais aucune ligne de données en dessous. Ouvrez l’export et vérifiez qu’il contient le personnel.",
  "error.noData.noSheet": "aucune feuille visible ne contient de données",
  "error.noData.emptySheet": "la feuille {sheet} est vide",
  "error.noData.unknownSheet": "il n’y a pas de feuille {sheet}",
  "error.noData.rememberedGone": "la feuille {sheet}, où se trouvaient les données la dernière fois, n’existe plus",
  "error.noData.whichSheet": "plusieurs feuilles peuvent contenir les données",
  "command.noData.choose":
    "Aucune donnée trouvée : {detail}. Ouvrez le volet (Accueil > Diversité > Ouvrir le volet) et choisissez à l’étape 1 la feuille avec la liste du personnel.",
  "command.dataElsewhere":
    "Les données viennent de la feuille {data}, comme la dernière fois, et non de la feuille {active}. Pour prendre les données de la feuille {active}, choisissez-la dans le volet à l’étape 1.",
  "command.noData":
    "Aucune donnée trouvée : {detail}. Ouvrez la feuille avec la liste du personnel et cliquez à nouveau sur le bouton.",
  "cli.read.missing": "le fichier n’existe pas : vérifiez son nom et son dossier",
  "cli.read.folder": "c’est un dossier, pas un fichier : donnez le chemin du classeur .xlsx",
  "cli.read.access": "vous n’avez pas le droit de le lire : demandez l’accès ou copiez-le dans votre dossier",
  "cli.read.other": "vérifiez le fichier et réessayez",
  "cli.read.json": "l’erreur est au caractère {at}",
  "cli.write.access": "vous ne pouvez pas écrire à cet endroit (choisissez un dossier à vous)",
  "cli.write.readOnly": "cet endroit est en lecture seule",
  "cli.write.full": "le disque est plein",
  "cli.write.folder": "ce nom est un dossier : donnez un nom de fichier se terminant par .xlsx",
  "cli.write.noFolder": "son dossier n’existe pas",
  "cli.write.other": "vérifiez le dossier et le nom, puis réessayez",
  "cli.error.write": "Impossible d’écrire {file} : {detail}",
  "cli.progress.reading": "Lecture de {file} : {rows} lignes",
  "cli.inspect.table": "Tableau : feuille {sheet}, {address} ; en-têtes à la ligne {row} ; {rows} lignes de données.",
  "cli.inspect.column": "  {letter} {header} : {role} ({confidence} %)",
  "cli.inspect.problems": "Problèmes de valeurs :",
  "cli.inspect.problem": "  {column} : {count} × {reason}",
  "cli.inspect.none": "Aucun problème de valeur trouvé.",
  "cli.summary.recoded": "{rows} lignes recodées : {columns}.",
  "cli.summary.unknown": "{column} : {count} {count|inconnu|inconnus} ({values}).",
  "cli.summary.invalid":
    "{column} : {count} {count|cellule|cellules} {count|illisible|illisibles}, la première à la ligne {row} ({reason}).",
  "cli.summary.check":
    "Contrôle des petites cellules (seuil {k}) : {tables} {tables|tableau|tableaux}, {small} {small|petite|petites} {small|cellule|cellules}, {secondary} {secondary|masquée|masquées} pour les protéger.",
  "cli.summary.suggestion": "Regroupement plus sûr ({loss} % d’information perdue) : {levels}.",
  "cli.summary.missing": "Encore à compléter dans la demande : {count} ({first}…).",
  "cli.summary.complete": "La demande est complète.",
  "cli.summary.written": "Écrit : {file} (feuilles : {sheets}).",
  "level.asRequested": "tel que demandé",
  "level.mergeUnder": "groupes de moins de {n} {n|personne|personnes} regroupés sous « Autre »",
  "pane.busy.save": "Enregistrement des choix dans le classeur…",
  "pane.unsaved":
    "Vos choix ne sont pas encore dans le classeur. Ils seront enregistrés à la prochaine étape qui écrit dans le classeur (recoder, contrôler ou générer la demande), ou dès maintenant avec le bouton ci-dessous. D’ici là, ce complément n’écrit rien dans le classeur.",
  "pane.saveChoices": "Enregistrer les choix dans le classeur maintenant",
  "undo.cleared":
    "Excel sur cet ordinateur ne peut pas annuler ce qu’écrit un complément : après la première étape qui écrit dans le classeur, Ctrl+Z ne peut plus annuler vos propres modifications antérieures non plus. Enregistrez d’abord le classeur si vous voulez garder un retour en arrière.",
  "undo.steps":
    "Chaque étape qui écrit dans le classeur est une seule étape pour Ctrl+Z. Seules la première fois (une feuille cachée pour les choix) et une autre langue pour la demande (les feuilles sont renommées) effacent ce que Ctrl+Z pouvait annuler auparavant.",
  "error.changedElsewhere":
    "Quelqu’un d’autre a enregistré des choix dans ce classeur depuis qu’ils ont été lus ici (co-édition). Rien n’a été écrit par-dessus ses choix. Reprenez ses choix ou enregistrez les vôtres par-dessus, puis relancez l’étape.",
  "pane.conflict.theirs": "Reprendre ses choix",
  "pane.conflict.mine": "Enregistrer mes choix par-dessus",
  "pane.readOnly":
    "Ce classeur est ouvert en lecture seule : les colonnes recodées, le contrôle et la demande sont écrits, mais Excel ne les garde que si vous enregistrez le classeur sous un autre nom (Fichier > Enregistrer sous). Ou fermez-le et ouvrez-le d’abord en modification.",
  "pane.loading": "Chargement de cette étape…",
  "pane.error.pageData":
    "Une partie du volet n’a pas pu être chargée depuis le serveur du complément. Vérifiez la connexion, puis fermez le volet et rouvrez-le. Rien n’a été modifié dans le classeur.",
  "pane.busy.detect": "Recherche des données…",
  "pane.busy.read": "Lecture des lignes…",
  "pane.busy.recode": "Recodage…",
  "pane.busy.check": "Contrôle des petites cellules…",
  "pane.busy.generate": "Écriture de la feuille de demande…",
  "pane.busy.open": "Ouverture du fichier…",
  "pane.progress": "{done} sur {total} lignes",
  "pane.cancel": "Annuler",
  "pane.cancelled": "Arrêté. L’étape annulée n’a rien modifié.",
  "outside.noOffice.title": "Office.js n’a pas pu être chargé",
  "outside.noOffice.body":
    "Le volet a besoin d’Office.js, la bibliothèque de Microsoft qui le relie à Excel, à l’adresse appsforoffice.microsoft.com. Cette adresse n’a pas pu être atteinte : votre réseau ou votre proxy la bloque peut-être. Demandez à votre service informatique de l’autoriser, puis fermez et rouvrez le volet. En attendant, la page autonome fonctionne sur un fichier .xlsx dans votre navigateur :",
  "outside.title": "Ce volet fonctionne dans Excel",
  "outside.body":
    "Vous l’avez ouvert en dehors d’Excel : il n’y a pas de classeur sur lequel travailler. Ouvrez le volet dans Excel (Windows, Mac ou Excel sur le web), ou traitez un fichier .xlsx dans votre navigateur avec la page autonome :",
  "outside.link": "Demande de diversité pour un fichier .xlsx",
  "pane.error.title": "Un problème est survenu",
  "error.cellEditMode":
    "Excel est en train de modifier une cellule. Appuyez sur Entrée ou Échap pour terminer la modification, puis réessayez.",
  "error.protected":
    "La feuille ou le classeur est protégé : rien n’a pu être écrit. Retirez la protection (Révision > Ôter la protection de la feuille), puis réessayez.",
  "error.busy": "Excel est occupé par un autre travail. Patientez un instant, puis réessayez.",
  "pane.error.noData":
    "Aucune donnée trouvée : {detail}. Sélectionnez une cellule de votre tableau du personnel, puis cliquez à nouveau sur Détecter à partir de la sélection.",
  "pane.error.generic": "{detail}. Réessayez ; si cela se reproduit, rouvrez le volet.",
  "pane.error.needDetect": "Recherchez d’abord les données à l’étape 1.",
  "pane.error.needRecode": "Recodez d’abord à l’étape 3.",
  "pane.dismiss": "Fermer",
  "decide.source": "Données",
  "decide.source.table": "Tableau Excel {name} sur la feuille {sheet} ({rows} lignes), en-têtes à la ligne {header}",
  "decide.source.range": "Plage {address} ({rows} lignes), en-têtes à la ligne {header}",
  "decide.otherSheet":
    "Les données viennent de la feuille {data}, où elles se trouvaient la dernière fois. Vous êtes maintenant sur la feuille {active} ; ses données ne sont prises que si vous le choisissez ci-dessous.",
  "decide.takeActive": "Prendre les données de la feuille {active}",
  "decide.source.none": "Aucune donnée trouvée pour l’instant.",
  "decide.detect": "Détecter à partir de la sélection",
  "decide.roles": "Rôles des colonnes",
  "decide.role.for": "Rôle de la colonne {header}",
  "decide.confidence": "sûr à {n} %",
  "decide.referenceDate": "Date de référence (âges à cette date)",
  "decide.referenceFromTitle":
    "Date de référence {date}, reprise du titre de l’export, qui la désigne comme le jour des données : « {phrase} ». Modifiez-la ici si la demande porte sur un autre jour.",
  "decide.referenceDefault":
    "Le titre de l’export ne désigne aucun jour des données : la date de référence est donc celle par défaut, le 31 décembre de l’année dernière ({date}). Modifiez-la ici si la demande porte sur un autre jour.",
  "decide.ksz": "Demander à la BCSS",
  "decide.own": "Coupler des variables propres",
  "describe.ageScheme": "Classes d’âge",
  "describe.customBounds": "Limites personnalisées (p. ex. 25;35;45;55)",
  "describe.custom": "Personnalisé",
  "describe.originScheme": "Groupes d’origine",
  "describe.recode": "Recoder",
  "describe.recoded": "{rows} lignes recodées. Nouvelles colonnes : {columns}.",
  "describe.distribution": "{title} : répartition",
  "describe.unknown": "Valeurs devenues inconnues",
  "describe.assign": "Classer {value}",
  "describe.assign.none": "Laisser inconnu",
  "format.reasonGroup": "{reason} ({count} ×, d’abord à la ligne {row})",
  "describe.moreFindings": "{n} autre{n||s} constat{n||s} de ce type sur la feuille {sheet}.",
  "describe.invalid":
    "{count} {count|cellule|cellules} {count|illisible|illisibles} dans {column}, la première à la ligne {row} : {reason}",
  "describe.groupings": "Regroupement de {variable}",
  "describe.mergeUnder": "Regrouper sous « Autre » les groupes comptant moins de personnes que ce nombre (0 : jamais)",
  "describe.rename": "Nom du groupe pour « {value} »",
  "describe.check": "Contrôle des petites cellules",
  "describe.tables": "Tableaux à demander",
  "describe.addTable": "Ajouter un tableau",
  "describe.removeTable": "Supprimer le tableau {table}",
  "describe.tableFirst": "Première variable",
  "describe.tableSecond": "Deuxième variable",
  "describe.threshold": "Taille minimale des cellules",
  "describe.runCheck": "Vérifier les petites cellules",
  "describe.checkResult":
    "{table} : {small} {small|petite|petites}, {secondary} {secondary|autre|autres} {secondary|masquée|masquées} ({persons} {persons|personne masquée|personnes masquées})",
  "describe.checkSheet": "Les petites cellules sont en rouge sur la feuille « {sheet} ».",
  "describe.predicted":
    "{table} : {count} {count|groupe|groupes} risquant de donner de petites cellules (la BCSS complétera {variables})",
  "describe.suggestions": "Regroupements plus sûrs",
  "describe.suggestion": "Information perdue : {loss} %",
  "describe.suggestion.unknown":
    "{n} {n|petite cellule reste|petites cellules restent} dans Inconnu : corrigez les données sources.",
  "describe.apply": "Appliquer",
  "describe.noSuggestion": "Aucun regroupement n’élimine toutes les petites cellules : la BCSS les masquera.",
  "describe.applied": "Regroupement appliqué : recodé et vérifié à nouveau.",
  "describe.audit.passed":
    "Audit réussi : aucune petite cellule ne peut être recalculée à partir de ce qui est publié.",
  "describe.audit.failed":
    "Audit non réussi : {n} {n|petite cellule peut encore être recalculée|petites cellules peuvent encore être recalculées}. Choisissez un regroupement plus large.",
  "describe.audit.unconfirmed":
    "Audit inachevé : pour {n} {n|petite|petites} {n|cellule|cellules}, la vérification en nombres entiers n’a pas pu aboutir à temps ; leur sécurité n’est donc pas établie. Choisissez un regroupement plus large ou moins de variables par tableau.",
  "describe.audit.none": "Pas audité : le contrôle n’a pas pu effectuer son audit.",
  "describe.unplaced":
    "{table} : {n} {n|personne|personnes} non {n|classée|classées} (date de naissance ou nationalité illisible). La BCSS les classera, donc ses effectifs peuvent être jusqu’à {n} plus élevés.",
  "describe.explain.suppressed":
    "Masquée : une cellule que le tableau ne montre pas, parce qu’elle compte trop peu de personnes, ou parce qu’une petite cellule pourrait sinon être calculée par soustraction.",
  "describe.explain.loss":
    "Information perdue : la part de détail que le regroupement plus large enlève ; 0 % garde chaque catégorie, 100 % met tout le monde dans un seul groupe.",
  "describe.protected":
    "Protégé par masquage : {hidden} {hidden|cellule ne sera pas montrée|cellules ne seront pas montrées}. Un regroupement plus large ci-dessous montre davantage du tableau.",
  "describe.recodedImplausible":
    "{rows} lignes recodées, mais {share} % de {column} est inconnu : vérifiez à l’étape 1 que la bonne colonne est désignée, ou corrigez l’export.",
  "describe.allSafe": "Aucune petite cellule : chaque tableau peut être demandé en toute sécurité.",
  "motivate.purpose": "Finalité",
  "motivate.preset.free": "Texte libre",
  "motivate.ethics": "Liste de contrôle éthique",
  "motivate.redraft": "Rédiger à nouveau à partir de vos choix",
  "request.fields": "Demandeur, contact et transmission",
  "request.completeness": "Complétude",
  "request.complete": "Toutes les réponses obligatoires sont données.",
  "request.missingCount": "Il manque encore {n} {n|réponse|réponses} :",
  "request.sheetLang": "Langue de la feuille de demande",
  "request.linkage":
    "Écrire aussi la feuille de couplage NISS (données à caractère personnel : à envoyer uniquement par un canal sécurisé)",
  "request.generate": "Générer la feuille de demande",
  "pane.generatedDraft":
    "La feuille de demande « {sheet} » est écrite comme brouillon : {missing} {missing|réponse|réponses} {missing|manquante|manquantes}, {problems} {problems|problème|problèmes} à résoudre. L’étape 4 les énumère.",
  "request.draftBanner":
    "PROJET : pas encore prêt à être envoyé à la BCSS. {n} {n|point reste|points restent} ouverts :",
  "request.sendAdvice":
    "N’envoyez à la BCSS que la copie avec la feuille de demande. N’envoyez jamais le classeur entier : il contient la liste du personnel avec les noms et les NISS. La liste de couplage NISS part séparément, par le canal sécurisé de la BCSS.",
  "request.checkForm":
    "Avant l’envoi, comparez la demande au formulaire actuel de la BCSS\u00a0: la feuille suit le «\u00a0Basisschema voor gegevensaanvragen\u00a0», pas forcément sa dernière version.",
  "request.sendCopyRefused":
    "Excel n’a pas voulu ouvrir la copie comme nouveau classeur (une règle de sécurité de votre organisation peut l’interdire). Pour faire la copie dans Excel : clic droit sur l’onglet {sheet} > Déplacer ou copier > Dans le classeur : (nouveau classeur), cochez Créer une copie, puis enregistrez ce nouveau classeur.",
  "request.sendCopyManual":
    "Pour faire la copie dans Excel : clic droit sur l’onglet {sheet} > Déplacer ou copier > Dans le classeur : (nouveau classeur), cochez Créer une copie, puis enregistrez ce nouveau classeur.",
  "request.sendCopy": "Télécharger la copie à envoyer (la demande seule)",
  "standalone.copySuffix": "a-envoyer",
  "request.sendCopyOpened":
    "Un nouveau classeur avec la seule feuille de demande est ouvert : enregistrez-le et envoyez ce fichier à la BCSS.",
  "pane.busy.copy": "Création de la copie à envoyer…",
  "request.sendCopyExcel": "Ouvrir la copie à envoyer dans un nouveau classeur (la demande seule)",
  "decide.noBirthDate":
    "Aucune colonne ne contient de dates de naissance ni d’âges : les classes d’âge ne sont pas comptées à partir de cet export (la BCSS connaît chaque date de naissance, le contrôle les prévoit donc). Si une colonne contient des dates de naissance, désignez-la ici.",
  "pane.generated": "La feuille de demande « {sheet} » est écrite et prête à envoyer.",
  "request.goTo": "Aller à la feuille",
  "request.download": "Télécharger le classeur",
  "standalone.open": "Ouvrir un fichier .xlsx",
  "standalone.drop": "ou déposez-le ici. Le fichier reste sur cet ordinateur.",
  "standalone.file": "Fichier : {name}",
  "standalone.preview": "Aperçu de {sheet}",
  "standalone.download": "Télécharger",
  "standalone.saving": "Préparation du fichier…",
  "standalone.downloadHint":
    "Enregistre une copie avec les nouvelles colonnes et feuilles ; le fichier ouvert reste tel quel.",
  "standalone.fileSuffix": "demande",
  "standalone.notXlsx":
    "{name} n’est pas un classeur .xlsx : choisissez un fichier enregistré au format Classeur Excel (.xlsx).",
  yes: "Oui",
  no: "Non",
  "settings.damaged":
    "Les choix enregistrés dans ce classeur n’ont pas pu être lus (sa feuille masquée DiversityRequest_settings est endommagée) : les valeurs par défaut sont utilisées. Votre prochaine modification enregistrera de nouveaux choix.",
  "command.missingRole":
    "{command} : aucune colonne {role} trouvée. Ouvrez le volet (Accueil > Diversité > Ouvrir le volet) et définissez le rôle de la colonne à l’étape 1.",
  "command.missingRole.inPane":
    "{command} : aucune colonne {role} trouvée, rien n’a été écrit. Ci-dessous, cliquez sur Détecter à partir de la sélection, donnez son rôle à cette colonne sous Rôles des colonnes, puis relancez la commande.",
  "command.failed.inPane":
    "{command} n’a pas abouti : {detail}. Vérifiez ci-dessous la source des données (sélectionnez une cellule du tableau du personnel et détectez à nouveau), puis réessayez.",
  "command.busy":
    "La commande « {command} » n’a pas été lancée : le volet travaille encore sur le classeur. Attendez la fin ou annulez, puis réessayez.",
  "command.fixable": "{command} n’a pas abouti. {detail}",
  "command.failed": "{command} n’a pas abouti : {detail}. Ouvrez le volet pour en savoir plus et réessayez.",
  "command.done": "{command} : terminé. {detail}",
  "command.recodeAges": "Recoder les âges",
  "command.recodeNationalities": "Recoder les nationalités",
  "command.checkSmallCells": "Vérifier les petites cellules",
  "command.generateRequest": "Générer la demande",
  "notice.close": "Fermer",
  "limit.cellTextCut":
    "{count} {count|cellule contenait|cellules contenaient} plus que les 32 767 caractères qu’Excel garde dans une cellule : le texte est coupé à cette limite et finit par « … ». Raccourcissez cette réponse ou cette valeur.",
  "error.stale":
    "La feuille a changé depuis que les données ont été trouvées (triée, ou des lignes ou colonnes insérées ou effacées) : rien n’a été écrit. Recherchez à nouveau les données à l’étape 1, puis relancez.",
  "standalone.sheets": "Feuilles du classeur",
  "request.example": "Par exemple : {example}",
  "field.retention.hint": "Combien de temps l’institution conserve les tableaux, et ce qu’il en advient ensuite.",
  "field.retention.example": "Pendant la durée du plan de diversité, au plus 5 ans, puis effacées",
  "field.encryptionKey.hint":
    "Les résultats reviennent chiffrés avec cette clé. Créez-la avec un outil comme Kleopatra (Gpg4win) et donnez la clé publique ou son empreinte ; la clé privée reste chez vous.",
  "field.encryptionKey.example": "Clé publique OpenPGP (fichier .asc) ou son empreinte",
  "field.channel.hint":
    "Comment la BCSS renvoie les tableaux. Dans ses documents comparables, ce sont des tableaux chiffrés envoyés par e-mail.",
  "field.channel.example": "Tableaux chiffrés par e-mail à la personne de contact",
  "field.statusTypes.hint":
    "Le personnel que contient l’export, p. ex. personnel statutaire et contractuel, stagiaires exclus.",
  "pane.error.noDataFile":
    "Aucune donnée trouvée : {detail}. La page cherche une feuille avec une ligne d’en-têtes et le personnel dans les lignes en dessous : vérifiez le fichier ou ouvrez-en un autre.",
  "decide.detectFile": "Rechercher à nouveau les données dans le fichier",
  "why.sameVariable": "Choisissez deux variables différentes.",
  "why.noTables": "Aucun tableau à contrôler : ajoutez-en un ci-dessus.",
  "why.nothingToRecode":
    "Rien à recoder : aucune variable demandée n’a de colonne (date de naissance, âge, nationalité ou variable propre). Désignez-en une à l’étape 1.",
  "why.noDataFile": "Aucun tableau du personnel trouvé dans ce fichier pour l’instant : voir l’étape 1.",
  "why.noData":
    "Aucune donnée trouvée pour l’instant : sélectionnez une cellule du tableau du personnel, puis cliquez sur Détecter à partir de la sélection à l’étape 1.",
  "why.busy": "En cours : {work}. Attendez la fin, ou cliquez sur Annuler.",
  "cli.error.pgp":
    "{file} est chiffré avec PGP, comme la BCSS envoie sa réponse : ouvrez-le avec Kleopatra (Gpg4win) ou gpg et votre clé privée, enregistrez le fichier .xlsx ou .csv déchiffré, puis indiquez ce fichier.",
  "sheet.results": "Résultats BCSS",
  "step.results.title": "Résultats",
  "step.results.summary":
    "Lisez la réponse de la BCSS, vérifiez-la par rapport à la demande et voyez où en est l’institution : les parts de chaque groupe avec leur intervalle, et les cellules masquées par la BCSS restent masquées.",
  "sheet.tables": "Tableaux demandés",
  "tables.title": "Les tableaux demandés, à compléter par la BCSS",
  "tables.note":
    "Chaque tableau tel que la demande le demande, avec ses catégories exactes. Veuillez indiquer le nombre de personnes dans chaque cellule ; une cellule que vous ne publiez pas peut être marquée comme vous le faites d’habitude (par exemple x ou <5). Cette feuille ne contient aucune donnée du personnel de l’institution.",
  "tables.count": "Nombre de personnes",
};
