/**
 * Files: read an input (.json or .xlsx; the input is only ever read), and save a workbook
 * atomically — to a temporary file in the output's folder, then renamed (or linked) into place, so a
 * failure leaves no half-written file and an existing file is replaced only with `--force`.
 */
import { randomBytes } from "node:crypto";
import * as fsSync from "node:fs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type ExcelJSTypes from "exceljs";
import { newWorkbook } from "./xlsx/exceljs";
import { preparePackage } from "./xlsx/package";
import { ZIP_LIMITS, ZipDamagedError, ZipLimitError } from "./xlsx/zip";
import { InputFailure, UsageError } from "./errors";
import { words } from "./i18n/messages";
import type { Text, Words } from "./i18n/words";

export type InputFile =
  | { kind: "json"; path: string; json: unknown }
  | { kind: "xlsx"; path: string; workbook: ExcelJSTypes.Workbook; source: SourcePackage };

/** The input package as read: its bytes (the `--out` copy starts from them) and what was left out. */
export interface SourcePackage {
  bytes: Buffer;
  /** Sheets the reader left out (chart sheets…): their names are taken. */
  otherSheets: string[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: Excel 97-2003 .xls, and password-protected (encrypted) .xlsx. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string"
    ? error.code
    : undefined;
}

/** What went wrong, as the zip reader says it (in both languages), or the library's or system's words. */
function describe(error: unknown): Text {
  if (error instanceof ZipDamagedError || error instanceof ZipLimitError) return error.words;
  return error instanceof Error ? error.message : String(error);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    // Never more than the limit into memory (a named pipe or device has no size to check first).
    const handle = await fs.open(file, "r");
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
      if (stat.size > ZIP_LIMITS.fileBytes) throw new InputFailure([tooLarge(file, stat.size)]);
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.alloc(1024 * 1024);
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > ZIP_LIMITS.fileBytes) throw new InputFailure([tooLarge(file, total)]);
        chunks.push(chunk.subarray(0, bytesRead));
      }
      return Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputFailure) throw error;
    const code = errorCode(error);
    if (code === "ENOENT") throw new InputFailure([words("noSuchFile", file)]);
    if (code === "EISDIR") throw new InputFailure([words("isFolder", file)]);
    if (code === "EACCES" || code === "EPERM")
      throw new InputFailure([words("permissionDenied", file)]);
    throw new InputFailure([words("cannotRead", file, describe(error))]);
  }
}

function tooLarge(file: string, bytes: number): Words {
  const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;
  return words("tooLargeFile", file, mb(ZIP_LIMITS.fileBytes), mb(bytes));
}

/** Parse .xlsx bytes; every way they can fail is one clear line. */
export async function loadWorkbook(
  file: string,
  bytes: Buffer
): Promise<{ workbook: ExcelJSTypes.Workbook; otherSheets: string[] }> {
  if (bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) {
    throw new InputFailure([words("oldOrProtected", file)]);
  }
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    throw new InputFailure([words("notXlsx", file)]);
  }
  const workbook = newWorkbook();
  let otherSheets: string[] = [];
  try {
    // Other programs' packages first put in the form exceljs reads (the same bytes for most files).
    const prepared = await preparePackage(new Uint8Array(bytes));
    // exceljs types its input as an ArrayBuffer-like `Buffer`; hand it exactly the package's bytes.
    await workbook.xlsx.load(new Uint8Array(prepared.bytes).buffer);
    // exceljs keeps (and writes back) this flag but does not read it: set it as the file says.
    if (prepared.recalculate) workbook.calcProperties.fullCalcOnLoad = true;
    otherSheets = prepared.otherSheets;
  } catch (error) {
    if (error instanceof ZipLimitError)
      throw new InputFailure([words("tooLarge", file, error.words)]);
    throw new InputFailure([words("damaged", file, describe(error))]);
  }
  if (workbook.worksheets.length === 0) {
    throw new InputFailure([words("noWorksheets", file)]);
  }
  return { workbook, otherSheets };
}

/** Whether a file is read as JSON: by its extension. */
export function isJsonInput(file: string): boolean {
  return path.extname(file).toLowerCase() === ".json";
}

/** Read an input file: `.json` as the examples' JSON, anything else as an .xlsx workbook. */
export async function readInputFile(file: string): Promise<InputFile> {
  const bytes = await readBytes(file);
  if (isJsonInput(file)) {
    try {
      // A byte-order mark (Notepad saves one) is not part of the JSON.
      const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
      return { kind: "json", path: file, json: JSON.parse(text) };
    } catch (error) {
      throw new InputFailure([words("badJson", file, describe(error))]);
    }
  }
  const { workbook, otherSheets } = await loadWorkbook(file, bytes);
  return { kind: "xlsx", path: file, workbook, source: { bytes, otherSheets } };
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await fs.stat(folder)).isDirectory();
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return false;
    throw error;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
}

/** Before any work: the output must not be the input, and must not exist unless `force`. */
export async function checkOutput(
  out: string,
  options: { force: boolean; input?: string; command: string }
): Promise<void> {
  if (options.input !== undefined && (await sameFile(out, options.input))) {
    throw new UsageError("outIsInput", [out], options.command);
  }
  const folder = path.dirname(path.resolve(out));
  if (!(await isFolder(folder))) {
    throw new UsageError("noFolder", [out, folder], options.command);
  }
  if (!options.force && (await exists(out))) {
    throw new UsageError("outExists", [out], options.command);
  }
  await refuseNonRegular(out, options.command);
}

/** `--force` replaces a regular file only: never a device, a folder, a pipe, a socket or a link. */
async function refuseNonRegular(out: string, command: string): Promise<void> {
  let stat;
  try {
    stat = await fs.lstat(out);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  if (!stat.isFile()) {
    const kind = stat.isDirectory()
      ? "kindFolder"
      : stat.isSymbolicLink()
        ? "kindLink"
        : "kindOther";
    throw new UsageError("notRegularFile", [out, words(kind)], command);
  }
}

/** Temporary files being written: removed if the process is interrupted (SIGINT, SIGTERM, SIGHUP). */
const pendingTemps = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function removeTempsAndRaise(signal: NodeJS.Signals): void {
  for (const temp of pendingTemps) {
    try {
      fsSync.rmSync(temp, { force: true });
    } catch {
      // Nothing more can be done while the process ends.
    }
  }
  pendingTemps.clear();
  for (const name of SIGNALS) process.removeListener(name, removeTempsAndRaise);
  process.kill(process.pid, signal);
}

function trackTemp(temp: string): void {
  if (pendingTemps.size === 0) for (const name of SIGNALS) process.on(name, removeTempsAndRaise);
  pendingTemps.add(temp);
}

function untrackTemp(temp: string): void {
  pendingTemps.delete(temp);
  if (pendingTemps.size === 0)
    for (const name of SIGNALS) process.removeListener(name, removeTempsAndRaise);
}

/**
 * Write `bytes` (or its parts, one after the other) to `out` through a temporary file in the same
 * folder. Without `force`, the final step is a hard link, which fails if `out` appeared meanwhile
 * (never clobbers); with `force`, a rename.
 */
export async function writeAtomically(
  out: string,
  bytes: Uint8Array | Iterable<Uint8Array>,
  options: { force: boolean; command: string }
): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const temp = path.join(
    dir,
    `.${path.basename(out)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  trackTemp(temp);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    if (options.force) {
      await refuseNonRegular(out, options.command);
      await fs.rename(temp, out);
    } else await linkNoClobber(temp, out, options.command);
    await fs.rm(temp, { force: true });
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (error instanceof UsageError) throw error;
    throw new InputFailure([words("cannotWrite", out, describe(error))]);
  } finally {
    untrackTemp(temp);
  }
}

async function linkNoClobber(temp: string, out: string, command: string): Promise<void> {
  try {
    await fs.link(temp, out);
  } catch (error) {
    const code = errorCode(error);
    if (code === "EEXIST") throw new UsageError("outExists", [out], command);
    // File systems without hard links: check, then rename (the check and the rename are not one step).
    if (code === "EPERM" || code === "ENOTSUP" || code === "EXDEV" || code === "ENOSYS") {
      if (await exists(out)) throw new UsageError("outExists", [out], command);
      await fs.rename(temp, out);
      return;
    }
    throw error;
  }
}

/** Save a workbook to `out` (atomically; see `writeAtomically`). */
export async function saveWorkbook(
  workbook: ExcelJSTypes.Workbook,
  out: string,
  options: { force: boolean; command: string }
): Promise<void> {
  const buffer = await workbook.xlsx.writeBuffer();
  await writeAtomically(out, new Uint8Array(buffer), options);
}
