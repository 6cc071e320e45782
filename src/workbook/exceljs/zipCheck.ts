/**
 * A look at an .xlsx's table of contents before it is unpacked: the zip's central directory states
 * each part's packed and unpacked size. A file that would unpack to more than a workbook can hold, or
 * holds a part that expands far beyond what XML does (a "zip bomb"), is refused before reading starts,
 * in seconds instead of minutes and gigabytes.
 *
 * The sizes are what the file declares. A file that lies about them is still bounded while it is read:
 * the readers stop at Excel's row and column limits.
 */
import { LIMITS, LimitExceeded } from "../../core";

/** Bytes of the file from `offset`, at most `length` (fewer at its end). */
export type ReadAt = (offset: number, length: number) => Uint8Array;

export interface ZipPart {
  name: string;
  packed: number;
  unpacked: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const MAX_TAIL = 22 + 65_535;
/** Parts smaller than this are never a bomb, whatever their ratio (a blank styles.xml packs 50x). */
const SMALL_PART = 10 * 1024 * 1024;

/** The parts of a zip as its central directory lists them; null when it is no zip (another reader says what). */
export function zipParts(size: number, read: ReadAt): ZipPart[] | null {
  const tailStart = Math.max(0, size - MAX_TAIL);
  const tail = read(tailStart, size - tailStart);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  let count = view.getUint16(at + 10, true);
  let dirSize = view.getUint32(at + 12, true);
  let dirOffset = view.getUint32(at + 16, true);
  if ((count === 0xffff || dirOffset === 0xffffffff) && at >= 20 && view.getUint32(at - 20, true) === ZIP64_LOCATOR) {
    const recordAt = Number(view.getBigUint64(at - 20 + 8, true));
    const record = read(recordAt, 56);
    const r = new DataView(record.buffer, record.byteOffset, record.byteLength);
    count = Number(r.getBigUint64(32, true));
    dirSize = Number(r.getBigUint64(40, true));
    dirOffset = Number(r.getBigUint64(48, true));
  }
  if (dirOffset + dirSize > size) return null;
  const dir = read(dirOffset, dirSize);
  const d = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const parts: ZipPart[] = [];
  let p = 0;
  for (let n = 0; n < count && p + 46 <= dir.length; n++) {
    if (d.getUint32(p, true) !== CENTRAL) return null;
    let packed = d.getUint32(p + 20, true);
    let unpacked = d.getUint32(p + 24, true);
    const nameLength = d.getUint16(p + 28, true);
    const extraLength = d.getUint16(p + 30, true);
    const commentLength = d.getUint16(p + 32, true);
    const name = new TextDecoder().decode(dir.subarray(p + 46, p + 46 + nameLength));
    // Zip64: sizes of 0xffffffff are in the extra field 0x0001, unpacked size first.
    if (unpacked === 0xffffffff || packed === 0xffffffff) {
      for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength;) {
        const id = d.getUint16(e, true);
        const length = d.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          if (unpacked === 0xffffffff) {
            unpacked = Number(d.getBigUint64(q, true));
            q += 8;
          }
          if (packed === 0xffffffff) packed = Number(d.getBigUint64(q, true));
          break;
        }
        e += 4 + length;
      }
    }
    parts.push({ name, packed, unpacked });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** Refuse, before reading, a workbook that would unpack beyond the limits; `subject` names the file. */
export function checkZipLimits(size: number, read: ReadAt, subject: string): void {
  const parts = zipParts(size, read);
  if (!parts) return;
  let total = 0;
  for (const part of parts) {
    total += part.unpacked;
    const ratio = part.unpacked / Math.max(part.packed, 1);
    if (part.unpacked > SMALL_PART && ratio > LIMITS.compressionRatio)
      throw new LimitExceeded("compressionRatio", Math.round(ratio), subject);
  }
  if (total > LIMITS.unzippedBytes) throw new LimitExceeded("unzippedBytes", total, subject);
}
