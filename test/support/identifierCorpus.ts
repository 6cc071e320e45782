/**
 * Identifiers written the way people hide them without meaning to (issue 21): for one staff member
 * (name, INSZ, birth date), the forms an analyst's data or answers may carry. Written from what people
 * type and from the review's list, not from the product's screen: it shares no code with src/.
 */

export interface Person {
  first: string;
  last: string;
  /** 11 digits. */
  insz: string;
  year: number;
  month: number;
  day: number;
}

export interface HiddenForm {
  id: string;
  kind: "insz" | "name" | "birthDate" | "email";
  text: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const FULL_WIDTH = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const MONTHS_NL = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const MONTHS_FR = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
export const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Every hidden form of this person's identifiers, each with an id for the failure message. */
export function hiddenForms(p: Person): HiddenForm[] {
  const d = p.insz;
  const printed = `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
  const yy = pad(p.year % 100);
  const [dd, mm] = [pad(p.day), pad(p.month)];
  const insz: [string, string][] = [
    ["plain", d],
    ["printed", printed],
    ["spaces", `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 9)} ${d.slice(9)}`],
    [
      "no-break spaces",
      `${d.slice(0, 2)}\u00a0${d.slice(2, 4)}\u00a0${d.slice(4, 6)}\u00a0${d.slice(6, 9)}\u00a0${d.slice(9)}`,
    ],
    ["narrow no-break", `${d.slice(0, 6)}\u202f${d.slice(6)}`],
    ["dots in threes", `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8)}`],
    ["underscores", `${d.slice(0, 6)}_${d.slice(6, 9)}_${d.slice(9)}`],
    ["em dash", `${d.slice(0, 6)}\u2014${d.slice(6, 9)}\u2014${d.slice(9)}`],
    ["en dash", `${d.slice(0, 6)}\u2013${d.slice(6)}`],
    ["full-width", FULL_WIDTH(d)],
    ["full-width printed", FULL_WIDTH(printed)],
    ["slashes", `${d.slice(0, 6)}/${d.slice(6, 9)}/${d.slice(9)}`],
    ["after a name", `${p.first} ${p.last} ${d}`],
    ["in brackets", `Dienst X (${printed})`],
    ["glued to text", `INSZ:${d}`],
    ["after a number", `12 ${d}`],
  ];
  const forms: HiddenForm[] = insz.map(([id, text]) => ({ id: `insz ${id}`, kind: "insz", text }));
  const name: [string, string][] = [
    ["full", `${p.first} ${p.last}`],
    ["initial", `${p.first[0]}. ${p.last}`],
    ["initial no dot", `${p.first[0]} ${p.last}`],
    ["capital surname first", `${p.last.toUpperCase()} ${p.first}`],
    ["comma", `${p.last}, ${p.first}`],
    ["lower case", `${p.first.toLowerCase()} ${p.last.toLowerCase()}`],
    ["in a list", `Team ${p.last} ${p.first}; Team B`],
    ["with a role", `${p.first} ${p.last} (HR)`],
    ["title", `Mevr. ${p.first} ${p.last}`],
  ];
  forms.push(...name.map(([id, text]) => ({ id: `name ${id}`, kind: "name" as const, text })));
  const local = `${p.first}.${p.last}`.toLowerCase().replace(/[^a-z.]/g, "");
  forms.push(
    { id: "email work", kind: "email", text: `${local}@fod-voorbeeld.be` },
    { id: "email initial", kind: "email", text: `${p.first[0]!.toLowerCase()}${p.last.toLowerCase()}@example.org` },
    { id: "email in text", kind: "email", text: `mail ${local}@fod-voorbeeld.be voor info` },
  );
  const date: [string, string][] = [
    ["dd/mm/yyyy", `${dd}/${mm}/${p.year}`],
    ["d/m/yyyy", `${p.day}/${p.month}/${p.year}`],
    ["dd/mm/yy", `${dd}/${mm}/${yy}`],
    ["dd.mm.yyyy", `${dd}.${mm}.${p.year}`],
    ["dd-mm-yyyy", `${dd}-${mm}-${p.year}`],
    ["iso", `${p.year}-${mm}-${dd}`],
    ["nl words", `${p.day} ${MONTHS_NL[p.month - 1]} ${p.year}`],
    ["fr words", `${p.day} ${MONTHS_FR[p.month - 1]} ${p.year}`],
    ["en words", `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}`],
    ["abbreviated", `${dd}-${MONTHS_EN[p.month - 1]!.slice(0, 3).toUpperCase()}-${p.year}`],
    ["in text", `geboren op ${p.day} ${MONTHS_NL[p.month - 1]} ${p.year}`],
    ["two-digit in text", `geb. ${dd}/${mm}/${yy} (Dienst)`],
  ];
  forms.push(...date.map(([id, text]) => ({ id: `birth date ${id}`, kind: "birthDate" as const, text })));
  return forms;
}

/** The same INSZ as a number that lost its leading zero (a person born in 2000-2009: 0x.xx.xx...). */
export function lostLeadingZero(insz: string): number | null {
  return insz.startsWith("0") ? Number(insz) : null;
}
