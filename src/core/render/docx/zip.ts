// The DOCX package zipped again with Node's zlib: docx stamps each entry with the clock and has no option
// for it, so the same plan would give other bytes every two seconds. A fixed timestamp (the plan's date)
// makes them the same; the entries keep docx's order and content. The stats workbook goes through it too,
// once its ownership mark is written into docProps/core.xml.
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * The entries of a zip file, in the order of its central directory. Made for the packages docx and exceljs
 * write in this process (stored or deflated, no zip64), not for files from elsewhere: import has its own reader.
 */
export function unzipParts(zip: Uint8Array): Map<string, Uint8Array> {
  const data = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = data.length - 22;
  while (end > 0 && data.readUInt32LE(end) !== 0x06054b50) end--;
  const parts = new Map<string, Uint8Array>();
  for (let i = 0, at = data.readUInt32LE(end + 16); i < data.readUInt16LE(end + 10); i++) {
    const nameLength = data.readUInt16LE(at + 28);
    const name = data.toString("utf8", at + 46, at + 46 + nameLength);
    const local = data.readUInt32LE(at + 42);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const packed = data.subarray(start, start + data.readUInt32LE(at + 20));
    parts.set(name, data.readUInt16LE(at + 10) === 8 ? inflateRawSync(packed) : packed);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return parts;
}

/** MS-DOS date and time fields of a ZIP entry. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getFullYear());
  return { time: 0, day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate() };
}

/** Packages conventionally open with the content types and the package relationships. */
const FIRST = ["[Content_Types].xml", "_rels/.rels"];

export function zipParts(parts: Iterable<[string, string | Uint8Array]>, stamp: Date): Uint8Array {
  const { time, day } = dosDateTime(stamp);
  const ordered = [...parts].sort(([a], [b]) => (FIRST.indexOf(a) + 1 || 99) - (FIRST.indexOf(b) + 1 || 99));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of ordered) {
    const name = Buffer.from(path, "utf8");
    const raw = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
    const packed = deflateRawSync(raw, { level: 6 });
    const crc = crc32(raw);
    // Local and central headers share one run of fields, at offset 4 and 6 respectively.
    const fields = (header: Buffer, at: number): Buffer => {
      header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(day, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(raw.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
      return header;
    };
    const local = fields(Buffer.alloc(30), 4);
    local.writeUInt32LE(0x04034b50, 0);
    const central = fields(Buffer.alloc(46), 6);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
