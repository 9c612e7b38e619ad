/**
 * Before exceljs reads a workbook: put the parts of an .xlsx package written by other programs
 * (openpyxl, OpenXML SDK tools, hand-made exports…) into the form exceljs 4.4 understands, without
 * changing what any cell holds. The Open XML standard allows all of these; exceljs does not:
 * - relationship targets written as absolute part names (`/xl/tables/table1.xml`);
 * - worksheets, tables, comments and their VML drawings under other part names
 *   (`xl/comments/comment1.xml`): they are renamed to the names exceljs looks for;
 * - rows and cells without their `r` attribute (positions implied by order);
 * - SpreadsheetML written with a namespace prefix (`<x:worksheet>`, `<x:c>`);
 * - a formula whose saved text result is empty (`<v></v>`), which exceljs drops: it is kept as one
 *   space, which reads as a blank cell like the empty text it is;
 * - a comment's text written as a plain `<t>`, not as runs (exceljs would keep an empty note).
 * It also says whether the workbook asks to be recalculated when opened (`fullCalcOnLoad`, which
 * exceljs does not read): its saved formula results may then be placeholders (xlsxwriter writes 0).
 *
 * A package that needs none of this is handed over as it is (the same bytes).
 */
import * as posix from "node:path/posix";
import type JSZipType from "jszip";
import { columnIndex, columnLetters } from "../../workbook/a1";

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
  comments: { pattern: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  vmlDrawing: {
    pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    name: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  },
  sharedStrings: { pattern: /^xl\/sharedStrings\.xml$/, name: "xl/sharedStrings.xml" },
  styles: { pattern: /^xl\/styles\.xml$/, name: "xl/styles.xml" },
};

/** Parts whose SpreadsheetML is read here (namespace prefix, and what each kind needs). */
const XML_TYPES = new Set(["worksheet", "table", "sharedStrings", "styles", "comments"]);

interface Relationship {
  /** The whole `<Relationship …/>` element as written. */
  element: string;
  type: string;
  /** The target as a part name (no leading slash), or null for an external target. */
  part: string | null;
}

const attribute = (element: string, name: string): string | null => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  return match === null ? null : (match[1] ?? match[2] ?? null);
};

/** Where the relationships of a part are kept: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
const relsOf = (part: string): string =>
  posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);

/** The part a `.rels` file belongs to: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`. */
const sourceOf = (rels: string): string =>
  posix.join(posix.dirname(posix.dirname(rels)), posix.basename(rels).replace(/\.rels$/, ""));

function parseRelationships(xml: string, source: string): Relationship[] {
  const found: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const element = match[0];
    const target = attribute(element, "Target") ?? "";
    const external = (attribute(element, "TargetMode") ?? "").toLowerCase() === "external";
    const part = external
      ? null
      : target.startsWith("/")
        ? posix.normalize(target.slice(1))
        : posix.normalize(posix.join(posix.dirname(source), target));
    found.push({ element, type: (attribute(element, "Type") ?? "").replace(REL_TYPE, ""), part });
  }
  return found;
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
function withoutPrefix(xml: string): string {
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
  return xml.replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, edit);
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

/**
 * A comment's text as one plain `<t>` (openpyxl writes it so, as the standard allows) becomes one
 * run, `<r><t>…</t></r>`: exceljs reads runs only, and would keep an empty note.
 */
function commentsXml(xml: string): string {
  return withoutPrefix(xml).replace(
    /<text>(\s*<t\b[^>]*>[^<]*<\/t>\s*)<\/text>/g,
    "<text><r>$1</r></text>"
  );
}

const PREPARE: Record<string, (xml: string) => string> = {
  worksheet: worksheetXml,
  comments: commentsXml,
};

export interface PreparedPackage {
  /** The package in a form exceljs reads as Excel would: the same bytes when nothing had to change. */
  bytes: Uint8Array;
  /** The workbook asks to be recalculated when opened: its saved formula results cannot be trusted. */
  recalculate: boolean;
}

/** Prepare a package for exceljs. Throws what JSZip throws for a file that is not a zip archive. */
export async function preparePackage(bytes: Uint8Array): Promise<PreparedPackage> {
  const zip = await loadJsZip().loadAsync(bytes);
  const entryOf = (part: string): JSZipType.JSZipObject | null =>
    zip.file(part) ?? zip.file(`/${part}`);
  const readText = async (part: string): Promise<string | null> => {
    const entry = entryOf(part);
    return entry === null ? null : entry.async("string");
  };
  /** New content by (old) part name. */
  const changed = new Map<string, string>();
  /** New part names by old part name. */
  const renamed = new Map<string, string>();

  const workbook = await readText("xl/workbook.xml");
  if (workbook === null) return { bytes, recalculate: false };
  const recalculate = /<(?:\w+:)?calcPr\b[^>]*\sfullCalcOnLoad\s*=\s*["'](?:1|true)["']/.test(
    workbook
  );
  const workbookXml = withoutPrefix(workbook);
  if (workbookXml !== workbook) changed.set("xl/workbook.xml", workbookXml);

  // Relationships: the workbook's, then each worksheet's; parts renamed where exceljs needs it.
  const taken = new Set(Object.keys(zip.files).map((name) => name.replace(/^\//, "")));
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
  const parts: { part: string; type: string }[] = [];
  for (let i = 0; i < relsFiles.length; i++) {
    const relsFile = relsFiles[i] as string;
    const xml = await readText(relsFile);
    if (xml === null) continue;
    const source = sourceOf(relsFile);
    const newSource = renamed.get(source) ?? source;
    let out = xml;
    for (const rel of parseRelationships(xml, source)) {
      if (rel.part === null || !taken.has(rel.part)) continue; // external, or missing: left alone
      const target = renamed.get(rel.part) ?? canonicalName(rel.type, rel.part);
      if (target !== rel.part) renamed.set(rel.part, target);
      if (XML_TYPES.has(rel.type)) parts.push({ part: rel.part, type: rel.type });
      if (rel.type === "worksheet") relsFiles.push(relsOf(rel.part));
      const relative = posix.relative(posix.dirname(newSource), target);
      const element = rel.element.replace(
        /(\sTarget\s*=\s*)(?:"[^"]*"|'[^']*')/,
        `$1"${relative}"`
      );
      out = out.replace(rel.element, element);
    }
    if (out !== xml) changed.set(relsFile, out);
  }

  for (const { part, type } of parts) {
    const xml = await readText(part);
    if (xml === null) continue;
    const out = (PREPARE[type] ?? withoutPrefix)(xml);
    if (out !== xml) changed.set(part, out);
  }

  if (changed.size === 0 && renamed.size === 0) return { bytes, recalculate };
  for (const [part, xml] of changed) {
    zip.remove(`/${part}`);
    zip.file(part, xml);
  }
  // Rename parts, and each worksheet's own relationships with it.
  const moves = new Map(renamed);
  for (const [from, to] of renamed) {
    if (from.startsWith("xl/worksheets/") || to.startsWith("xl/worksheets/"))
      moves.set(relsOf(from), relsOf(to));
  }
  const contents = new Map<string, Uint8Array>();
  for (const from of moves.keys()) {
    const entry = entryOf(from);
    if (entry !== null) contents.set(from, await entry.async("uint8array"));
  }
  for (const [from, content] of contents) {
    zip.remove(from);
    zip.remove(`/${from}`);
    zip.file(moves.get(from) as string, content);
  }
  return {
    bytes: await zip.generateAsync({ type: "uint8array", compression: "STORE" }),
    recalculate,
  };
}
