/**
 * A delivery in CSV: fields split by the separator the file uses (";" as Excel writes it in Belgium,
 * "," or a tab), quoted fields kept whole (a quote doubled inside them), line breaks inside quotes
 * kept. Every field stays text: what it says is read later, as a cell of a sheet would be.
 */

/** The separator of the first lines: the one that splits them into the same number of fields, most. */
export function csvSeparator(text: string): string {
  const lines = text.split(/\r?\n/, 20).filter((l) => l.trim() !== "");
  let best = ",";
  let bestScore = -1;
  for (const s of [";", "\t", ","]) {
    const counts = lines.map((l) => splitLine(l, s).length);
    const fields = Math.min(...counts);
    if (fields < 2) continue;
    const same = counts.filter((n) => n === counts[0]).length;
    const score = same * 100 + fields;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

function splitLine(line: string, separator: string): string[] {
  return parseCsv(line, separator)[0] ?? [];
}

export function parseCsv(text: string, separator = csvSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
