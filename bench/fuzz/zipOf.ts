import { crc32, deflateRawSync } from "node:zlib";

export interface ZipInput {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** General-purpose flags (bit 0 = encrypted). */
  flags?: number;
  /** What the directory claims the part inflates to (a lie, for zip-bomb cases). */
  declaredSize?: number;
}

/** A zip archive written by hand, so that cases can set what real tools never write: lying sizes, encryption flags. */
export function zipOf(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const body = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data) >>> 0;
    const header = (central: boolean) => {
      const b = Buffer.alloc(central ? 46 : 30);
      b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      const o = central ? 2 : 0;
      if (central) b.writeUInt16LE(20, 4);
      b.writeUInt16LE(20, 4 + o);
      b.writeUInt16LE(entry.flags ?? 0x800, 6 + o);
      b.writeUInt16LE(entry.deflate ? 8 : 0, 8 + o);
      b.writeUInt32LE(crc, 14 + o);
      b.writeUInt32LE(body.length, 18 + o);
      b.writeUInt32LE(size, 22 + o);
      b.writeUInt16LE(name.length, 26 + o);
      if (central) b.writeUInt32LE(offset, 42);
      return b;
    };
    locals.push(header(false), name, body);
    centrals.push(header(true), name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
