/**
 * Fold a word for lookup: lower case, accents removed, punctuation and runs of spaces to one space.
 * "Marocaine", "MAROCAINE" and "marocaïne " all fold to "marocaine".
 */
export function normaliseWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
