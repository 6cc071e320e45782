/**
 * Node: the parts of an .xlsx package, read at random through the zip's central directory.
 *
 * Why not ExcelJS's own streaming reader: it takes the parts in zip order, and when a worksheet comes
 * before the shared strings (Excel's usual order) it copies the whole unpacked sheet, INSZ and birth
 * dates included, into the system's temp folder, where an interrupted run leaves it. It also finds a
 * sheet's name only when the relationship target is written the way Excel writes it, so files from
 * openpyxl and pandas ("/xl/worksheets/sheet1.xml") lost their names and hidden states. Reading the
 * parts in the order they depend on each other needs neither a copy nor a guess.
 */
import { posix } from "node:path";
import unzipper from "unzipper";

export interface PackagePart {
  path: string;
  stream(): NodeJS.ReadableStream;
}

export interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

export async function openPackage(path: string): Promise<Map<string, PackagePart>> {
  const directory = await unzipper.Open.file(path);
  // Part names are case-insensitive in OPC (ECMA-376 part 2, 6.2.2.3).
  return new Map(directory.files.map((f) => [f.path.replace(/^\//, "").toLowerCase(), f]));
}

export function part(parts: Map<string, PackagePart>, name: string): PackagePart | undefined {
  return parts.get(name.replace(/^\//, "").toLowerCase());
}

/** The relationships part of `source` ("xl/workbook.xml" has "xl/_rels/workbook.xml.rels"). */
export function relsPathOf(source: string): string {
  return posix.join(posix.dirname(source), "_rels", `${posix.basename(source)}.rels`);
}

/** A relationship's target as a part name: absolute ("/xl/...") as is, relative from the source's folder. */
export function targetPath(source: string, target: string): string {
  const resolved = target.startsWith("/") ? posix.normalize(target) : posix.join(posix.dirname(source), target);
  return resolved.replace(/^\//, "");
}

/** The relationship of this kind ("…/officeDocument", "…/sharedStrings"): the transitional and strict URIs both end so. */
export function ofType(rels: Relationship[], kind: string): Relationship[] {
  return rels.filter((r) => r.Type.endsWith(`/${kind}`) && r.TargetMode !== "External");
}
