/**
 * Nationality words as Belgian HR exports write them, for the 60 nationalities most common among
 * residents of Belgium (Statbel, population by nationality), written for this corpus from dictionaries
 * (Van Dale, Le Robert, Duden, Oxford) and not from the libraries the parser uses.
 * Columns: ISO | nl adjective (feminine/attributive) | nl person noun | fr masculine | fr feminine |
 * en adjective | de adjective (feminine/attributive) | de person noun | nl plural of persons |
 * de plural of persons.
 */
export const NATIONALITY_WORDS = `
NL|Nederlandse|Nederlander|néerlandais|néerlandaise|Dutch|niederländische|Niederländer|Nederlanders|Niederländer
FR|Franse|Fransman|français|française|French|französische|Franzose|Fransen|Franzosen
IT|Italiaanse|Italiaan|italien|italienne|Italian|italienische|Italiener|Italianen|Italiener
RO|Roemeense|Roemeen|roumain|roumaine|Romanian|rumänische|Rumäne|Roemenen|Rumänen
MA|Marokkaanse|Marokkaan|marocain|marocaine|Moroccan|marokkanische|Marokkaner|Marokkanen|Marokkaner
ES|Spaanse|Spanjaard|espagnol|espagnole|Spanish|spanische|Spanier|Spanjaarden|Spanier
PL|Poolse|Pool|polonais|polonaise|Polish|polnische|Pole|Polen|Polen
PT|Portugese|Portugees|portugais|portugaise|Portuguese|portugiesische|Portugiese|Portugezen|Portugiesen
DE|Duitse|Duitser|allemand|allemande|German|deutsche|Deutscher|Duitsers|Deutsche
BG|Bulgaarse|Bulgaar|bulgare|bulgare|Bulgarian|bulgarische|Bulgare|Bulgaren|Bulgaren
TR|Turkse|Turk|turc|turque|Turkish|türkische|Türke|Turken|Türken
CD|Congolese (DRC)|Congolees (DRC)|congolais (RDC)|congolaise (RDC)|Congolese (DRC)|kongolesische (DR Kongo)|Kongolese (DR Kongo)|Congolezen (DRC)|Kongolesen (DR Kongo)
GR|Griekse|Griek|grec|grecque|Greek|griechische|Grieche|Grieken|Griechen
SY|Syrische|Syriër|syrien|syrienne|Syrian|syrische|Syrer|Syriërs|Syrer
IN|Indiase|Indiër|indien|indienne|Indian|indische|Inder|Indiërs|Inder
AF|Afghaanse|Afghaan|afghan|afghane|Afghan|afghanische|Afghane|Afghanen|Afghanen
UA|Oekraïense|Oekraïner|ukrainien|ukrainienne|Ukrainian|ukrainische|Ukrainer|Oekraïners|Ukrainer
CM|Kameroense|Kameroener|camerounais|camerounaise|Cameroonian|kamerunische|Kameruner|Kameroeners|Kameruner
RU|Russische|Rus|russe|russe|Russian|russische|Russe|Russen|Russen
GB|Britse|Brit|britannique|britannique|British|britische|Brite|Britten|Briten
BR|Braziliaanse|Braziliaan|brésilien|brésilienne|Brazilian|brasilianische|Brasilianer|Brazilianen|Brasilianer
IQ|Iraakse|Irakees|irakien|irakienne|Iraqi|irakische|Iraker|Irakezen|Iraker
CN|Chinese|Chinees|chinois|chinoise|Chinese|chinesische|Chinese|Chinezen|Chinesen
GN|Guinese|Guinees|guinéen|guinéenne|Guinean|guineische|Guineer|Guineeërs|Guineer
DZ|Algerijnse|Algerijn|algérien|algérienne|Algerian|algerische|Algerier|Algerijnen|Algerier
SK|Slowaakse|Slowaak|slovaque|slovaque|Slovak|slowakische|Slowake|Slowaken|Slowaken
HU|Hongaarse|Hongaar|hongrois|hongroise|Hungarian|ungarische|Ungar|Hongaren|Ungarn
LT|Litouwse|Litouwer|lituanien|lituanienne|Lithuanian|litauische|Litauer|Litouwers|Litauer
IE|Ierse|Ier|irlandais|irlandaise|Irish|irische|Ire|Ieren|Iren
US|Amerikaanse|Amerikaan|américain|américaine|American|amerikanische|Amerikaner|Amerikanen|Amerikaner
TN|Tunesische|Tunesiër|tunisien|tunisienne|Tunisian|tunesische|Tunesier|Tunesiërs|Tunesier
PK|Pakistaanse|Pakistaan|pakistanais|pakistanaise|Pakistani|pakistanische|Pakistaner|Pakistanen|Pakistaner
ER|Eritrese|Eritreeër|érythréen|érythréenne|Eritrean|eritreische|Eritreer|Eritreeërs|Eritreer
SN|Senegalese|Senegalees|sénégalais|sénégalaise|Senegalese|senegalesische|Senegalese|Senegalezen|Senegalesen
NG|Nigeriaanse|Nigeriaan|nigérian|nigériane|Nigerian|nigerianische|Nigerianer|Nigerianen|Nigerianer
PH|Filipijnse|Filipijn|philippin|philippine|Filipino|philippinische|Philippiner|Filipijnen|Philippiner
IR|Iraanse|Iraniër|iranien|iranienne|Iranian|iranische|Iraner|Iraniërs|Iraner
LB|Libanese|Libanees|libanais|libanaise|Lebanese|libanesische|Libanese|Libanezen|Libanesen
RW|Rwandese|Rwandees|rwandais|rwandaise|Rwandan|ruandische|Ruander|Rwandezen|Ruander
BI|Burundese|Burundiër|burundais|burundaise|Burundian|burundische|Burundier|Burundezen|Burundier
AL|Albanese|Albanees|albanais|albanaise|Albanian|albanische|Albaner|Albanezen|Albaner
XK|Kosovaarse|Kosovaar|kosovar|kosovare|Kosovar|kosovarische|Kosovare|Kosovaren|Kosovaren
MK|Macedonische|Macedoniër|macédonien|macédonienne|Macedonian|mazedonische|Mazedonier|Macedoniërs|Mazedonier
RS|Servische|Serviër|serbe|serbe|Serbian|serbische|Serbe|Serviërs|Serben
BA|Bosnische|Bosniër|bosnien|bosnienne|Bosnian|bosnische|Bosnier|Bosniërs|Bosnier
CZ|Tsjechische|Tsjech|tchèque|tchèque|Czech|tschechische|Tscheche|Tsjechen|Tschechen
SE|Zweedse|Zweed|suédois|suédoise|Swedish|schwedische|Schwede|Zweden|Schweden
AT|Oostenrijkse|Oostenrijker|autrichien|autrichienne|Austrian|österreichische|Österreicher|Oostenrijkers|Österreicher
DK|Deense|Deen|danois|danoise|Danish|dänische|Däne|Denen|Dänen
FI|Finse|Fin|finlandais|finlandaise|Finnish|finnische|Finne|Finnen|Finnen
LU|Luxemburgse|Luxemburger|luxembourgeois|luxembourgeoise|Luxembourgish|luxemburgische|Luxemburger|Luxemburgers|Luxemburger
CH|Zwitserse|Zwitser|suisse|suisse|Swiss|schweizerische|Schweizer|Zwitsers|Schweizer
JP|Japanse|Japanner|japonais|japonaise|Japanese|japanische|Japaner|Japanners|Japaner
TH|Thaise|Thai|thaïlandais|thaïlandaise|Thai|thailändische|Thailänder|Thai|Thailänder
VN|Vietnamese|Vietnamees|vietnamien|vietnamienne|Vietnamese|vietnamesische|Vietnamese|Vietnamezen|Vietnamesen
CO|Colombiaanse|Colombiaan|colombien|colombienne|Colombian|kolumbianische|Kolumbianer|Colombianen|Kolumbianer
EG|Egyptische|Egyptenaar|égyptien|égyptienne|Egyptian|ägyptische|Ägypter|Egyptenaren|Ägypter
SO|Somalische|Somaliër|somalien|somalienne|Somali|somalische|Somalier|Somaliërs|Somalier
HR|Kroatische|Kroaat|croate|croate|Croatian|kroatische|Kroate|Kroaten|Kroaten
LV|Letse|Let|letton|lettonne|Latvian|lettische|Lette|Letten|Letten
`;
