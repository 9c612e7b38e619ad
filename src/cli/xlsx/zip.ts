/**
 * A bounded reader of the zip archive an .xlsx is: the central directory lists every part with its
 * declared sizes, checked against the limits BEFORE anything is inflated; a part is inflated only
 * when asked for, never beyond its declared size (a part that inflates to more is refused while it
 * inflates, so a zip bomb costs at most the limit). Parts the reader does not ask for (images,
 * charts, embedded files) are never inflated, and their raw bytes can be copied as they are.
 */
import { words } from "../i18n/messages";
import type { Words } from "../i18n/words";
import { inflateRawSync } from "node:zlib";

/** Limits of an input workbook (stated in the README). */
export const ZIP_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** One part (a worksheet's XML, the shared strings…) once inflated. */
  partBytes: 64 * 1024 * 1024,
  /** All the parts the reader inflates, together. */
  totalBytes: 160 * 1024 * 1024,
  /** Parts in the archive. */
  entries: 20_000,
};

/** The archive is not one the reader will inflate: a line saying why (exit 1). */
export class ZipLimitError extends Error {
  /** The limit in both languages (`message`: the English). */
  constructor(readonly words: Words) {
    super(words.en);
    this.name = "ZipLimitError";
  }
}

/** The archive is damaged (truncated, a bad header, a part whose checksum does not match). */
export class ZipDamagedError extends Error {
  /** The damage in both languages (`message`: the English). */
  constructor(readonly words: Words) {
    super(words.en);
    this.name = "ZipDamagedError";
  }
}

let crcTable: Uint32Array | null = null;

/** CRC-32 of the zip format. */
export function crc32(data: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** What the archive says the part inflates to (checked while inflating). */
  size: number;
  crc: number;
  /** Where the part's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

function findEndOfDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes.readUInt32LE(i) === EOCD) return i;
  throw new ZipDamagedError(words("zipNoDirectory"));
}

/** The parts of a zip archive as its central directory lists them. */
export function listEntries(bytes: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipLimitError(words("zip64"));
  if (count > ZIP_LIMITS.entries)
    throw new ZipLimitError(words("zipParts", count, ZIP_LIMITS.entries));
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
      throw new ZipDamagedError(words("zipDirectoryDamaged"));
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, ""),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of a part, as stored. */
export function rawData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL)
    throw new ZipDamagedError(words("zipEntryDamaged", entry.name));
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length)
    throw new ZipDamagedError(words("zipEntryTruncated", entry.name));
  return bytes.subarray(start, start + entry.compressedSize);
}

/** The parts of one archive, inflated on demand within the limits (per part and in total). */
export class BoundedZip {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private inflated = 0;

  constructor(readonly bytes: Buffer) {
    if (bytes.length > ZIP_LIMITS.fileBytes)
      throw new ZipLimitError(
        words("zipFileSize", megabytes(bytes.length), megabytes(ZIP_LIMITS.fileBytes))
      );
    this.entries = new Map(listEntries(bytes).map((entry) => [entry.name, entry]));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes, or null when the archive has no such part. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(name);
    if (entry === undefined) return null;
    if (entry.size > ZIP_LIMITS.partBytes)
      throw new ZipLimitError(
        words("zipPartSize", name, megabytes(entry.size), megabytes(ZIP_LIMITS.partBytes))
      );
    if (this.inflated + entry.size > ZIP_LIMITS.totalBytes)
      throw new ZipLimitError(words("zipTotalSize", megabytes(ZIP_LIMITS.totalBytes)));
    const data = this.inflate(entry);
    this.inflated += data.length;
    return data;
  }

  /** A part as text (UTF-8), or null. */
  text(name: string): string | null {
    const data = this.read(name);
    return data === null ? null : data.toString("utf8");
  }

  private inflate(entry: ZipEntry): Buffer {
    const raw = rawData(this.bytes, entry);
    let data: Buffer;
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) {
      try {
        // Never more than declared: a part that says 1 KB and inflates to 1 GB stops at 1 KB + 1.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size + 1) });
      } catch (error) {
        if (
          error instanceof RangeError ||
          (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE"
        )
          throw new ZipLimitError(words("zipMoreThanDeclared", entry.name));
        throw new ZipDamagedError(words("zipEntryDamaged", entry.name));
      }
    } else throw new ZipDamagedError(words("zipEntryMethod", entry.name));
    if (data.length !== entry.size) throw new ZipLimitError(words("zipSizeMismatch", entry.name));
    if (crc32(data) !== entry.crc) throw new ZipDamagedError(words("zipEntryChecksum", entry.name));
    return data;
  }
}
