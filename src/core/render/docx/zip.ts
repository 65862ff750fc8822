// A minimal ZIP writer for the DOCX package: Node's native deflate is several times faster than the
// JavaScript one docx bundles, and a fixed timestamp makes the same plan give the same bytes.
import { crc32, deflateRawSync } from "node:zlib";

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
