/**
 * Writing a zip archive from parts: new parts deflated, parts of another archive copied as they
 * are stored (never inflated: an image or chart the reader never looked at is kept byte for byte).
 */
import { deflateRawSync } from "node:zlib";
import { crc32, rawData, type ZipEntry } from "./zip";

/** 1980-01-01, the first date a zip entry can hold (as Excel writes its parts). */
const DOS_DATE = (1 << 5) | 1;

interface Stored {
  name: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  data: Buffer;
}

/** An archive being written, part by part, in order. */
export class ZipWriter {
  private readonly parts: Stored[] = [];

  /** A new part: deflated. */
  add(name: string, content: string | Uint8Array): void {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const deflated = deflateRawSync(data);
    this.parts.push({
      name: Buffer.from(name, "utf8"),
      method: 8,
      crc: crc32(data),
      compressedSize: deflated.length,
      size: data.length,
      data: deflated,
    });
  }

  /** A part of another archive, copied as stored. */
  copy(source: Buffer, entry: ZipEntry): void {
    const data = rawData(source, entry);
    this.parts.push({
      name: Buffer.from(entry.name, "utf8"),
      method: entry.method,
      crc: entry.crc,
      compressedSize: entry.compressedSize,
      size: entry.size,
      data,
    });
  }

  /** The archive's bytes. */
  finish(): Buffer {
    const chunks: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const part of this.parts) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6); // UTF-8 names
      local.writeUInt16LE(part.method, 8);
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt32LE(part.crc, 14);
      local.writeUInt32LE(part.compressedSize, 18);
      local.writeUInt32LE(part.size, 22);
      local.writeUInt16LE(part.name.length, 26);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(0x0800, 8);
      header.writeUInt16LE(part.method, 10);
      header.writeUInt16LE(DOS_DATE, 14);
      header.writeUInt32LE(part.crc, 16);
      header.writeUInt32LE(part.compressedSize, 20);
      header.writeUInt32LE(part.size, 24);
      header.writeUInt16LE(part.name.length, 28);
      header.writeUInt32LE(offset, 42);
      chunks.push(local, part.name, part.data);
      central.push(header, part.name);
      offset += 30 + part.name.length + part.data.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.parts.length, 8);
    end.writeUInt16LE(this.parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    chunks.push(directory, end);
    return Buffer.concat(chunks);
  }
}
