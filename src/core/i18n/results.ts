/**
 * Messages of step 5 (reading the KSZ's answer, checking it, where the institution stands), kept apart
 * from the main catalogues: only the command line and step 5 need them, so the pane's start and the
 * ribbon's notice dialog never load them. Step 5 registers them (addCatalogueParts) when its code loads;
 * Node's faces hold them from the start. English is the master list, as in en.ts.
 */
export const resultsEn = {
  "cli.help.results":
    "read the CBSS's answer, check it against the request made in this workbook, and show where the institution stands",
  "cli.help.delivery": "a file of the CBSS's answer (.xlsx or .csv); give it once per file",
  "cli.help.reference": "a reference population: a CSV file with the columns group and share",
  "cli.help.mapLabel": 'read a label of the answer as a category: "LABEL=CATEGORY_ID" (once per label)',
  "cli.help.resultsOutput": "new workbook to write: this workbook with the results sheet",
  "cli.error.noRequest":
    "{file} holds no saved request: make the request in this workbook first (request or prepare), then read the answer against the workbook that command wrote.",
  "cli.error.deliveryMissing": "The answer file {file} does not exist: check its name and folder.",
  "cli.error.deliveryKind":
    "{file} is neither an .xlsx workbook nor a CSV file: save the CBSS's answer as .xlsx or .csv and give that file.",
  "cli.error.mapLabel": '--map-label {value}: write it as "LABEL=CATEGORY_ID", for example "25 à 34 ans=25-34".',
  "cli.error.mapLabelUnknown": "--map-label {value}: {id} is no category of the request. The categories are: {ids}.",
  "cli.error.referenceMissing": "The reference file {file} does not exist: check its name and folder.",
  "results.problem.notACount": "{cell}: “{text}” is no count of persons and is not used.",
  "results.problem.shareNotACount":
    "{cell}: the share {share} of {base} is no whole number of persons and is not used.",
  "results.problem.categoryMissing": "The category {category} of {dimension} is not in the answer's table.",
  "results.problem.foundTwice": "The same table is also on sheet {sheet}, {range}: the first one is read.",
  "results.problem.marginMismatch": "{cell}: the total {total} is not the sum of its line ({sum}).",
  "results.problem.marginExceeded": "{cell}: the total {total} is less than the published cells of its line ({sum}).",
  "results.problem.contradicts":
    "The numbers of this table contradict each other: no table of counts fits them. Ask the CBSS.",
  "results.problem.publishedSmall":
    "{cell}: {count} {count|person|persons} published, fewer than the threshold. Do not pass this number on.",
  "results.problem.moreThanStaff":
    "{group}: the CBSS counts {theirs}, more than the {ours} staff members of your export.",
  "results.reference.noColumns": "The reference {file} has no columns group and share.",
  "results.reference.badShare": "The reference {file}, line {line}: “{text}” is no group with a share.",
  "results.reference.unknownGroups": "The reference {file} names groups that no variable of the request has: {groups}.",
  "results.reference.sum": "The shares of the reference {file} add up to {sum} %, not 100 %.",
  "results.reference.noTable":
    "No table of the answer gives the staff by {dimension}: the reference cannot be compared.",
  "cli.results.found": "{table}: found in {file}, sheet {sheet}, {range}.",
  "cli.results.missing": "{table}: not found in the answer.",
  "cli.results.unmatched":
    '{cell}: the label “{label}” matches no category of the request. Map it with --map-label "{label}=CATEGORY_ID".',
  "cli.results.notLinked": "{group}: the CBSS could not link {n} of your {ours} staff members.",
  "cli.results.suppression":
    "Cells suppressed by the CBSS: {asPredicted} as the check predicted, {notPredicted} beyond it; {predictedPublished} predicted but published.",
  "cli.results.comparison":
    "{category}: {share} of staff (95 %: {lo} to {hi}), reference {reference}, index {index}, {expected} expected. {verdict}",
  "results.flag.below": "Below the reference.",
  "results.flag.above": "Above the reference.",
  "results.flag.none": "No clear difference.",
  "cli.results.written": "Results written to {file}, sheet {sheet}.",
  "cli.results.unread": "{file}, sheet {sheet}, {range}: a table the request did not ask for; it is not read.",
  "results.title": "Where the institution stands: the CBSS's answer",
  "results.subtitle":
    "Shares of each own group with their 95 % interval (Wilson). A cell the CBSS suppressed stays suppressed: it shows the range the answer allows, never a number.",
  "results.table.found": "Found in {file}, sheet {sheet}, {range}.",
  "results.table.missing": "Not found in the answer.",
  "results.header.count": "Count",
  "results.header.share": "Share of {group} (95 %)",
  "results.header.shareOfAll": "Share of all staff (95 %)",
  "results.cell.hidden": "hidden: {lo} to {hi}",
  "results.cell.hiddenOpen": "hidden: {lo} or more",
  "results.cell.share": "{value} ({lo} to {hi})",
  "results.cell.shareHidden": "{lo} to {hi}",
  "results.comparison.title": "Staff against the reference, by {variable}",
  "results.comparison.group": "Group",
  "results.comparison.staff": "Staff share (95 %)",
  "results.comparison.reference": "Reference",
  "results.comparison.index": "Representation index",
  "results.comparison.expected": "Expected at the reference",
  "results.comparison.verdict": "Verdict",
  "results.problems.title": "Points to check",
  "results.linkage.title": "Staff the CBSS could not link",
  "results.pane.needsCheck":
    "The answer is read against this request: find the data in step 1 and run the small-cell check in step 3 first.",
  "results.pane.files": "Choose the CBSS's answer files",
  "results.pane.filesHint":
    ".xlsx or .csv, decrypted first (Kleopatra); several at once if the answer has several. They are read on this computer and sent nowhere.",
  "results.pane.reference": "Reference population (optional): paste lines group,share",
  "results.pane.referenceHint":
    "The first line is group,share; then one group per line with its share, as 0.62 or 62 %. Groups are category ids: {ids}.",
  "results.pane.referenceName": "you pasted",
  "results.pane.reading": "Reading the answer…",
  "results.pane.failed": "The answer could not be read: {detail}",
  "results.pane.allFound": "Every requested table was found, and nothing is left to check: {n} {n|table|tables}.",
  "results.pane.notAll":
    "Requested tables found: {found} of {n}; {points} {points|point|points} to check before the results are used.",
  "results.pane.unmatched": "{cell}: “{label}” matches no category of the request.",
  "results.pane.mapTo": "Category for “{label}”",
  "results.pane.write": "Write the results sheet",
  "results.pane.written": "Results written to the sheet {sheet}.",
} as const;

export type ResultsKey = keyof typeof resultsEn;

export const resultsNl: Readonly<Record<ResultsKey, string>> = {
  "cli.help.results":
    "lees het antwoord van de KSZ, toets het aan de aanvraag in deze werkmap en toon waar de instelling staat",
  "cli.help.delivery": "een bestand van het antwoord van de KSZ (.xlsx of .csv); één keer per bestand",
  "cli.help.reference": "een referentiepopulatie: een CSV-bestand met de kolommen group en share",
  "cli.help.mapLabel": 'lees een label van het antwoord als een categorie: "LABEL=CATEGORIE_ID" (één keer per label)',
  "cli.help.resultsOutput": "nieuwe werkmap om te schrijven: deze werkmap met het resultatenblad",
  "cli.error.noRequest":
    "{file} bevat geen bewaarde aanvraag: maak eerst de aanvraag in deze werkmap (request of prepare) en lees het antwoord daarna met de werkmap die dat commando schreef.",
  "cli.error.deliveryMissing": "Het antwoordbestand {file} bestaat niet: controleer de naam en de map.",
  "cli.error.deliveryKind":
    "{file} is geen .xlsx-werkmap en geen CSV-bestand: bewaar het antwoord van de KSZ als .xlsx of .csv en geef dat bestand op.",
  "cli.error.mapLabel": '--map-label {value}: schrijf het als "LABEL=CATEGORIE_ID", bijvoorbeeld "25 à 34 ans=25-34".',
  "cli.error.mapLabelUnknown":
    "--map-label {value}: {id} is geen categorie van de aanvraag. De categorieën zijn: {ids}.",
  "cli.error.referenceMissing": "Het referentiebestand {file} bestaat niet: controleer de naam en de map.",
  "results.problem.notACount": "{cell}: “{text}” is geen aantal personen en wordt niet gebruikt.",
  "results.problem.shareNotACount":
    "{cell}: het aandeel {share} van {base} is geen geheel aantal personen en wordt niet gebruikt.",
  "results.problem.categoryMissing": "De categorie {category} van {dimension} staat niet in de tabel van het antwoord.",
  "results.problem.foundTwice": "Dezelfde tabel staat ook op blad {sheet}, {range}: de eerste wordt gelezen.",
  "results.problem.marginMismatch": "{cell}: het totaal {total} is niet de som van zijn rij of kolom ({sum}).",
  "results.problem.marginExceeded":
    "{cell}: het totaal {total} is kleiner dan de gepubliceerde cellen van zijn rij of kolom ({sum}).",
  "results.problem.contradicts":
    "De getallen van deze tabel spreken elkaar tegen: geen enkele tabel van aantallen past erbij. Vraag het na bij de KSZ.",
  "results.problem.publishedSmall":
    "{cell}: {count} {count|persoon|personen} gepubliceerd, minder dan de drempel. Geef dit getal niet door.",
  "results.problem.moreThanStaff":
    "{group}: de KSZ telt er {theirs}, meer dan de {ours} personeelsleden van uw export.",
  "results.reference.noColumns": "Het referentiebestand {file} heeft geen kolommen group en share.",
  "results.reference.badShare": "Het referentiebestand {file}, regel {line}: “{text}” is geen groep met een aandeel.",
  "results.reference.unknownGroups":
    "Het referentiebestand {file} noemt groepen die geen variabele van de aanvraag heeft: {groups}.",
  "results.reference.sum": "De aandelen van het referentiebestand {file} tellen op tot {sum} %, niet tot 100 %.",
  "results.reference.noTable":
    "Geen tabel van het antwoord geeft het personeel per {dimension}: de referentie kan niet vergeleken worden.",
  "cli.results.found": "{table}: gevonden in {file}, blad {sheet}, {range}.",
  "cli.results.missing": "{table}: niet gevonden in het antwoord.",
  "cli.results.unmatched":
    '{cell}: het label “{label}” past bij geen categorie van de aanvraag. Wijs het een categorie toe met --map-label "{label}=CATEGORIE_ID".',
  "cli.results.notLinked": "{group}: de KSZ kon {n} van uw {ours} personeelsleden niet koppelen.",
  "cli.results.suppression":
    "Door de KSZ verborgen cellen: {asPredicted} zoals de controle voorspelde, {notPredicted} daarbuiten; {predictedPublished} voorspeld maar gepubliceerd.",
  "cli.results.comparison":
    "{category}: {share} van het personeel (95 %: {lo} tot {hi}), referentie {reference}, index {index}, {expected} verwacht. {verdict}",
  "results.flag.below": "Onder de referentie.",
  "results.flag.above": "Boven de referentie.",
  "results.flag.none": "Geen duidelijk verschil.",
  "cli.results.written": "Resultaten geschreven naar {file}, blad {sheet}.",
  "cli.results.unread": "{file}, blad {sheet}, {range}: een tabel die de aanvraag niet vroeg; ze wordt niet gelezen.",
  "results.title": "Waar de instelling staat: het antwoord van de KSZ",
  "results.subtitle":
    "Aandelen van elke eigen groep met hun 95 %-interval (Wilson). Een cel die de KSZ verborg, blijft verborgen: ze toont het bereik dat het antwoord toelaat, nooit een getal.",
  "results.table.found": "Gevonden in {file}, blad {sheet}, {range}.",
  "results.table.missing": "Niet gevonden in het antwoord.",
  "results.header.count": "Aantal",
  "results.header.share": "Aandeel in {group} (95 %)",
  "results.header.shareOfAll": "Aandeel in het hele personeel (95 %)",
  "results.cell.hidden": "verborgen: {lo} tot {hi}",
  "results.cell.hiddenOpen": "verborgen: {lo} of meer",
  "results.cell.share": "{value} ({lo} tot {hi})",
  "results.cell.shareHidden": "{lo} tot {hi}",
  "results.comparison.title": "Personeel tegenover de referentie, per {variable}",
  "results.comparison.group": "Groep",
  "results.comparison.staff": "Aandeel personeel (95 %)",
  "results.comparison.reference": "Referentie",
  "results.comparison.index": "Representatie-index",
  "results.comparison.expected": "Verwacht volgens de referentie",
  "results.comparison.verdict": "Oordeel",
  "results.problems.title": "Na te kijken",
  "results.linkage.title": "Personeelsleden die de KSZ niet kon koppelen",
  "results.pane.needsCheck":
    "Het antwoord wordt aan deze aanvraag getoetst: zoek eerst de gegevens in stap 1 en voer de controle op kleine cellen uit in stap 3.",
  "results.pane.files": "Kies de bestanden van het antwoord van de KSZ",
  "results.pane.filesHint":
    ".xlsx of .csv, eerst ontsleuteld (Kleopatra); meerdere tegelijk als het antwoord er meerdere heeft. Ze worden op deze computer gelezen en nergens heen gestuurd.",
  "results.pane.reference": "Referentiepopulatie (facultatief): plak regels group,share",
  "results.pane.referenceHint":
    "De eerste regel is group,share; daarna één groep per regel met haar aandeel, als 0,62 of 62 %. Groepen zijn categorie-id’s: {ids}.",
  "results.pane.referenceName": "die u plakte",
  "results.pane.reading": "Het antwoord wordt gelezen…",
  "results.pane.failed": "Het antwoord kon niet gelezen worden: {detail}",
  "results.pane.allFound": "Elke gevraagde tabel is gevonden en er blijft niets na te kijken: {n} {n|tabel|tabellen}.",
  "results.pane.notAll":
    "Gevraagde tabellen gevonden: {found} van {n}; {points} {points|punt|punten} na te kijken voor de resultaten gebruikt worden.",
  "results.pane.unmatched": "{cell}: “{label}” past bij geen categorie van de aanvraag.",
  "results.pane.mapTo": "Categorie voor “{label}”",
  "results.pane.write": "Schrijf het resultatenblad",
  "results.pane.written": "Resultaten geschreven naar het blad {sheet}.",
};

export const resultsFr: Readonly<Record<ResultsKey, string>> = {
  "cli.help.results":
    "lire la réponse de la BCSS, la vérifier par rapport à la demande faite dans ce classeur et montrer où en est l’institution",
  "cli.help.delivery": "un fichier de la réponse de la BCSS (.xlsx ou .csv) ; une fois par fichier",
  "cli.help.reference": "une population de référence : un fichier CSV avec les colonnes group et share",
  "cli.help.mapLabel":
    'lire une étiquette de la réponse comme une catégorie : "ÉTIQUETTE=ID_CATÉGORIE" (une fois par étiquette)',
  "cli.help.resultsOutput": "nouveau classeur à écrire : ce classeur avec la feuille des résultats",
  "cli.error.noRequest":
    "{file} ne contient aucune demande enregistrée : faites d’abord la demande dans ce classeur (request ou prepare), puis lisez la réponse avec le classeur que cette commande a écrit.",
  "cli.error.deliveryMissing": "Le fichier de réponse {file} n’existe pas : vérifiez son nom et son dossier.",
  "cli.error.deliveryKind":
    "{file} n’est ni un classeur .xlsx ni un fichier CSV : enregistrez la réponse de la BCSS en .xlsx ou en .csv et indiquez ce fichier.",
  "cli.error.mapLabel":
    '--map-label {value} : écrivez-le sous la forme "ÉTIQUETTE=ID_CATÉGORIE", par exemple "25 à 34 ans=25-34".',
  "cli.error.mapLabelUnknown":
    "--map-label {value} : {id} n’est pas une catégorie de la demande. Les catégories sont : {ids}.",
  "cli.error.referenceMissing": "Le fichier de référence {file} n’existe pas : vérifiez son nom et son dossier.",
  "results.problem.notACount": "{cell} : « {text} » n’est pas un nombre de personnes et n’est pas utilisé.",
  "results.problem.shareNotACount":
    "{cell} : la part {share} de {base} n’est pas un nombre entier de personnes et n’est pas utilisée.",
  "results.problem.categoryMissing":
    "La catégorie {category} de {dimension} ne figure pas dans le tableau de la réponse.",
  "results.problem.foundTwice": "Le même tableau figure aussi sur la feuille {sheet}, {range} : le premier est lu.",
  "results.problem.marginMismatch": "{cell} : le total {total} n’est pas la somme de sa ligne ou colonne ({sum}).",
  "results.problem.marginExceeded":
    "{cell} : le total {total} est inférieur aux cellules publiées de sa ligne ou colonne ({sum}).",
  "results.problem.contradicts":
    "Les nombres de ce tableau se contredisent : aucun tableau d’effectifs ne leur correspond. Renseignez-vous auprès de la BCSS.",
  "results.problem.publishedSmall":
    "{cell} : {count} {count|personne publiée|personnes publiées}, moins que le seuil. Ne transmettez pas ce nombre.",
  "results.problem.moreThanStaff":
    "{group} : la BCSS en compte {theirs}, plus que les {ours} membres du personnel de votre export.",
  "results.reference.noColumns": "Le fichier de référence {file} n’a pas de colonnes group et share.",
  "results.reference.badShare":
    "Le fichier de référence {file}, ligne {line} : « {text} » n’est pas un groupe avec une part.",
  "results.reference.unknownGroups":
    "Le fichier de référence {file} cite des groupes qu’aucune variable de la demande ne comporte : {groups}.",
  "results.reference.sum": "Les parts du fichier de référence {file} totalisent {sum} %, et non 100 %.",
  "results.reference.noTable":
    "Aucun tableau de la réponse ne donne le personnel par {dimension} : la référence ne peut pas être comparée.",
  "cli.results.found": "{table} : trouvé dans {file}, feuille {sheet}, {range}.",
  "cli.results.missing": "{table} : absent de la réponse.",
  "cli.results.unmatched":
    '{cell} : l’étiquette « {label} » ne correspond à aucune catégorie de la demande. Associez-la avec --map-label "{label}=ID_CATÉGORIE".',
  "cli.results.notLinked": "{group} : la BCSS n’a pas pu coupler {n} de vos {ours} membres du personnel.",
  "cli.results.suppression":
    "Cellules masquées par la BCSS : {asPredicted} comme le contrôle le prévoyait, {notPredicted} au-delà ; {predictedPublished} prévues mais publiées.",
  "cli.results.comparison":
    "{category} : {share} du personnel (95 % : de {lo} à {hi}), référence {reference}, indice {index}, {expected} attendus. {verdict}",
  "results.flag.below": "En dessous de la référence.",
  "results.flag.above": "Au-dessus de la référence.",
  "results.flag.none": "Pas de différence nette.",
  "cli.results.written": "Résultats écrits dans {file}, feuille {sheet}.",
  "cli.results.unread":
    "{file}, feuille {sheet}, {range} : un tableau que la demande ne demandait pas ; il n’est pas lu.",
  "results.title": "Où en est l’institution : la réponse de la BCSS",
  "results.subtitle":
    "Parts de chaque groupe propre avec leur intervalle à 95 % (Wilson). Une cellule masquée par la BCSS reste masquée : elle montre la plage que la réponse permet, jamais un nombre.",
  "results.table.found": "Trouvé dans {file}, feuille {sheet}, {range}.",
  "results.table.missing": "Absent de la réponse.",
  "results.header.count": "Nombre",
  "results.header.share": "Part dans {group} (95 %)",
  "results.header.shareOfAll": "Part dans tout le personnel (95 %)",
  "results.cell.hidden": "masqué : de {lo} à {hi}",
  "results.cell.hiddenOpen": "masqué : {lo} ou plus",
  "results.cell.share": "{value} (de {lo} à {hi})",
  "results.cell.shareHidden": "de {lo} à {hi}",
  "results.comparison.title": "Personnel par rapport à la référence, par {variable}",
  "results.comparison.group": "Groupe",
  "results.comparison.staff": "Part du personnel (95 %)",
  "results.comparison.reference": "Référence",
  "results.comparison.index": "Indice de représentation",
  "results.comparison.expected": "Attendu selon la référence",
  "results.comparison.verdict": "Conclusion",
  "results.problems.title": "Points à vérifier",
  "results.linkage.title": "Membres du personnel que la BCSS n’a pas pu coupler",
  "results.pane.needsCheck":
    "La réponse est vérifiée par rapport à cette demande : trouvez d’abord les données à l’étape 1 et lancez le contrôle des petites cellules à l’étape 3.",
  "results.pane.files": "Choisir les fichiers de la réponse de la BCSS",
  "results.pane.filesHint":
    ".xlsx ou .csv, déchiffrés d’abord (Kleopatra) ; plusieurs à la fois si la réponse en compte plusieurs. Ils sont lus sur cet ordinateur et envoyés nulle part.",
  "results.pane.reference": "Population de référence (facultatif) : collez des lignes group,share",
  "results.pane.referenceHint":
    "La première ligne est group,share ; puis un groupe par ligne avec sa part, en 0,62 ou 62 %. Les groupes sont des identifiants de catégorie : {ids}.",
  "results.pane.referenceName": "que vous avez collé",
  "results.pane.reading": "Lecture de la réponse…",
  "results.pane.failed": "La réponse n’a pas pu être lue : {detail}",
  "results.pane.allFound":
    "Chaque tableau demandé a été trouvé et il ne reste rien à vérifier : {n} {n|tableau|tableaux}.",
  "results.pane.notAll":
    "Tableaux demandés trouvés : {found} sur {n} ; {points} {points|point|points} à vérifier avant d’utiliser les résultats.",
  "results.pane.unmatched": "{cell} : « {label} » ne correspond à aucune catégorie de la demande.",
  "results.pane.mapTo": "Catégorie pour « {label} »",
  "results.pane.write": "Écrire la feuille des résultats",
  "results.pane.written": "Résultats écrits dans la feuille {sheet}.",
};

export const resultsMessages = { nl: resultsNl, fr: resultsFr, en: resultsEn } as const;
