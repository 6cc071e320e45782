/**
 * Nationality words as Belgian HR exports write them, for the 60 nationalities most common among
 * residents of Belgium (Statbel, population by nationality), written for this corpus from dictionaries
 * (Van Dale, Le Robert, Duden, Oxford) and not from the libraries the parser uses.
 * Columns: ISO | nl adjective (feminine/attributive) | nl person noun | fr masculine | fr feminine |
 * en adjective | de adjective (feminine/attributive) | de person noun.
 */
export const NATIONALITY_WORDS = `
NL|Nederlandse|Nederlander|néerlandais|néerlandaise|Dutch|niederländische|Niederländer
FR|Franse|Fransman|français|française|French|französische|Franzose
IT|Italiaanse|Italiaan|italien|italienne|Italian|italienische|Italiener
RO|Roemeense|Roemeen|roumain|roumaine|Romanian|rumänische|Rumäne
MA|Marokkaanse|Marokkaan|marocain|marocaine|Moroccan|marokkanische|Marokkaner
ES|Spaanse|Spanjaard|espagnol|espagnole|Spanish|spanische|Spanier
PL|Poolse|Pool|polonais|polonaise|Polish|polnische|Pole
PT|Portugese|Portugees|portugais|portugaise|Portuguese|portugiesische|Portugiese
DE|Duitse|Duitser|allemand|allemande|German|deutsche|Deutscher
BG|Bulgaarse|Bulgaar|bulgare|bulgare|Bulgarian|bulgarische|Bulgare
TR|Turkse|Turk|turc|turque|Turkish|türkische|Türke
CD|Congolese (DRC)|Congolees (DRC)|congolais (RDC)|congolaise (RDC)|Congolese (DRC)|kongolesische (DR Kongo)|Kongolese (DR Kongo)
GR|Griekse|Griek|grec|grecque|Greek|griechische|Grieche
SY|Syrische|Syriër|syrien|syrienne|Syrian|syrische|Syrer
IN|Indiase|Indiër|indien|indienne|Indian|indische|Inder
AF|Afghaanse|Afghaan|afghan|afghane|Afghan|afghanische|Afghane
UA|Oekraïense|Oekraïner|ukrainien|ukrainienne|Ukrainian|ukrainische|Ukrainer
CM|Kameroense|Kameroener|camerounais|camerounaise|Cameroonian|kamerunische|Kameruner
RU|Russische|Rus|russe|russe|Russian|russische|Russe
GB|Britse|Brit|britannique|britannique|British|britische|Brite
BR|Braziliaanse|Braziliaan|brésilien|brésilienne|Brazilian|brasilianische|Brasilianer
IQ|Iraakse|Irakees|irakien|irakienne|Iraqi|irakische|Iraker
CN|Chinese|Chinees|chinois|chinoise|Chinese|chinesische|Chinese
GN|Guinese|Guinees|guinéen|guinéenne|Guinean|guineische|Guineer
DZ|Algerijnse|Algerijn|algérien|algérienne|Algerian|algerische|Algerier
SK|Slowaakse|Slowaak|slovaque|slovaque|Slovak|slowakische|Slowake
HU|Hongaarse|Hongaar|hongrois|hongroise|Hungarian|ungarische|Ungar
LT|Litouwse|Litouwer|lituanien|lituanienne|Lithuanian|litauische|Litauer
IE|Ierse|Ier|irlandais|irlandaise|Irish|irische|Ire
US|Amerikaanse|Amerikaan|américain|américaine|American|amerikanische|Amerikaner
TN|Tunesische|Tunesiër|tunisien|tunisienne|Tunisian|tunesische|Tunesier
PK|Pakistaanse|Pakistaan|pakistanais|pakistanaise|Pakistani|pakistanische|Pakistaner
ER|Eritrese|Eritreeër|érythréen|érythréenne|Eritrean|eritreische|Eritreer
SN|Senegalese|Senegalees|sénégalais|sénégalaise|Senegalese|senegalesische|Senegalese
NG|Nigeriaanse|Nigeriaan|nigérian|nigériane|Nigerian|nigerianische|Nigerianer
PH|Filipijnse|Filipijn|philippin|philippine|Filipino|philippinische|Philippiner
IR|Iraanse|Iraniër|iranien|iranienne|Iranian|iranische|Iraner
LB|Libanese|Libanees|libanais|libanaise|Lebanese|libanesische|Libanese
RW|Rwandese|Rwandees|rwandais|rwandaise|Rwandan|ruandische|Ruander
BI|Burundese|Burundiër|burundais|burundaise|Burundian|burundische|Burundier
AL|Albanese|Albanees|albanais|albanaise|Albanian|albanische|Albaner
XK|Kosovaarse|Kosovaar|kosovar|kosovare|Kosovar|kosovarische|Kosovare
MK|Macedonische|Macedoniër|macédonien|macédonienne|Macedonian|mazedonische|Mazedonier
RS|Servische|Serviër|serbe|serbe|Serbian|serbische|Serbe
BA|Bosnische|Bosniër|bosnien|bosnienne|Bosnian|bosnische|Bosnier
CZ|Tsjechische|Tsjech|tchèque|tchèque|Czech|tschechische|Tscheche
SE|Zweedse|Zweed|suédois|suédoise|Swedish|schwedische|Schwede
AT|Oostenrijkse|Oostenrijker|autrichien|autrichienne|Austrian|österreichische|Österreicher
DK|Deense|Deen|danois|danoise|Danish|dänische|Däne
FI|Finse|Fin|finlandais|finlandaise|Finnish|finnische|Finne
LU|Luxemburgse|Luxemburger|luxembourgeois|luxembourgeoise|Luxembourgish|luxemburgische|Luxemburger
CH|Zwitserse|Zwitser|suisse|suisse|Swiss|schweizerische|Schweizer
JP|Japanse|Japanner|japonais|japonaise|Japanese|japanische|Japaner
TH|Thaise|Thai|thaïlandais|thaïlandaise|Thai|thailändische|Thailänder
VN|Vietnamese|Vietnamees|vietnamien|vietnamienne|Vietnamese|vietnamesische|Vietnamese
CO|Colombiaanse|Colombiaan|colombien|colombienne|Colombian|kolumbianische|Kolumbianer
EG|Egyptische|Egyptenaar|égyptien|égyptienne|Egyptian|ägyptische|Ägypter
SO|Somalische|Somaliër|somalien|somalienne|Somali|somalische|Somalier
HR|Kroatische|Kroaat|croate|croate|Croatian|kroatische|Kroate
LV|Letse|Let|letton|lettonne|Latvian|lettische|Lette
`;
