/**
 * Before exceljs reads a workbook: only the parts the reader needs (the workbook, its worksheets,
 * tables, shared strings and styles) are inflated — each within the limits of `zip.ts`, the
 * worksheets within `SHEET_LIMITS` — and handed to exceljs in a new package; images, charts,
 * comments and every other part are never inflated (the `--out` copy keeps them from the original
 * file, see `splice.ts`). The parts of a package written by other programs (openpyxl, OpenXML SDK
 * tools, hand-made exports…) are put into the form exceljs 4.4 understands, without changing what
 * any cell holds. The Open XML standard allows all of these; exceljs does not:
 * - relationship targets written as absolute part names (`/xl/tables/table1.xml`);
 * - worksheets and tables under other part names (`xl/tables/t1.xml`): they are renamed to the
 *   names exceljs looks for;
 * - rows and cells without their `r` attribute (positions implied by order);
 * - SpreadsheetML written with a namespace prefix (`<x:worksheet>`, `<x:c>`);
 * - a formula whose saved text result is empty (`<v></v>`), which exceljs drops: it is kept as one
 *   space, which reads as a blank cell like the empty text it is;
 * It also says whether the workbook asks to be recalculated when opened (`fullCalcOnLoad`, which
 * exceljs does not read): its saved formula results may then be placeholders (xlsxwriter writes 0).
 */
import { words } from "../i18n/messages";
import * as posix from "node:path/posix";
import type JSZipType from "jszip";
import { columnIndex, columnLetters, parseRect } from "../../workbook/a1";
import { BoundedZip, ZipLimitError } from "./zip";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

let jszip: typeof JSZipType | null = null;
function loadJsZip(): typeof JSZipType {
  // Loaded on first use from its one-file build, outside the compiled command line (like exceljs):
  // Node loads it in ~20 ms, against ~60 ms for the package's modules.
  jszip ??= require("jszip/dist/jszip.min.js") as typeof JSZipType;
  return jszip;
}

/**
 * Part names exceljs 4.4 recognises, by relationship type (the last part of the type URI):
 * numbered (`xl/tables/table3.xml`) or one fixed name.
 */
const CANONICAL: Record<string, { pattern: RegExp; name: string | ((n: number) => string) }> = {
  worksheet: {
    pattern: /^xl\/worksheets\/sheet\d+\.xml$/,
    name: (n) => `xl/worksheets/sheet${n}.xml`,
  },
  table: { pattern: /^xl\/tables\/table\d+\.xml$/, name: (n) => `xl/tables/table${n}.xml` },
  sharedStrings: { pattern: /^xl\/sharedStrings\.xml$/, name: "xl/sharedStrings.xml" },
  styles: { pattern: /^xl\/styles\.xml$/, name: "xl/styles.xml" },
};

/** Parts whose SpreadsheetML is read here (namespace prefix, and what each kind needs). */
const XML_TYPES = new Set(["worksheet", "table", "sharedStrings", "styles"]);

export interface Relationship {
  /** The whole `<Relationship …/>` element as written. */
  element: string;
  type: string;
  /** The target as a part name (no leading slash), or null for an external target. */
  part: string | null;
}

export const attribute = (element: string, name: string): string | null => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  return match === null ? null : (match[1] ?? match[2] ?? null);
};

/** Where the relationships of a part are kept: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export const relsOf = (part: string): string =>
  posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);

/** The part a `.rels` file belongs to: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`. */
const sourceOf = (rels: string): string =>
  posix.join(posix.dirname(posix.dirname(rels)), posix.basename(rels).replace(/\.rels$/, ""));

const RELATIONSHIP = /<(?:\w+:)?Relationship\b[^>]*>/g;

/** One `<Relationship …/>` element of the rels file of `source`. */
function relationshipOf(element: string, source: string): Relationship {
  const target = attribute(element, "Target") ?? "";
  const external = (attribute(element, "TargetMode") ?? "").toLowerCase() === "external";
  const part = external
    ? null
    : target.startsWith("/")
      ? posix.normalize(target.slice(1))
      : posix.normalize(posix.join(posix.dirname(source), target));
  return { element, type: (attribute(element, "Type") ?? "").replace(REL_TYPE, ""), part };
}

export function parseRelationships(xml: string, source: string): Relationship[] {
  return Array.from(xml.matchAll(RELATIONSHIP), (match) => relationshipOf(match[0], source));
}

/** Each relationship of a rels file rewritten by `edit` in ONE pass (a file may hold 50,000). */
function editRelationships(
  xml: string,
  source: string,
  edit: (rel: Relationship) => string
): string {
  return xml.replace(RELATIONSHIP, (element) => edit(relationshipOf(element, source)));
}

/** A namespace prefix bound to SpreadsheetML on the root element, e.g. `x` of `<x:worksheet>`. */
function mainPrefix(xml: string): string | null {
  // The root element: the first one after the XML declaration and any comments.
  const root = /^\s*(?:<\?[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(\w+):(\w+)\b[^>]*>/.exec(xml);
  if (root === null) return null;
  const prefix = root[1];
  return new RegExp(`xmlns:${prefix}\\s*=\\s*["']${MAIN_NS}["']`).test(root[0]) ? prefix : null;
}

/** `<x:c>` → `<c>`, and the prefix's declaration becomes the default namespace; else the same text. */
export function withoutPrefix(xml: string): string {
  const prefix = mainPrefix(xml);
  if (prefix === null) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1")
    .replace(new RegExp(`xmlns:${prefix}(\\s*=\\s*["']${MAIN_NS}["'])`), "xmlns$1");
}

/** Give every row and cell of `<sheetData>` its `r` (the next row, the next column), as Excel reads them. */
function addPositions(xml: string): string {
  let row = 0;
  let column = 0;
  return xml.replace(/<(row|c)\b([^>]*?)(\/?)>/g, (whole, tag: string, attrs: string, end) => {
    const r = attribute(whole, "r");
    if (tag === "row") {
      row = r !== null && /^\d+$/.test(r) ? Number(r) : row + 1;
      column = 0;
      return r !== null ? whole : `<row r="${row}"${attrs}${end}>`;
    }
    const at = r === null ? null : /^([A-Za-z]{1,3})(\d+)$/.exec(r);
    column = at === null ? column + 1 : columnIndex(at[1]) + 1; // 1-based, as in the sheet
    return at !== null ? whole : `<c r="${columnLetters(column - 1)}${row}"${attrs}${end}>`;
  });
}

/** The cells of a worksheet's `<sheetData>`, rewritten by `edit` (the rest of the part untouched). */
function editCells(xml: string, edit: (cell: string) => string): string {
  // A cell's content never runs into the next cell (`(?!<c\b)`): linear even if one is unclosed.
  return xml.replace(/<c\b[^>]*?(?:\/>|>(?:(?!<c\b)[\s\S])*?<\/c>)/g, edit);
}

const TEXT_RESULT = /\st\s*=\s*["']str["']/;
const EMPTY_VALUE = /<v\s*\/>|<v>\s*<\/v>/;

/** A formula's saved text result that is empty: kept as one space (blank to the model). */
const keepEmptyText = (cell: string): string =>
  TEXT_RESULT.test(cell) && /<f\b/.test(cell) ? cell.replace(EMPTY_VALUE, "<v> </v>") : cell;

function worksheetXml(xml: string): string {
  let out = withoutPrefix(xml);
  if (/<row\b(?![^>]*\sr\s*=)/.test(out) || /<c\b(?![^>]*\sr\s*=)/.test(out))
    out = addPositions(out);
  // Only a sheet with a text result and an empty value somewhere has a cell to edit.
  if (TEXT_RESULT.test(out) && EMPTY_VALUE.test(out)) out = editCells(out, keepEmptyText);
  return out;
}

export interface PreparedPackage {
  /** The parts the reader needs, in a form exceljs reads as Excel would (a new, stored zip). */
  bytes: Uint8Array;
  /** The workbook asks to be recalculated when opened: its saved formula results cannot be trusted. */
  recalculate: boolean;
  /** Sheets left out of the reading package (chart sheets, dialog sheets): their names are taken. */
  otherSheets: string[];
}

/** Limits of what exceljs is handed (memory grows with them), stated in the README. */
export const SHEET_LIMITS = {
  /** Cells (`<c>`) in all worksheets together. */
  cells: 500_000,
  /** Row records (`<row>`) in all worksheets together. */
  rows: 500_000,
  /** Cells covered by merged areas, in all worksheets (exceljs makes each one). */
  mergedCells: 100_000,
  /** Worksheets. */
  sheets: 1_000,
};

/** Relationships of the workbook the reader follows; every other part is left out (never inflated). */
const WORKBOOK_PARTS = new Set(["worksheet", "sharedStrings", "styles"]);
/** Relationships of a worksheet the reader follows. */
const SHEET_PARTS = new Set(["table"]);

/**
 * Elements of a worksheet the reader does not need, left out of what exceljs parses: drawings
 * (charts, images — exceljs fails on some openpyxl charts), comments' drawings, controls, and
 * range-wide settings (data validation, conditional formats) that exceljs expands cell by cell.
 */
const SKIPPED_SHEET_ELEMENTS = [
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "mc:AlternateContent",
  "dataValidations",
  "conditionalFormatting",
  "hyperlinks",
  "extLst",
];

export function removeElements(xml: string, names: readonly string[]): string {
  let out = xml;
  for (const name of names) out = removeElement(out, name);
  return out;
}

/**
 * Every `<name …/>` and `<name …>…</name>` of `xml` removed, in one forward scan (never a search
 * to the end per opening tag: a part full of unclosed tags stays linear). Elements of this name
 * are not nested in SpreadsheetML.
 */
function removeElement(xml: string, name: string): string {
  const open = `<${name}`;
  const close = `</${name}>`;
  const kept: string[] = [];
  let from = 0;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + open.length)) {
    const next = xml.charAt(at + open.length);
    if (!/[\s/>]/.test(next)) continue; // a longer name (`<drawingX`)
    const end = xml.indexOf(">", at);
    if (end === -1) break;
    let stop: number;
    if (xml.charAt(end - 1) === "/") stop = end + 1;
    else {
      const closing = xml.indexOf(close, end);
      if (closing === -1) break; // unclosed: left as it is
      stop = closing + close.length;
    }
    kept.push(xml.slice(from, at));
    from = stop;
    at = stop - open.length;
  }
  kept.push(xml.slice(from));
  return kept.join("");
}

/** Occurrences of an element's start tag (`<c` followed by a space, `>` or `/`). */
function countTags(xml: string, tag: string): number {
  let count = 0;
  const open = `<${tag}`;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + open.length)) {
    const next = xml.charCodeAt(at + open.length);
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a) count++;
  }
  return count;
}

/** Cells, rows and merged cells of the worksheets read so far, against `SHEET_LIMITS`. */
class SheetBudget {
  private cells = 0;
  private rows = 0;
  private merged = 0;
  private sheets = 0;

  add(part: string, xml: string): void {
    if (++this.sheets > SHEET_LIMITS.sheets)
      throw new ZipLimitError(words("sheetsLimit", SHEET_LIMITS.sheets.toLocaleString("en-US")));
    this.cells += countTags(xml, "c");
    this.rows += countTags(xml, "row");
    for (const match of xml.matchAll(/<mergeCell\b[^>]*\sref\s*=\s*["']([^"']*)["']/g)) {
      const rect = parseRect(match[1]);
      this.merged += rect === null ? 1 : rect.rows * rect.columns;
    }
    const n = (x: number): string => x.toLocaleString("en-US");
    const over =
      this.cells > SHEET_LIMITS.cells
        ? words("overCells", n(SHEET_LIMITS.cells))
        : this.rows > SHEET_LIMITS.rows
          ? words("overRows", n(SHEET_LIMITS.rows))
          : this.merged > SHEET_LIMITS.mergedCells
            ? words("overMerged", n(SHEET_LIMITS.mergedCells))
            : null;
    if (over !== null) throw new ZipLimitError(words("worksheetsLimit", over, part));
  }
}

/** A worksheet as the reader needs it: prefix-free, positioned, without what it does not read. */
function readingWorksheet(xml: string): string {
  const out = worksheetXml(xml);
  const start = out.indexOf("<sheetData");
  const end = out.lastIndexOf("</sheetData>");
  if (start === -1) return removeElements(out, SKIPPED_SHEET_ELEMENTS);
  const cut = end === -1 ? out.indexOf(">", start) + 1 : end + "</sheetData>".length;
  return (
    removeElements(out.slice(0, start), SKIPPED_SHEET_ELEMENTS) +
    out.slice(start, cut) +
    removeElements(out.slice(cut), SKIPPED_SHEET_ELEMENTS)
  );
}

/** Relationships XML keeping only those `keep` accepts. */
function keepRelationships(
  xml: string,
  keep: (rel: Relationship) => boolean,
  source: string
): string {
  return editRelationships(xml, source, (rel) => (keep(rel) ? rel.element : ""));
}

/** The last segment of a relationship type (`…/relationships/worksheet` → `worksheet`), any schema. */
export const typeName = (type: string): string => type.slice(type.lastIndexOf("/") + 1);

interface ReadingPackage {
  parts: Map<string, string>;
  recalculate: boolean;
  otherSheets: string[];
}

/** The workbook part: its `<sheet>` entries whose relationship the reader dropped are left out. */
function readingWorkbook(xml: string, dropped: Set<string>): { xml: string; other: string[] } {
  const other: string[] = [];
  const out = withoutPrefix(xml).replace(/<sheet\b[^>]*\/>/g, (element) => {
    const id = /\s(?:\w+:)?id\s*=\s*["']([^"']*)["']/.exec(element)?.[1];
    if (id === undefined || !dropped.has(id)) return element;
    other.push(decodeXml(attribute(element, "name") ?? ""));
    return "";
  });
  return { xml: removeElements(out, ["externalReferences", "pivotCaches", "extLst"]), other };
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, "&");
}

/** Collect, within the limits, the parts the reader needs (worksheets, tables, strings, styles). */
function collectParts(zip: BoundedZip): ReadingPackage | null {
  const parts = new Map<string, string>();
  const workbook = zip.text("xl/workbook.xml");
  const workbookRels = zip.text("xl/_rels/workbook.xml.rels");
  if (workbook === null || workbookRels === null) return null;
  const recalculate = /<(?:\w+:)?calcPr\b[^>]*\sfullCalcOnLoad\s*=\s*["'](?:1|true)["']/.test(
    workbook
  );
  for (const fixed of ["[Content_Types].xml", "_rels/.rels"]) {
    const text = zip.text(fixed);
    if (text !== null) parts.set(fixed, text);
  }
  const dropped = new Set<string>();
  const budget = new SheetBudget();
  const wanted = (rel: Relationship, types: Set<string>): boolean =>
    rel.part !== null && types.has(typeName(rel.type)) && zip.has(rel.part);
  parts.set(
    "xl/_rels/workbook.xml.rels",
    keepRelationships(
      workbookRels,
      (rel) => {
        const keep = wanted(rel, WORKBOOK_PARTS);
        if (!keep) dropped.add(attribute(rel.element, "Id") ?? "");
        return keep;
      },
      "xl/workbook.xml"
    )
  );
  for (const rel of parseRelationships(workbookRels, "xl/workbook.xml")) {
    if (!wanted(rel, WORKBOOK_PARTS) || rel.part === null) continue;
    const text = zip.text(rel.part) as string;
    if (typeName(rel.type) !== "worksheet") {
      parts.set(rel.part, text);
      continue;
    }
    budget.add(rel.part, text);
    parts.set(rel.part, readingWorksheet(text));
    const sheetRels = zip.text(relsOf(rel.part));
    if (sheetRels === null) continue;
    const kept = parseRelationships(sheetRels, rel.part).filter((r) => wanted(r, SHEET_PARTS));
    parts.set(
      relsOf(rel.part),
      keepRelationships(sheetRels, (r) => kept.some((k) => k.element === r.element), rel.part)
    );
    for (const table of kept)
      parts.set(table.part as string, zip.text(table.part as string) as string);
  }
  const book = readingWorkbook(workbook, dropped);
  parts.set("xl/workbook.xml", book.xml);
  return { parts, recalculate, otherSheets: book.other };
}

/**
 * Prepare a package for exceljs: only the parts the reader needs, each inflated within the limits
 * (`ZIP_LIMITS`, `SHEET_LIMITS`; a `ZipLimitError` says which), put in the form exceljs reads.
 * Throws a plain Error for a file that is not a zip archive or is damaged.
 */
export async function preparePackage(bytes: Uint8Array): Promise<PreparedPackage> {
  const collected = collectParts(
    new BoundedZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))
  );
  if (collected === null) return { bytes, recalculate: false, otherSheets: [] };
  const { parts } = collected;
  const readText = (part: string): string | null => parts.get(part) ?? null;
  /** New content by (old) part name. */
  const changed = new Map<string, string>();
  /** New part names by old part name. */
  const renamed = new Map<string, string>();

  // Relationships: the workbook's, then each worksheet's; parts renamed where exceljs needs it.
  const taken = new Set(parts.keys());
  const counters = new Map<string, number>();
  const canonicalName = (type: string, part: string): string => {
    const rule = CANONICAL[type];
    if (rule === undefined || rule.pattern.test(part)) return part;
    let name: string;
    if (typeof rule.name === "string") {
      if (taken.has(rule.name)) return part; // the fixed name is someone else's: leave it
      name = rule.name;
    } else {
      let n = counters.get(type) ?? 1;
      while (taken.has(rule.name(n))) n++;
      counters.set(type, n + 1);
      name = rule.name(n);
    }
    taken.add(name);
    return name;
  };
  const relsFiles = ["xl/_rels/workbook.xml.rels"];
  const xmlParts: { part: string; type: string }[] = [];
  for (let i = 0; i < relsFiles.length; i++) {
    const relsFile = relsFiles[i] as string;
    const xml = readText(relsFile);
    if (xml === null) continue;
    const source = sourceOf(relsFile);
    const newSource = renamed.get(source) ?? source;
    const out = editRelationships(xml, source, (rel) => {
      if (rel.part === null || !taken.has(rel.part)) return rel.element; // external, or missing
      const type = typeName(rel.type);
      const target = renamed.get(rel.part) ?? canonicalName(type, rel.part);
      if (target !== rel.part) renamed.set(rel.part, target);
      if (XML_TYPES.has(type) && type !== "worksheet") xmlParts.push({ part: rel.part, type });
      if (type === "worksheet") relsFiles.push(relsOf(rel.part));
      const relative = posix.relative(posix.dirname(newSource), target);
      return rel.element.replace(/(\sTarget\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${relative}"`);
    });
    if (out !== xml) changed.set(relsFile, out);
  }
  for (const { part } of xmlParts) {
    const xml = readText(part);
    if (xml === null) continue;
    const out = withoutPrefix(xml);
    if (out !== xml) changed.set(part, out);
  }
  for (const [part, xml] of changed) parts.set(part, xml);
  // Rename parts, and each worksheet's own relationships with it.
  const moves = new Map(renamed);
  for (const [from, to] of renamed) {
    if (from.startsWith("xl/worksheets/") || to.startsWith("xl/worksheets/"))
      moves.set(relsOf(from), relsOf(to));
  }
  const zip = new (loadJsZip())();
  for (const [part, text] of parts) {
    const move = moves.get(part);
    zip.file(move ?? part, text);
  }
  return {
    bytes: await zip.generateAsync({ type: "uint8array", compression: "STORE" }),
    recalculate: collected.recalculate,
    otherSheets: collected.otherSheets,
  };
}
