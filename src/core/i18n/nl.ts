import type { BaseKey } from "./en";

export const nl: Readonly<Record<BaseKey, string>> = {
  "app.title": "Diversiteitsaanvraag",
  "app.tagline": "Bereid een aanvraag van anonieme diversiteitsgegevens bij de KSZ voor",
  "app.privacy": "Uw personeelsgegevens blijven op deze computer: er wordt niets verstuurd.",
  "app.loading": "Laden…",
  "lang.label": "Taal",
  "lang.nl": "Nederlands",
  "lang.fr": "Français",
  "lang.en": "English",
  "steps.label": "Stappen van de aanvraag",
  "step.decide.title": "Beslissen",
  "step.decide.summary":
    "Welke gegevens hebt u nodig, met welk doel, voor welk jaar? Welke kenmerken zijn relevant en hoe zijn ze gedefinieerd?",
  "step.motivate.title": "Motiveren",
  "step.motivate.summary":
    "Rechtvaardig de aanvraag: het doel en de proportionaliteit, en de doelstelling van uw diversiteitsbeleid waaraan ze bijdraagt.",
  "step.describe.title": "Gegevens beschrijven",
  "step.describe.summary":
    "Vraag gegevens in categorieën aan om de anonimiteit te garanderen: leeftijden in leeftijdsklassen, herkomst in herkomstgroepen, zonder kruisingen die tot te kleine aantallen leiden.",
  "step.request.title": "Aanvraag indienen",
  "step.request.summary": "Maak het aanvraagblad met alle elementen die de KSZ vraagt, controleer het en verstuur het.",
  "step.position": "Stap {n} van {total}",
  "host.excel": "U werkt in deze Excel-werkmap",
  "host.standalone": "U werkt met een .xlsx-bestand in uw browser",
  "column.ageBand": "Leeftijdsklasse",
  "column.nationalityGroup": "Nationaliteitsgroep",
  "column.group": "{source} (groep)",
  "category.unknown": "Onbekend",
  "category.other": "Andere",
  "age.band.range": "{lo}-{hi} jaar",
  "age.band.under": "Jonger dan {hi} jaar",
  "age.band.open": "{lo} jaar en ouder",
  "origin.belgian": "Belgisch",
  "origin.eu_old": "Andere EU-lidstaten van vóór 2004",
  "origin.eu_new": "EU-13 (lidstaten sinds 2004)",
  "origin.europe_other": "Ander Europees",
  "origin.maghreb": "Maghreb",
  "origin.africa_other": "Ander Afrikaans",
  "origin.near_middle_east": "Nabije en Midden-Oosten",
  "origin.asia_oceania": "Azië en Oceanië",
  "origin.americas": "Amerika",
  "origin.european": "Europees",
  "origin.non_european": "Niet-Europees",
  "origin.eu": "EU",
  "origin.non_eu": "Niet-EU",
  "origin.foreign": "Buitenlands",
  "origin.unknown": "Onbekend",
  "originScheme.detailed": "Gedetailleerd (10 groepen)",
  "originScheme.four": "Belgisch / Europees / niet-Europees / onbekend",
  "originScheme.eu": "Belgisch / EU / niet-EU / onbekend",
  "originScheme.two": "Belgisch / buitenlands / onbekend",
  "ageScheme.default": "Jonger dan 25, 25-34, 35-44, 45-54, 55+",
  "ageScheme.flemish": "Jonger dan 35, 35-44, 45-54, 55+ (Vlaamse overheid)",
  "ageScheme.two": "Jonger dan 45, 45+",
  "ageScheme.error.age_scheme_empty": "Geef minstens één klassengrens, bv. 25;35;45;55.",
  "ageScheme.error.age_scheme_not_whole": "Klassengrenzen moeten hele jaren zijn.",
  "ageScheme.error.age_scheme_not_ascending": "Klassengrenzen moeten oplopen, elke grens hoger dan de vorige.",
  "ageScheme.error.age_scheme_range": "Klassengrenzen moeten tussen 1 en 150 jaar liggen.",
  "ageScheme.error.age_scheme_unknown":
    "Onbekende leeftijdsindeling: gebruik default, flemish, two of custom:25,35,45,55.",
  "reason.empty": "lege cel",
  "reason.excel_error": "Excel-foutwaarde",
  "reason.not_a_date": "geen datum",
  "reason.impossible_date": "datum bestaat niet",
  "reason.two_digit_year": "jaartal met twee cijfers: schrijf het jaar voluit",
  "reason.phantom_1900_02_29": "29 februari 1900 bestaat niet (Excel-serienummer 60)",
  "reason.birth_in_future": "geboortedatum na de referentiedatum",
  "reason.age_too_low": "jonger dan 14 jaar",
  "reason.age_too_high": "ouder dan 100 jaar",
  "reason.not_an_age": "geen leeftijd",
  "reason.declared_unknown": "opgegeven als onbekend",
  "reason.stateless": "staatloos",
  "reason.not_recognised": "niet herkend als land of nationaliteit",
  "reason.conflicting": "noemt in zijn delen twee verschillende landen",
  "reason.ambiguous_date_order": "kan dag eerst of maand eerst zijn: de kolom bevat beide volgordes",
  "reason.ambiguous": "verwijst naar meer dan één land",
  "reason.nis_without_iso": "NIS-code van een gebied zonder eigen landcode",
  "reason.iso_numeric_code":
    "ISO-landcode (de kolom gebruikt ISO 3166-nummers, geen NIS-codes): schrijf het land of de NIS-code",
  "reason.nis_unlisted": "NIS-code niet in de huidige landenlijst",
  "reason.country_without_group": "een land dat tot geen enkele herkomstgroep behoort",
  "reason.not_a_sex": "geen geslachtscode (M/V/X)",
  "reason.insz_length": "een INSZ heeft 11 cijfers",
  "reason.insz_checksum": "controlecijfers van het INSZ kloppen niet",
  "reason.insz_date": "INSZ bevat een onmogelijke geboortedatum",
  "role.insz": "INSZ (rijksregister- of bisnummer)",
  "role.birthDate": "Geboortedatum",
  "role.age": "Leeftijd",
  "role.sex": "Geslacht",
  "role.nationality": "Nationaliteit",
  "role.countryOfBirth": "Geboorteland",
  "role.department": "Dienst",
  "role.functionLevel": "Functieniveau",
  "role.status": "Statuut",
  "role.other": "Andere",
  "recode.nationalityIsProxy":
    "Een export bevat nationaliteit, geen herkomst: deze groepen dienen alleen om groepsgroottes te controleren. De KSZ leidt de herkomst zelf af uit het Rijksregister.",
  "sheet.request": "KSZ-aanvraag",
  "sheet.check": "Controle kleine cellen",
  "sheet.linkage": "INSZ-koppeling",
  "request.title": "Aanvraag van anonieme diversiteitsgegevens bij de Kruispuntbank van de Sociale Zekerheid (KSZ)",
  "request.subtitle": "Openbare instelling: eigen personeel, geaggregeerde tabellen",
  "request.footer":
    "Deze aanvraag bevat de elementen die de KSZ in vergelijkbare documenten vraagt (“Basisschema voor gegevensaanvragen”).",
  "request.generated":
    "Gemaakt met Diversiteitsaanvraag op {date}. Dit document bevat enkel categorieën en aantallen: geen naam, INSZ of geboortedatum.",
  "request.missing": "in te vullen",
  "request.yes": "Ja",
  "request.no": "Nee",
  "section.applicant": "Aanvrager",
  "section.contact": "Contactpersoon en ondertekenaar",
  "section.purpose": "Doel (finaliteit)",
  "section.motivation": "Motivering en proportionaliteit",
  "section.population": "Populatie en referentie",
  "section.kszData": "Gegevens gevraagd aan de KSZ",
  "section.ownData": "Eigen gegevens voor koppeling",
  "section.tables": "Gevraagde tabellen",
  "section.anonymity": "Anonimiteit",
  "section.ethics": "Ethiek en transparantie",
  "section.delivery": "Levering en beveiliging",
  "section.signature": "Datum en handtekening",
  "field.institution": "Naam van de instelling",
  "field.kbo": "Ondernemingsnummer (KBO)",
  "field.address": "Adres",
  "field.service": "Verantwoordelijke dienst",
  "field.contactName": "Contactpersoon",
  "field.contactFunction": "Functie",
  "field.contactEmail": "E-mail",
  "field.contactPhone": "Telefoon",
  "field.signatoryName": "Ondertekenaar",
  "field.signatoryFunction": "Functie van de ondertekenaar",
  "field.purpose": "Doelstelling van het diversiteits- of welzijnsbeleid",
  "field.actionPoint": "Actiepunt van het diversiteitsplan waaraan de aanvraag bijdraagt",
  "field.diversityPlan": "Verwijzing naar het diversiteitsplan",
  "field.proportionality": "Waarom elke variabele en elke categorie nodig is",
  "field.whyAggregated": "Waarom geaggregeerde gegevens volstaan",
  "field.population": "Populatie",
  "field.referenceYear": "Referentiejaar",
  "field.referenceDate": "Referentiedatum",
  "field.statusTypes": "Opgenomen statuten",
  "field.staffCount": "Personeelsleden in de export",
  "field.kszVariables": "Gevraagde variabelen",
  "field.ageBands": "Leeftijdsklassen (volbrachte jaren op de referentiedatum)",
  "field.originGroups": "Herkomstgroepen en hun landen",
  "field.ownVariables": "Eigen variabelen en hun groeperingen",
  "field.identificationKey": "Identificatiesleutel",
  "field.transmission": "Hoe de sleutel wordt bezorgd",
  "field.tablesList": "Kruistabellen",
  "field.threshold": "Minimale celgrootte",
  "field.groupingsChosen": "Gekozen groeperingen",
  "field.checkResult": "Resultaat van de controle op kleine cellen",
  "field.cellsFlagged": "Te verbergen cellen",
  "field.staffInformed": "Het personeel is geïnformeerd over de meting",
  "field.representativesConsulted": "De personeelsvertegenwoordigers zijn geraadpleegd",
  "field.legitimatePurpose": "Het doel is legitiem en omschreven",
  "field.structuralPolicy": "De meting maakt deel uit van een structureel diversiteitsbeleid",
  "field.ethicsNotes": "Opmerkingen",
  "field.channel": "Leveringskanaal",
  "field.encryptionKey": "Publieke encryptiesleutel",
  "field.retention": "Bewaartermijn",
  "field.place": "Plaats",
  "field.date": "Datum",
  "field.signature": "Handtekening",
  "filled.population": "Eigen personeel van de instelling op de referentiedatum",
  "filled.variable.sex": "Geslacht",
  "filled.variable.ageBand": "Leeftijdsklasse ({n} {n|klasse|klassen})",
  "filled.variable.originGroup": "Herkomstgroep ({n} {n|groep|groepen}), door de KSZ afgeleid uit het Rijksregister",
  "filled.none": "Geen",
  "filled.keyInsz": "INSZ van elk personeelslid, in een apart koppelingsblad; nooit in deze aanvraag",
  "filled.keyNone": "Er worden geen eigen gegevens gekoppeld: enkel KSZ-variabelen worden gevraagd",
  "filled.checkDone":
    "Gecontroleerd op {date} met drempel {k}: {small} kleine {small|cel|cellen}, {secondary} {secondary|cel|cellen} onderdrukt om terugrekenen te voorkomen",
  "filled.checkNotDone": "Nog geen controle uitgevoerd",
  "filled.cellsNone": "geen",
  "filled.thresholdRule":
    "{k} personen: een cel van 1 tot en met {below} {below|persoon|personen} wordt niet gepubliceerd",
  "filled.tableCross": "{dims}",
  "filled.times": " × ",
  "filled.groupCount": "{n} {n|persoon|personen}",
  "filled.ageScheme": "Leeftijd: {bands}",
  "filled.originScheme": "Herkomst: {scheme}",
  "filled.ownGrouping": "{variable}: {n} {n|groep|groepen}",
  "filled.ownColumn": "{variable} (kolom {header})",
  "table.band": "Klasse",
  "table.from": "Van (jaar)",
  "table.to": "Tot en met (jaar)",
  "table.group": "Groep",
  "table.countries": "Landen",
  "table.variable": "Variabele",
  "table.persons": "Personen",
  "table.openEnd": "en ouder",
  "table.restOfWorld": "elk land dat niet in een andere groep staat",
  "table.unknownOrigin": "herkomst niet bepaald",
  "purpose.baseline":
    "Een nulmeting van de interne diversiteit van ons personeel, om op basis daarvan positieve acties op te zetten (een actiepunt uit ons diversiteitsplan).",
  "purpose.evaluation":
    "Een evaluatie van ons diversiteitsplan: de samenstelling van ons personeel meten om na te gaan of de doelstellingen bereikt worden.",
  "purpose.followUp":
    "Een vervolgmeting, vergelijkbaar met onze eerdere nulmeting, om de evolutie van de diversiteit van ons personeel op te volgen.",
  "purpose.label.baseline": "Nulmeting",
  "purpose.label.evaluation": "Evaluatie van het diversiteitsplan",
  "purpose.label.followUp": "Vervolgmeting",
  "preset.statusTypes.statutoryAndContractual": "Statutaire en contractuele personeelsleden",
  "preset.statusTypes.statutory": "Alleen statutaire personeelsleden",
  "preset.statusTypes.contractual": "Alleen contractuele personeelsleden",
  "preset.transmission.agreedSecureChannel":
    "Via een beveiligd kanaal dat met de KSZ wordt afgesproken, na goedkeuring van de aanvraag",
  "preset.channel.encryptedEmail": "Versleutelde tabellen per e-mail aan de contactpersoon",
  "preset.retention.planDuration":
    "Zolang het diversiteitsplan loopt, hoogstens 5 jaar; daarna worden de tabellen verwijderd",
  "draft.intro": "Er worden enkel geaggregeerde, anonieme aantallen gevraagd.",
  "draft.age": "Leeftijd wordt gevraagd in {n} {n|klasse|klassen}, niet als exacte leeftijd of geboortedatum.",
  "draft.origin": "Herkomst wordt gevraagd in {n} {n|groep|groepen}, niet per land.",
  "draft.sex": "Geslacht wordt gevraagd om de genderbalans te meten.",
  "draft.own":
    "{variable} wordt aangeleverd in {n} {n|groep|groepen}, zodat de resultaten per {variable} vergeleken kunnen worden.",
  "draft.threshold": "Geen enkele cel van minder dan {k} personen wordt gepubliceerd.",
  "draft.whyAggregated":
    "De beleidsdoelstelling gaat over groepen, niet over individuen: aantallen per categorie volstaan om de personeelssamenstelling te meten en acties te evalueren, dus er zijn geen persoonsgegevens nodig.",
  "completeness.missing": "{section}: {field}",
  "check.audit.guarantee":
    "Audit: voor elke onderdrukte cel kan een lezer die alle gepubliceerde aantallen en totalen van alle tabellen van de aanvraag kent, en weet dat aantallen gehele getallen van 0 of meer zijn, enkel een bereik van waarden afleiden (berekend met lineaire programmering, zoals tau-Argus, en nagerekend in gehele getallen). Een tabel slaagt als het bereik van elke kleine cel 0 of {k} en meer bereikt. De instelling die de tabellen ontvangt, kent bovendien de omvang van elke groep die haar eigen variabelen vormen; ook tegen die lezer moet elke kleine cel over herkomst 0 of {k} en meer kunnen zijn.",
  "check.audit.passed": "Audit geslaagd: geen enkele kleine cel kan uit de gepubliceerde cijfers worden teruggerekend.",
  "check.audit.failed":
    "Audit NIET geslaagd: {n} kleine {n|cel kan|cellen kunnen} nog worden teruggerekend. Kies een grovere indeling voor deze tabel.",
  "check.audit.kszOnly":
    "{n} {n|tabel is|tabellen zijn} niet geauditeerd: {n|ze gaat|ze gaan} over een variabele die alleen de KSZ kent. De KSZ moet {n|die tabel|die tabellen} zelf beschermen met de drempelregel.",
  "check.audit.none": "Niet geauditeerd.",
  "check.audit.unconfirmed":
    "Audit niet voltooid: voor {n} kleine {n|cel|cellen} kon de controle in gehele getallen niet op tijd worden afgerond; het is niet zeker dat {n|die cel|die cellen} veilig {n|is|zijn}. Kies een grovere indeling of minder variabelen per tabel.",
  "check.unplaced":
    "{n} {n|persoon zit|personen zitten} niet in deze tabel: hun geboortedatum of nationaliteit was onleesbaar. De KSZ deelt hen wel in, dus elk aantal kan in haar tabel tot {n} hoger liggen.",
  "check.interval": "{lo} tot {hi}",
  "filled.audit.passed":
    "Geauditeerd op {date} zoals een lezer van de KSZ-tabellen het zou kunnen, en zoals onze instelling zelf, die de omvang kent van elke groep die haar eigen variabelen vormen: geen enkele kleine cel kan uit de gepubliceerde aantallen en totalen worden teruggerekend (elke cel kan 0 of minstens {k} zijn).",
  "filled.audit.failed":
    "Geauditeerd op {date}: {n} kleine {n|cel kan|cellen kunnen} nog worden teruggerekend; vóór publicatie zijn grovere indelingen nodig.",
  "filled.audit.unconfirmed":
    "Geauditeerd op {date}: voor {n} kleine {n|cel|cellen} kon de controle in gehele getallen niet worden afgerond; vóór publicatie zijn grovere indelingen nodig.",
  "field.kszProtects": "Tabellen die de KSZ zelf moet beschermen",
  "filled.kszProtects":
    "Niet door ons geauditeerd: {tables}. {n|Deze tabel gaat|Deze tabellen gaan} over {variables}, die enkel de KSZ kent. Wij vragen de KSZ er de drempelregel op toe te passen: geen cel met 1 tot {below} {below|persoon|personen} publiceren, en geen cel waaruit zo’n cel kan worden teruggerekend, ook niet door onze instelling, die de omvang van haar eigen groepen kent.",
  "filled.audit.noneOurs":
    "Geen van de gevraagde tabellen kon met de export worden geauditeerd: ze gaan alle over een variabele die enkel de KSZ kent (zie hieronder).",
  "field.auditResult": "Audit van de beschermde tabellen",
  "cli.summary.unplaced":
    "{n} {n|persoon valt|personen vallen} buiten de tabellen per leeftijdsklasse, herkomst of geslacht: hun waarde was onleesbaar. De KSZ deelt hen wel in, dus die aantallen kunnen tot {n} hoger liggen.",
  "problem.ownNeedsLinkage":
    "{variables}: eigen gegevens, die de KSZ enkel via de INSZ-lijst met haar gegevens kan kruisen. Zet de INSZ-koppellijst aan (stap 4), of laat deze variabelen weg (stap 1).",
  "problem.ownNeedsInsz":
    "{variables}: eigen gegevens hebben de INSZ-lijst nodig, maar geen kolom van de export bevat INSZ-nummers. Wijs de INSZ-kolom aan (stap 1), of laat deze variabelen weg.",
  "problem.tableOutsideRequest":
    "De tabel {table} gebruikt {variable}, dat de aanvraag niet vraagt: vraag het aan (stap 1) of verwijder de tabel (stap 3).",
  "problem.referenceAfterToday":
    "De referentiedatum {date} ligt na vandaag: het personeel op die datum is nog niet bekend. Kies een datum in het verleden (stap 1).",
  "problem.ethicsNo":
    "{field}: beantwoord met Nee. De brontekst noemt communicatie, transparantie en een legitiem doel als voorwaarden: vervul ze vóór het versturen.",
  "problem.checkMissing": "De controle op kleine cellen is nog niet uitgevoerd op deze keuzes: voer ze uit (stap 3).",
  "problem.signatureDateInvalid": "De datum van ondertekening “{value}” bestaat niet: vul een echte datum in.",
  "problem.signatureBeforeReference":
    "De datum van ondertekening ({date}) ligt vóór de referentiedatum ({reference}). Vul de dag in waarop de aanvraag wordt ondertekend.",
  "problem.signatureBeforeCheck":
    "De datum van ondertekening ({date}) ligt vóór de controle op kleine cellen ({check}): de aanvraag zou ondertekend zijn voordat haar cijfers bestonden. Vul de dag in waarop ze wordt ondertekend.",
  "problem.checkNotAudited":
    "De tabellen zijn niet geauditeerd: voer de controle op kleine cellen opnieuw uit (stap 3).",
  "problem.motivationStale":
    "De motivering (stap 2) zegt “{found}”, maar de aanvraag zegt nu “{now}”: werk de motivering bij.",
  "problem.motivationNotAsked":
    "De motivering (stap 2) zegt “{found}”, wat de aanvraag niet meer vraagt: werk de motivering bij.",
  "problem.purposeWithoutAction":
    "Het doel is een kant-en-klare tekst: noem het actiepunt van het diversiteitsplan dat het dient (stap 2).",
  "problem.encryptedWithoutKey":
    "Het afleverkanaal is versleuteld, maar er is geen publieke versleutelingssleutel opgegeven (stap 4).",
  "problem.kboInvalid":
    "Ondernemingsnummer (KBO) {value}: geen geldig nummer (tien cijfers, met een controle op 97). Controleer het (stap 4).",
  "problem.emailInvalid": "E-mail {value}: geen e-mailadres. Controleer het (stap 4).",
  "problem.duplicateInsz":
    "{n} INSZ-{n|nummer komt|nummers komen} op meer dan één rij voor ({rows} rijen meer dan personen): die personen zouden meer dan eens geteld worden. Houd één rij per persoon in de export en zoek de gegevens opnieuw (stap 1).",
  "read.totalsLeftOut":
    "Rij {row} begint met “{label}” en is gelezen als totaalrij, niet als personeelslid: {n} {n|rij|rijen} onderaan {n|telt|tellen} niet mee.",
  "describe.mergePart": "{label} ({n})",
  "describe.mergeMore": "nog {n} {n|groep|groepen}",
  "describe.merge": "{from} → {into}",
  "linkage.invalidNote":
    "{n} {n|cel|cellen} van de INSZ-kolom {n|bevat|bevatten} geen geldig INSZ-nummer (eerst op rij {row}): {n|die persoon kan|die personen kunnen} niet gekoppeld worden en zouden ontbreken in de tabellen van de KSZ. Verbeter ze in de export (stap 1).",
  "problem.answerLanguage":
    "Geschreven in een andere taal dan de aanvraag ({lang}): {fields}. Vertaal het antwoord, of kies de taal van het aanvraagblad (stap 4).",
  "language.nl": "Nederlands",
  "language.fr": "Frans",
  "language.en": "Engels",
  "problem.auditFailed":
    "{n} kleine {n|cel kan|cellen kunnen} nog uit de gepubliceerde tabellen worden teruggerekend: kies een grovere indeling (stap 3).",
  "problem.auditUnconfirmed":
    "Voor {n} kleine {n|cel|cellen} kon de audit de controle in gehele getallen niet op tijd afronden; het is niet zeker dat {n|die cel|die cellen} veilig {n|is|zijn}: kies een grovere indeling of minder variabelen per tabel (stap 3).",
  "status.ready": "Klaar om te versturen: alle verplichte antwoorden zijn gegeven en niets spreekt elkaar tegen.",
  "status.draft":
    "Ontwerp, nog niet klaar om te versturen: {missing} {missing|antwoord|antwoorden} {missing|ontbreekt|ontbreken}, {problems} {problems|probleem|problemen} op te lossen.",
  "status.problems": "Op te lossen:",
  "filled.keyMissing":
    "Er worden eigen gegevens gevraagd, maar er is nog geen INSZ-lijst gekoppeld: zo kan de aanvraag niet verstuurd worden",
  "check.title": "Controle op kleine cellen",
  "check.threshold": "Drempel: een cel van 1 tot en met {below} {below|persoon|personen} is klein (minimum {k}).",
  "check.legend.small": "Klein: te weinig personen om te publiceren",
  "check.legend.secondary": "Ook onderdrukt: zou via aftrekking een kleine cel prijsgeven",
  "check.legend.safe": "Veilig",
  "check.total": "Totaal",
  "check.layer": "{dimension}: {value}",
  "check.summary":
    "{small} kleine {small|cel|cellen}, nog {secondary} onderdrukt om ze te beschermen; {persons} {persons|persoon zit|personen zitten} in verborgen cellen.",
  "check.fullGroup":
    "De hele groep {group} ({count} {count|persoon|personen}) deelt {value}: dit onthult een kenmerk van de hele groep.",
  "check.prediction":
    "{group}: {persons} {persons|persoon|personen} over {categories} categorieën; er ontstaat zeker een cel van hoogstens {atMost} {atMost|persoon|personen}.",
  "check.predictionTitle": "Voorspeld voor variabelen die enkel de KSZ heeft",
  "check.noTables": "Nog geen tabel gevraagd.",
  "check.warnings": "Waarschuwingen",
  "linkage.banner":
    "PERSOONSGEGEVENS. Dit blad bevat identificatienummers van de sociale zekerheid (INSZ). Bezorg het enkel via een beveiligd kanaal aan de KSZ en verwijder het na verzending. Voeg het nooit bij de aanvraag.",
  "linkage.insz": "INSZ",
  "linkage.invalidTitle": "Weggelaten: ongeldige INSZ's, te verbeteren in de bron",
  "linkage.row": "Rij",
  "linkage.reason": "Reden",
  "linkage.count": "{n} {n|personeelslid|personeelsleden}",
  "variable.sex": "Geslacht",
  "variable.ageBand": "Leeftijdsklasse",
  "variable.originGroup": "Herkomstgroep",
  "filled.moreCells": "… en nog {n}",
  "filled.fewerThan": "minder dan {k}",
  "filled.cellLine": "{table} – {cell}",
  "status.safe": "veilig",
  "sex.M": "Mannen",
  "sex.F": "Vrouwen",
  "sex.X": "X",
  "cli.help.program":
    "Bereid een aanvraag van anonieme diversiteitsgegevens bij de KSZ voor vanuit een personeelsexport (.xlsx).",
  "cli.help.inspect":
    "Toon de gevonden tabel, de rij met kolomkoppen, de rol en zekerheid van elke kolom, en problemen in waarden.",
  "cli.help.recode": "Voeg kolommen met leeftijdsklassen en nationaliteitsgroepen toe, in een nieuwe werkmap.",
  "cli.help.check":
    "Maak een kruistabel van de opgegeven variabelen en markeer cellen die te klein zijn om anoniem te blijven.",
  "cli.help.request":
    "Schrijf het controleblad en het aanvraagblad (en het koppelingsblad met --linkage) in een nieuwe werkmap.",
  "cli.help.prepare":
    "Het hele werk: inspecteren, hercoderen, controleren en aanvragen, in één nieuwe werkmap, met een korte samenvatting.",
  "cli.help.sheet": "blad met de gegevens (standaard: het eerste blad met gegevens)",
  "cli.help.ageScheme": "leeftijdsklassen: default | flemish | two | custom:25,35,45,55",
  "cli.help.originScheme": "herkomstgroepen: detailed | four | eu | two",
  "cli.help.referenceDate": "datum als JJJJ-MM-DD, bv. 2024-12-31 (standaard: 31 december van vorig jaar)",
  "cli.help.map": "stel de rol van een kolom in ({roles}); herhaalbaar",
  "cli.help.json": "druk één JSON-object af in plaats van tekst",
  "cli.help.output": "nieuwe werkmap om te schrijven",
  "cli.help.dims":
    "variabelen van de tabel, gescheiden door komma's: rollen of kolomkoppen, plus ageBand en originGroup",
  "cli.help.threshold": "minimale celgrootte (standaard 5)",
  "cli.help.zerosSmall": "tel lege cellen ook als klein",
  "cli.help.failOnSmall": "stop met code 3 als er een kleine cel is",
  "cli.help.lang":
    "taal van het aanvraagblad: nl, fr of en (standaard de taal van uw systeem, of die van de bewaarde keuzes)",
  "cli.help.strict":
    "stop met code 3 als de aanvraag niet klaar is om te versturen (ontbrekende antwoorden of problemen), na het schrijven van het ontwerp",
  "cli.help.sendCopy":
    "schrijf ook het bestand om naar de KSZ te sturen: enkel het aanvraagblad, geen personeelsgegevens",
  "cli.withCheckRefused":
    "{option} wordt geweigerd: het controleblad bevat de echte aantallen van de kleine cellen, en die horen niet in het bestand dat u verstuurt (naast de tabellen van de KSZ zou uw instelling ze kunnen lezen). Verstuur het bestand zonder: rubriek 9 van de aanvraag (Anonimiteit) somt de te verbergen cellen op.",
  "cli.help.withCheck": "zet ook het blad met de controle op kleine cellen in dat bestand",
  "cli.summary.sendCopyDraft":
    "Kopie geschreven om na te lezen: {file} (enkel de aanvraag, geen personeelsgegevens). Het is een ONTWERP, nog niet naar de KSZ te sturen: {missing} {missing|antwoord|antwoorden} ontbreken, {problems} {problems|probleem|problemen} (hierboven en op het blad vermeld). Stuur nooit {output}: dat bevat de personeelslijst.",
  "cli.summary.sendCopy":
    "Te versturen naar de KSZ: {file} (enkel de aanvraag, geen personeelsgegevens). Verstuur nooit {output}: dat bevat de personeelslijst.",
  "cli.help.linkage":
    "schrijf ook het INSZ-koppelingsblad (persoonsgegevens: alleen via een beveiligd kanaal versturen)",
  "cli.help.answers": "de antwoorden van de analist (zie README)",
  "cli.help.help": "toon deze hulp",
  "cli.help.helpCommand": "toon de hulp bij een opdracht",
  "cli.help.usage": "Gebruik:",
  "cli.help.options": "Opties:",
  "cli.help.commands": "Opdrachten:",
  "cli.help.arguments": "Argumenten:",
  "cli.error.unknownCommand": "Onbekende opdracht {name}. Voer diversity-request --help uit om de opdrachten te zien.",
  "cli.error.unknownOption":
    "Onbekende optie {option}. Voer diversity-request {command} --help uit om de opties te zien.",
  "cli.error.missingArgument": "{name} ontbreekt: geef de werkmap op die gelezen moet worden.",
  "cli.error.missingOption": "Optie {option} is hier verplicht.",
  "cli.error.optionArgument": "Optie {option} heeft een waarde nodig.",
  "cli.error.invalidChoice": "Optie {option} aanvaardt {value} niet: kies {choices}.",
  "cli.error.excessArguments":
    "Te veel argumenten. Voer diversity-request {command} --help uit om te zien wat de opdracht verwacht.",
  "cli.error.usage": "{message}",
  "cli.error.unreadable": "Kan {file} niet lezen: {detail}",
  "cli.error.noTable": "Geen tabel gevonden in {file}: {detail}",
  "cli.error.sameOutput":
    "{file} wordt al gebruikt door deze opdracht (de volledige uitvoer of het antwoordenbestand): geef elk bestand een eigen naam.",
  "cli.error.sameFile":
    "De uitvoer {file} is het invoerbestand: kies een andere naam, de invoer wordt nooit overschreven.",
  "cli.error.ageScheme": "Leeftijdsindeling {value}: {detail}",
  "cli.error.originScheme": "Herkomstgroepering {value} is onbekend: gebruik detailed, four, eu of two.",
  "cli.error.threshold": "--threshold {value}: geef een geheel getal van 2 of meer, in cijfers (bijvoorbeeld 5 of 10).",
  "cli.error.emptyPath": "Geen invoerbestand: de opgegeven bestandsnaam is leeg.",
  "cli.error.notAFile": "{file} is geen gewoon bestand maar een pipe of een apparaat: geef een .xlsx-bestand op.",
  "cli.error.referenceDate": "Referentiedatum {value} is geen datum in de vorm JJJJ-MM-DD.",
  "cli.error.map": "--map {value}: schrijf ROL=KOLOMKOP met een rol uit {roles} en een kolomkop van blad {sheet}.",
  "cli.error.dim":
    "--dims {value}: geen variabele die de controle kent. Gebruik ageBand, originGroup, sex, department, functionLevel, status, of de kolomkop van een kolom met een van die rollen.",
  "cli.error.answers": "Het antwoordenbestand {file} is geen geldige JSON: {detail}",
  "cli.error.emptyOutput": "De naam van de uitvoer is leeg: geef -o de naam van een nieuw .xlsx-bestand.",
  "cli.error.specialOutput":
    "Kan niet schrijven naar {file}: dat is een systeemmap, geen plaats voor bestanden. Kies een eigen map.",
  "cli.help.verbose": "voeg de eigen fouttekst van de software toe aan meldingen (voor een foutrapport)",
  "cli.error.xls":
    "{file} is een Excel 97-2003-werkmap (.xls): open ze in Excel en bewaar ze als .xlsx, en probeer het opnieuw.",
  "cli.error.encrypted":
    "{file} is beveiligd met een wachtwoord: open ze in Excel, verwijder het wachtwoord (Bestand > Info > Werkmap beveiligen), bewaar ze en probeer het opnieuw.",
  "cli.error.ods":
    "{file} is een OpenDocument-rekenblad (.ods): bewaar het als .xlsx (Excel of LibreOffice: Opslaan als) en probeer het opnieuw.",
  "cli.error.csv":
    "{file} is een CSV-tekstbestand, geen werkmap: open het in Excel en bewaar het als .xlsx, en probeer het opnieuw.",
  "cli.error.damaged":
    "{file} is beschadigd of is geen Excel-werkmap: open het in Excel en bewaar het opnieuw als .xlsx, of exporteer het opnieuw.",
  "cli.error.answersMissing": "Het antwoordbestand {file} bestaat niet: controleer de naam en de map.",
  "cli.error.answersNotObject":
    "Het antwoordenbestand {file} bevat geen object met antwoorden (maar bijvoorbeeld null of een lijst): het moet één JSON-object zijn met per veld een antwoord.",
  "cli.error.answersMistyped":
    "In het antwoordenbestand {file} is dit geen tekst of ja/nee zoals verwacht: {fields}. Schrijf een tekst tussen aanhalingstekens, of true of false.",
  "cli.error.answersNotFile": "{file} is geen antwoordbestand: geef het pad van een .json-bestand.",
  "cli.error.answersTooLarge":
    "Het antwoordbestand {file} is groter dan 1 MB: een antwoordbestand is enkele kilobytes JSON; controleer of u het juiste bestand gaf.",
  "error.identifierAsCategory":
    "De kolom {header} bevat persoonsidentificatoren (INSZ-nummers, namen of geboortedata): ze kan geen dienst, niveau of statuut zijn. Wijs een andere kolom aan (stap 1, of --map).",
  "error.nearlyUnique":
    "De kolom {header} heeft voor bijna elke persoon een andere waarde ({distinct} waarden voor {rows} personen): ze identificeert personen en kan geen categorie zijn. Wijs een kolom voor dienst, niveau of statuut aan (stap 1, of --map), of groepeer de waarden.",
  "recode.dateReading.monthFirst":
    "{column}: datums zoals 03/04/1980 zijn gelezen met de maand eerst (4 maart): {monthFirst} {monthFirst|waarde|waarden} {monthFirst|bewijst|bewijzen} het (een tweede deel boven 12) en geen enkele de andere volgorde.",
  "recode.dateReading.mixed":
    "{column}: {dayFirst} {dayFirst|datum|datums} {dayFirst|bewijst|bewijzen} dag eerst en {monthFirst} maand eerst; de {undecided} die beide kunnen zijn, zijn onbekend gelaten en per rij gemeld: verbeter ze in de gegevens.",
  "format.listSeparator": "; ",
  "format.labelValue": "{label}: {value}",
  "screen.placeholder": "persoonsgegeven weggelaten",
  "screen.groups":
    "{header}: {count} {count|waarde|waarden} {count|bevat|bevatten} persoonsgegevens (een INSZ, een naam of een geboortedatum van het personeel) en staan als “[{placeholder} n]” in de nieuwe kolommen en bladen; de gegevens zelf zijn niet geschreven. Verbeter die cellen in de kolom {header}.",
  "screen.answers":
    "{count} {count|antwoord|antwoorden} {count|bevat|bevatten} een INSZ of een geboortedatum van het personeel: ze staan als “[{placeholder} n]” in het aanvraagblad. Schrijf het antwoord zonder persoonsgegevens.",
  "screen.headers":
    "{count} {count|kolomkop|kolomkoppen} {count|bevat|bevatten} een INSZ, een naam of een geboortedatum van het personeel: de aanvraag noemt {count|die kolom|die kolommen} “[{placeholder} n]”. Geef de kolom een kop zonder persoonsgegevens.",
  "screen.entries":
    "{count} bewaarde {count|keuze|keuzes} gingen over een waarde met persoonsgegevens (een INSZ, een naam of een geboortedatum van het personeel): ze zijn niet bewaard. Verbeter die waarde in de gegevens.",
  "settings.notOurSheet":
    "De bewaarde keuzes noemen het blad {sheet} als aanvraagblad, maar deze invoegtoepassing heeft het niet geschreven: de cellen ervan zijn niet als antwoorden gelezen.",
  "limit.rows":
    "{subject}: het blad zegt {actual} rijen te hebben, meer dan de 1.048.576 van Excel. Het bestand komt niet uit Excel of is beschadigd: open het in Excel en sla het opnieuw op.",
  "limit.columns":
    "{subject}: {actual} kolommen, meer dan de 16.384 van Excel: de gehercodeerde kolommen passen er niet meer naast. Verwijder de ongebruikte kolommen rechts van de gegevens en probeer het opnieuw.",
  "limit.categoriesPerDimension":
    "{subject} heeft {actual} verschillende waarden, meer dan de 1.000 groepen die een tabel kan tonen: groepeer de waarden eerst (stap 1, of de instellingen).",
  "limit.tablesPerRequest":
    "De aanvraag vraagt {actual} tabellen: er mogen er hoogstens 30 zijn. Kies minder tabellen.",
  "limit.dimensionsPerTable":
    "Een tabel kruist {actual} variabelen: in één tabel kunnen er hoogstens 5 gekruist worden. Kies er minder voor die tabel.",
  "limit.unzippedBytes":
    "{subject} pakt uit tot {actual} bytes, meer dan een werkmap hier mag bevatten (2 GB): het is geen personeelsexport, of het is beschadigd.",
  "limit.compressionRatio":
    "{subject} bevat een deel dat bij het uitpakken {actual} keer groter wordt: het is geen gewone werkmap (een “zip-bom”) en wordt niet gelezen.",
  "limit.cellText": "{subject}: een cel bevat {actual} tekens, meer dan de 32.767 van Excel.",
  "cli.error.noDataRows":
    "{file}: het blad {sheet} heeft een rij met kolomkoppen, maar geen gegevensrijen eronder. Open de export en kijk na of het personeel erin staat.",
  "error.noData.noSheet": "geen enkel zichtbaar blad bevat gegevens",
  "error.noData.emptySheet": "het blad {sheet} is leeg",
  "error.noData.unknownSheet": "er is geen blad {sheet}",
  "error.noData.rememberedGone": "het blad {sheet} waar de gegevens de vorige keer stonden, bestaat niet meer",
  "error.noData.whichSheet": "meer dan één blad kan de gegevens bevatten",
  "command.noData.choose":
    "Geen gegevens gevonden: {detail}. Open het paneel (Start > Diversiteit > Paneel openen) en kies bij stap 1 het blad met de personeelslijst.",
  "command.dataElsewhere":
    "De gegevens kwamen van blad {data}, zoals de vorige keer, en niet van blad {active}. Om de gegevens van blad {active} te nemen, kiest u dat blad in het paneel bij stap 1.",
  "command.noData":
    "Geen gegevens gevonden: {detail}. Open het blad met de personeelslijst en klik opnieuw op de knop.",
  "cli.read.missing": "het bestand bestaat niet: controleer de naam en de map",
  "cli.read.folder": "dat is een map, geen bestand: geef het pad naar de .xlsx-werkmap",
  "cli.read.access": "u mag het niet lezen: vraag toegang of kopieer het naar een eigen map",
  "cli.read.other": "controleer het bestand en probeer het opnieuw",
  "cli.read.json": "de fout zit bij teken {at}",
  "cli.write.access": "u mag daar niet schrijven (kies een eigen map)",
  "cli.write.readOnly": "die plaats is alleen-lezen",
  "cli.write.full": "de schijf is vol",
  "cli.write.folder": "die naam is een map: geef een bestandsnaam die op .xlsx eindigt",
  "cli.write.noFolder": "de map bestaat niet",
  "cli.write.other": "controleer de map en de naam en probeer het opnieuw",
  "cli.error.write": "Kan {file} niet schrijven: {detail}",
  "cli.progress.reading": "{file} lezen: {rows} rijen",
  "cli.inspect.table": "Tabel: blad {sheet}, {address}; kolomkoppen op rij {row}; {rows} gegevensrijen.",
  "cli.inspect.column": "  {letter} {header}: {role} ({confidence}%)",
  "cli.inspect.problems": "Problemen met waarden:",
  "cli.inspect.problem": "  {column}: {count} × {reason}",
  "cli.inspect.none": "Geen problemen met waarden gevonden.",
  "cli.summary.recoded": "{rows} rijen gehercodeerd: {columns}.",
  "cli.summary.unknown": "{column}: {count} onbekend ({values}).",
  "cli.summary.invalid": "{column}: {count} onleesbare {count|cel|cellen}, de eerste op rij {row} ({reason}).",
  "cli.summary.check":
    "Controle kleine cellen (drempel {k}): {tables} {tables|tabel|tabellen}, {small} kleine {small|cel|cellen}, {secondary} onderdrukt om ze te beschermen.",
  "cli.summary.suggestion": "Veiligere groepering ({loss}% informatie verloren): {levels}.",
  "cli.summary.missing": "Nog te beantwoorden in de aanvraag: {count} ({first}…).",
  "cli.summary.complete": "De aanvraag is volledig.",
  "cli.summary.written": "Geschreven: {file} (bladen: {sheets}).",
  "level.asRequested": "zoals gevraagd",
  "level.mergeUnder": "groepen met minder dan {n} {n|persoon|personen} samengevoegd tot Andere",
  "pane.busy.save": "Keuzes in de werkmap bewaren…",
  "pane.unsaved":
    "Uw keuzes staan nog niet in de werkmap. Ze worden bewaard bij de volgende stap die in de werkmap schrijft (hercoderen, controleren of de aanvraag maken), of nu met de knop hieronder. Tot dan schrijft deze invoegtoepassing niets in de werkmap.",
  "pane.saveChoices": "Keuzes nu in de werkmap bewaren",
  "undo.cleared":
    "Excel op deze computer kan niet ongedaan maken wat een invoegtoepassing schrijft: na de eerste stap die in de werkmap schrijft, kunt u met Ctrl+Z ook uw eigen eerdere wijzigingen niet meer ongedaan maken. Bewaar de werkmap eerst als u een weg terug wilt houden.",
  "undo.steps":
    "Elke stap die in de werkmap schrijft, is één stap voor Ctrl+Z. Alleen de eerste keer (een verborgen blad voor de keuzes) en een andere taal voor de aanvraag (de bladen krijgen een nieuwe naam) wissen wat Ctrl+Z daarvoor ongedaan kon maken.",
  "error.changedElsewhere":
    "Iemand anders heeft keuzes in deze werkmap bewaard sinds ze hier gelezen werden (samen bewerken). Er is niets over hun keuzes heen geschreven. Neem hun keuzes over, of bewaar de uwe erover, en voer de stap dan opnieuw uit.",
  "pane.conflict.theirs": "Hun keuzes overnemen",
  "pane.conflict.mine": "Mijn keuzes erover bewaren",
  "pane.readOnly":
    "Deze werkmap is alleen-lezen geopend: de gehercodeerde kolommen, de controle en de aanvraag worden geschreven, maar Excel bewaart ze alleen als u de werkmap onder een andere naam opslaat (Bestand > Opslaan als). Of sluit ze en open ze eerst om te bewerken.",
  "pane.loading": "Deze stap wordt geladen…",
  "pane.error.pageData":
    "Een deel van het deelvenster kon niet worden geladen van de server van de invoegtoepassing. Controleer de verbinding, sluit het deelvenster en open het opnieuw. Er is niets in de werkmap gewijzigd.",
  "pane.busy.detect": "Gegevens zoeken…",
  "pane.busy.read": "Rijen lezen…",
  "pane.busy.recode": "Hercoderen…",
  "pane.busy.check": "Kleine cellen controleren…",
  "pane.busy.generate": "Aanvraagblad schrijven…",
  "pane.busy.open": "Bestand openen…",
  "pane.progress": "{done} van {total} rijen",
  "pane.cancel": "Annuleren",
  "pane.cancelled": "Gestopt. De geannuleerde stap heeft niets gewijzigd.",
  "outside.noOffice.title": "Office.js kon niet geladen worden",
  "outside.noOffice.body":
    "Het paneel heeft Office.js nodig, de bibliotheek van Microsoft die het met Excel verbindt, van het adres appsforoffice.microsoft.com. Dat adres was niet bereikbaar: uw netwerk of proxy blokkeert het misschien. Vraag uw IT-dienst om het toe te laten, en sluit en open het paneel dan opnieuw. Intussen werkt de losse pagina op een .xlsx-bestand in uw browser:",
  "outside.title": "Dit paneel werkt in Excel",
  "outside.body":
    "U opende het buiten Excel: hier is geen werkmap om mee te werken. Open het paneel in Excel (Windows, Mac of Excel op het web), of verwerk een .xlsx-bestand in uw browser met de losse pagina:",
  "outside.link": "Diversiteitsaanvraag voor een .xlsx-bestand",
  "pane.error.title": "Er ging iets mis",
  "error.cellEditMode":
    "Excel is een cel aan het bewerken. Druk op Enter of Esc om de bewerking te beëindigen en probeer het opnieuw.",
  "error.protected":
    "Het blad of de werkmap is beveiligd; er kon niets worden geschreven. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw.",
  "error.busy": "Excel is met ander werk bezig. Wacht even en probeer het opnieuw.",
  "pane.error.noData":
    "Geen gegevens gevonden: {detail}. Selecteer een cel in uw personeelstabel en klik opnieuw op Detecteren vanaf de selectie.",
  "pane.error.generic": "{detail}. Probeer het opnieuw; gebeurt het weer, open het paneel dan opnieuw.",
  "pane.error.needDetect": "Zoek eerst de gegevens in stap 1.",
  "pane.error.needRecode": "Hercodeer eerst in stap 3.",
  "pane.dismiss": "Sluiten",
  "decide.source": "Gegevens",
  "decide.source.table": "Excel-tabel {name} op blad {sheet} ({rows} rijen), kolomkoppen op rij {header}",
  "decide.source.range": "Bereik {address} ({rows} rijen), kolomkoppen op rij {header}",
  "decide.otherSheet":
    "De gegevens komen van blad {data}, het blad waar ze de vorige keer stonden. U staat nu op blad {active}; de gegevens van dat blad worden pas genomen als u dat hieronder kiest.",
  "decide.takeActive": "Gegevens van blad {active} nemen",
  "decide.source.none": "Nog geen gegevens gevonden.",
  "decide.detect": "Detecteren vanaf de selectie",
  "decide.roles": "Rollen van de kolommen",
  "decide.role.for": "Rol van kolom {header}",
  "decide.confidence": "{n}% zeker",
  "decide.referenceDate": "Referentiedatum (leeftijden op deze dag)",
  "decide.referenceFromTitle":
    "Referentiedatum {date}, overgenomen uit de titel van de export, die ze aanduidt als de dag van de gegevens: “{phrase}”. Wijzig ze hier als de aanvraag over een andere dag gaat.",
  "decide.referenceDefault":
    "De titel van de export duidt geen dag van de gegevens aan, dus geldt de standaard referentiedatum: 31 december van vorig jaar ({date}). Wijzig ze hier als de aanvraag over een andere dag gaat.",
  "decide.ksz": "Op te vragen bij de KSZ",
  "decide.own": "Eigen variabelen koppelen",
  "describe.ageScheme": "Leeftijdsklassen",
  "describe.customBounds": "Eigen klassengrenzen (bv. 25;35;45;55)",
  "describe.custom": "Eigen indeling",
  "describe.originScheme": "Herkomstgroepen",
  "describe.recode": "Hercoderen",
  "describe.recoded": "{rows} rijen gehercodeerd. Nieuwe kolommen: {columns}.",
  "describe.distribution": "{title}: verdeling",
  "describe.unknown": "Waarden die onbekend werden",
  "describe.assign": "{value} plaatsen",
  "describe.assign.none": "Onbekend laten",
  "format.reasonGroup": "{reason} ({count} ×, eerst op rij {row})",
  "describe.moreFindings": "Nog {n} {n|bevinding|bevindingen} van deze soort op het blad {sheet}.",
  "describe.invalid": "{count} onleesbare {count|cel|cellen} in {column}, de eerste op rij {row}: {reason}",
  "describe.groupings": "Groepering van {variable}",
  "describe.mergeUnder": "Groepen onder dit aantal personen samenvoegen tot Andere (0: nooit)",
  "describe.rename": "Groepsnaam voor {value}",
  "describe.check": "Controle op kleine cellen",
  "describe.tables": "Te vragen tabellen",
  "describe.addTable": "Tabel toevoegen",
  "describe.removeTable": "Tabel {table} verwijderen",
  "describe.tableFirst": "Eerste variabele",
  "describe.tableSecond": "Tweede variabele",
  "describe.threshold": "Minimale celgrootte",
  "describe.runCheck": "Kleine cellen controleren",
  "describe.checkResult":
    "{table}: {small} klein, nog {secondary} onderdrukt ({persons} {persons|persoon|personen} verborgen)",
  "describe.checkSheet": "Kleine cellen staan in het rood op het blad {sheet}.",
  "describe.predicted":
    "{table}: {count} {count|groep|groepen} die waarschijnlijk kleine cellen geven (de KSZ vult {variables} in)",
  "describe.suggestions": "Veiligere groeperingen",
  "describe.suggestion": "Verloren informatie: {loss}%",
  "describe.suggestion.unknown": "{n} kleine {n|cel blijft|cellen blijven} in Onbekend: verbeter de brongegevens.",
  "describe.apply": "Toepassen",
  "describe.noSuggestion": "Geen enkele groepering verwijdert alle kleine cellen: de KSZ zal ze onderdrukken.",
  "describe.applied": "Groepering toegepast: opnieuw gehercodeerd en gecontroleerd.",
  "describe.audit.passed":
    "Audit geslaagd: geen enkele kleine cel kan uit de gepubliceerde cijfers worden teruggerekend.",
  "describe.audit.failed":
    "Audit niet geslaagd: {n} kleine {n|cel kan|cellen kunnen} nog worden teruggerekend. Kies een grovere indeling.",
  "describe.audit.unconfirmed":
    "Audit niet voltooid: voor {n} kleine {n|cel|cellen} kon de controle in gehele getallen niet op tijd worden afgerond; het is niet zeker dat {n|die cel|die cellen} veilig {n|is|zijn}. Kies een grovere indeling of minder variabelen per tabel.",
  "describe.audit.none": "Niet geauditeerd: de controle kon haar audit niet uitvoeren.",
  "describe.unplaced":
    "{table}: {n} {n|persoon|personen} niet ingedeeld (geboortedatum of nationaliteit onleesbaar). De KSZ deelt hen wel in, dus haar aantallen kunnen tot {n} hoger liggen.",
  "describe.explain.suppressed":
    "Onderdrukt: een cel die de tabel niet toont, omdat ze te weinig personen telt, of omdat een kleine cel anders door aftrekken te berekenen zou zijn.",
  "describe.explain.loss":
    "Verloren informatie: hoeveel detail de grovere indeling wegneemt; 0% behoudt elke categorie, 100% zet iedereen in één groep.",
  "describe.protected":
    "Beschermd door onderdrukking: {hidden} {hidden|cel|cellen} {hidden|wordt|worden} niet getoond. Een grovere indeling hieronder toont meer van de tabel.",
  "describe.recodedImplausible":
    "{rows} rijen gehercodeerd, maar {share}% van {column} is onbekend: kijk in stap 1 of de juiste kolom is aangewezen, of verbeter de export.",
  "describe.allSafe": "Geen kleine cellen: elke tabel kan veilig gevraagd worden.",
  "motivate.purpose": "Doel",
  "motivate.preset.free": "Eigen tekst",
  "motivate.ethics": "Ethische checklist",
  "motivate.redraft": "Opnieuw opstellen op basis van mijn keuzes",
  "request.fields": "Aanvrager, contact en levering",
  "request.completeness": "Volledigheid",
  "request.complete": "Alle verplichte antwoorden zijn ingevuld.",
  "request.missingCount": "Nog {n} {n|antwoord|antwoorden} {n|ontbreekt|ontbreken}:",
  "request.sheetLang": "Taal van het aanvraagblad",
  "request.linkage":
    "Ook het INSZ-koppelingsblad schrijven (persoonsgegevens: enkel via een beveiligd kanaal versturen)",
  "request.generate": "Aanvraagblad maken",
  "pane.generatedDraft":
    "Het aanvraagblad {sheet} is geschreven als ontwerp: {missing} {missing|antwoord|antwoorden} {missing|ontbreekt|ontbreken}, {problems} {problems|probleem|problemen} op te lossen. Stap 4 somt ze op.",
  "request.draftBanner": "ONTWERP: nog niet klaar om naar de KSZ te sturen. Nog {n} {n|open punt|open punten}:",
  "request.sendAdvice":
    "Stuur de KSZ enkel de kopie met het aanvraagblad. Stuur nooit de hele werkmap: die bevat de personeelslijst met namen en INSZ-nummers. De INSZ-koppellijst gaat apart, via het beveiligde kanaal van de KSZ.",
  "request.checkForm":
    "Vergelijk de aanvraag vóór het versturen met het actuele formulier van de KSZ: het blad volgt het “Basisschema voor gegevensaanvragen”, niet noodzakelijk de laatste versie.",
  "request.sendCopyRefused":
    "Excel wou de kopie niet als nieuwe werkmap openen (een beveiligingsregel van uw organisatie kan dat verbieden). De kopie maken in Excel: klik met de rechtermuisknop op het tabblad {sheet} > Verplaatsen of kopiëren > Naar map: (nieuwe map), vink Kopie maken aan, en bewaar die nieuwe werkmap.",
  "request.sendCopyManual":
    "De kopie maken in Excel: klik met de rechtermuisknop op het tabblad {sheet} > Verplaatsen of kopiëren > Naar map: (nieuwe map), vink Kopie maken aan, en bewaar die nieuwe werkmap.",
  "request.sendCopy": "Kopie om te versturen downloaden (enkel de aanvraag)",
  "standalone.copySuffix": "te-versturen",
  "request.sendCopyOpened":
    "Een nieuwe werkmap met enkel het aanvraagblad is geopend: bewaar ze en stuur dat bestand naar de KSZ.",
  "pane.busy.copy": "Kopie om te versturen maken…",
  "request.sendCopyExcel": "Kopie om te versturen openen in een nieuwe werkmap (enkel de aanvraag)",
  "decide.noBirthDate":
    "Geen enkele kolom bevat geboortedata of leeftijden: leeftijdsklassen worden niet uit deze export geteld (de KSZ kent elke geboortedatum, dus de controle voorspelt ze). Bevat een kolom toch geboortedata, wijs ze dan hier aan.",
  "pane.generated": "Het aanvraagblad {sheet} is geschreven en klaar om te versturen.",
  "request.goTo": "Naar het blad",
  "request.download": "Werkmap downloaden",
  "standalone.open": "Een .xlsx-bestand openen",
  "standalone.drop": "of sleep het hierheen. Het bestand blijft op deze computer.",
  "standalone.file": "Bestand: {name}",
  "standalone.preview": "Voorbeeld van {sheet}",
  "standalone.download": "Downloaden",
  "standalone.saving": "Bestand wordt klaargemaakt…",
  "standalone.downloadHint":
    "Bewaart een kopie met de nieuwe kolommen en bladen; het geopende bestand blijft zoals het was.",
  "standalone.fileSuffix": "aanvraag",
  "standalone.notXlsx": "{name} is geen .xlsx-werkmap: kies een bestand dat bewaard is als Excel-werkmap (.xlsx).",
  yes: "Ja",
  no: "Nee",
  "settings.damaged":
    "De keuzes die in deze werkmap bewaard zijn, konden niet gelezen worden (het verborgen blad DiversityRequest_settings is beschadigd); de standaardwaarden worden gebruikt. Uw volgende wijziging bewaart nieuwe keuzes.",
  "command.missingRole":
    "{command}: geen kolom {role} gevonden. Open het paneel (Start > Diversiteit > Paneel openen) en stel de rol van de kolom in bij stap 1.",
  "command.missingRole.inPane":
    "{command}: geen kolom {role} gevonden, er is niets geschreven. Klik hieronder op Detecteren vanaf de selectie, geef die kolom haar rol bij Rollen van de kolommen en voer de opdracht opnieuw uit.",
  "command.failed.inPane":
    "{command} is niet voltooid: {detail}. Controleer hieronder de gegevensbron (selecteer een cel in de personeelstabel en detecteer opnieuw) en probeer het opnieuw.",
  "command.busy":
    "{command} is niet uitgevoerd: het paneel is nog bezig met de werkmap. Wacht tot het klaar is of annuleer, en probeer het opnieuw.",
  "command.fixable": "{command} is niet voltooid. {detail}",
  "command.failed": "{command} is niet voltooid: {detail}. Open het paneel voor meer uitleg en probeer het opnieuw.",
  "command.done": "{command}: klaar. {detail}",
  "command.recodeAges": "Leeftijden hercoderen",
  "command.recodeNationalities": "Nationaliteiten hercoderen",
  "command.checkSmallCells": "Kleine cellen controleren",
  "command.generateRequest": "Aanvraag maken",
  "notice.close": "Sluiten",
  "limit.cellTextCut":
    "{count} {count|cel bevatte|cellen bevatten} meer dan de 32.767 tekens die Excel in een cel bewaart: de tekst is op die grens afgebroken en eindigt op “…”. Maak dat antwoord of die waarde korter.",
  "error.stale":
    "Het blad is veranderd sinds de gegevens gevonden werden (gesorteerd, of rijen of kolommen ingevoegd of verwijderd): er is niets geschreven. Zoek de gegevens opnieuw in stap 1 en voer dit daarna opnieuw uit.",
  "standalone.sheets": "Bladen van de werkmap",
  "request.example": "Bijvoorbeeld: {example}",
  "field.retention.hint": "Hoelang de instelling de tabellen bewaart, en wat er daarna mee gebeurt.",
  "field.retention.example": "Zolang het diversiteitsplan loopt, hoogstens 5 jaar, daarna verwijderd",
  "field.encryptionKey.hint":
    "De resultaten komen versleuteld met deze sleutel terug. Maak er een met een programma als Kleopatra (Gpg4win) en geef de publieke sleutel of de vingerafdruk ervan; de privésleutel blijft bij u.",
  "field.encryptionKey.example": "Publieke OpenPGP-sleutel (.asc-bestand) of de vingerafdruk ervan",
  "field.channel.hint":
    "Hoe de KSZ de tabellen terugstuurt. In haar vergelijkbare documenten zijn dat versleutelde tabellen per e-mail.",
  "field.channel.example": "Versleutelde tabellen per e-mail aan de contactpersoon",
  "field.statusTypes.hint":
    "Welk personeel de export bevat, bv. statutair en contractueel personeel, zonder stagiairs.",
  "pane.error.noDataFile":
    "Geen gegevens gevonden: {detail}. De pagina zoekt een blad met een rij kolomkoppen en het personeel in de rijen eronder: controleer het bestand of open een ander.",
  "decide.detectFile": "Gegevens opnieuw zoeken in het bestand",
  "why.sameVariable": "Kies twee verschillende variabelen.",
  "why.noTables": "Geen tabel om te controleren: voeg er hierboven een toe.",
  "why.nothingToRecode":
    "Niets te hercoderen: geen gevraagde variabele heeft een kolom (geboortedatum, leeftijd, nationaliteit of een eigen variabele). Wijs er een aan in stap 1.",
  "why.noDataFile": "Nog geen personeelstabel gevonden in dit bestand: zie stap 1.",
  "why.noData":
    "Nog geen gegevens gevonden: selecteer een cel in de personeelstabel en klik in stap 1 op Detecteren vanaf de selectie.",
  "why.busy": "Bezig: {work}. Wacht tot het klaar is, of klik op Annuleren.",
  "cli.error.pgp":
    "{file} is met PGP versleuteld, zoals de KSZ haar antwoord verstuurt: open het met Kleopatra (Gpg4win) of gpg en uw privésleutel, bewaar het ontsleutelde .xlsx- of .csv-bestand en geef dat bestand op.",
  "sheet.results": "Resultaten KSZ",
  "step.results.title": "Resultaten",
  "step.results.summary":
    "Lees het antwoord van de KSZ, toets het aan de aanvraag en zie waar de instelling staat: de aandelen per groep met hun interval, en de cellen die de KSZ verborg, blijven verborgen.",
  "sheet.tables": "Gevraagde tabellen",
  "tables.title": "De gevraagde tabellen, in te vullen door de KSZ",
  "tables.note":
    "Elke tabel zoals de aanvraag ze vraagt, met haar exacte categorieën. Vul in elke cel het aantal personen in; een cel die u niet publiceert, mag u markeren zoals u gewoonlijk doet (bijvoorbeeld x of <5). Dit blad bevat geen gegevens over het personeel van de instelling.",
  "tables.count": "Aantal personen",
};
