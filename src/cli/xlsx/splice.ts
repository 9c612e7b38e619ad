/**
 * The `--out` copy of an input workbook: the ORIGINAL package, part for part, with the sheets the
 * command wrote spliced in. Every part of the user's file is kept as it is stored — charts, images,
 * comments, protection, data validation, pivot tables, custom XML — except the parts a sheet the
 * add-in wrote earlier (and now replaces) used alone. What changes: the workbook's sheet list and
 * relationships, the content types, the styles (the new sheets' formats are appended, nothing of
 * the user's is renumbered), and the calculation chain (dropped when a sheet is replaced; Excel
 * rebuilds it). The new sheets come from exceljs (a package holding only them): their text is
 * written inline (the user's shared strings are not touched), their style numbers shifted past
 * the user's, their tables numbered after the user's.
 */
import * as posix from "node:path/posix";
import {
  attribute,
  decodeXml,
  parseRelationships,
  relsOf,
  typeName,
  withoutPrefix,
  type Relationship,
} from "./package";
import { BoundedZip } from "./zip";
import { ZipWriter } from "./zipWrite";

export interface SplicedSheet {
  /** The sheet's name, in the generated package and in the copy. */
  name: string;
  /** The sheet of the original it replaces (same name), or null for a new sheet. */
  replaces: string | null;
}

const WORKSHEET_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The items of a section of styles.xml (`fonts` → every `<font>`), in order. */
function sectionItems(xml: string, section: string, item: string): string[] {
  const match = new RegExp(`<${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${section}>)`).exec(xml);
  if (match === null || match[1] === undefined) return [];
  return match[1].match(new RegExp(`<${item}\\b(?:[^>]*?/>|[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** styles.xml with `section` holding exactly `items` (inserted in its place when missing). */
function setSection(xml: string, section: string, items: readonly string[]): string {
  const element = `<${section} count="${items.length}">${items.join("")}</${section}>`;
  const existing = new RegExp(`<${section}\\b[^>]*?(?:/>|>[\\s\\S]*?</${section}>)`);
  if (existing.test(xml)) return xml.replace(existing, () => element);
  for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)) {
    const at = xml.search(new RegExp(`<${later}\\b`));
    if (at !== -1) return xml.slice(0, at) + element + xml.slice(at);
  }
  return xml.replace(/<\/styleSheet>/, `${element}</styleSheet>`);
}

function setAttribute(element: string, name: string, value: string | number): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  return pattern.test(element)
    ? element.replace(pattern, `$1"${value}"`)
    : element.replace(/^<(\w+)/, `<$1 ${name}="${value}"`);
}

interface StyleShift {
  xml: string;
  xf: number;
  dxf: number;
}

/** The user's styles with the new sheets' appended: the user's numbers stay, the new ones shift. */
function mergeStyles(userXml: string, newXml: string): StyleShift {
  let xml = withoutPrefix(userXml);
  const offsets: Record<string, number> = {};
  for (const [section, item] of [
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
  ] as const) {
    const mine = sectionItems(xml, section, item);
    offsets[item] = mine.length;
    xml = setSection(xml, section, mine.concat(sectionItems(newXml, section, item)));
  }
  // Number formats: the same code reuses the user's id, another gets a free id from 164.
  const userFormats = sectionItems(xml, "numFmts", "numFmt");
  const byCode = new Map<string, number>();
  let nextId = 163;
  for (const format of userFormats) {
    const id = Number(attribute(format, "numFmtId"));
    byCode.set(attribute(format, "formatCode") ?? "", id);
    if (id > nextId) nextId = id;
  }
  const formatIds = new Map<number, number>();
  const addedFormats: string[] = [];
  for (const format of sectionItems(newXml, "numFmts", "numFmt")) {
    const code = attribute(format, "formatCode") ?? "";
    let id = byCode.get(code);
    if (id === undefined) {
      id = ++nextId;
      byCode.set(code, id);
      addedFormats.push(setAttribute(format, "numFmtId", id));
    }
    formatIds.set(Number(attribute(format, "numFmtId")), id);
  }
  if (addedFormats.length > 0) xml = setSection(xml, "numFmts", userFormats.concat(addedFormats));
  if (sectionItems(xml, "cellStyleXfs", "xf").length === 0)
    xml = setSection(xml, "cellStyleXfs", [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>',
    ]);
  const userXfs = sectionItems(xml, "cellXfs", "xf");
  const shifted = sectionItems(newXml, "cellXfs", "xf").map((xf) => {
    const shift = (name: string, by: number): string =>
      String(Number(attribute(xf, name) ?? 0) + by);
    const numFmt = Number(attribute(xf, "numFmtId") ?? 0);
    let out = setAttribute(xf, "numFmtId", formatIds.get(numFmt) ?? numFmt);
    out = setAttribute(out, "fontId", shift("fontId", offsets.font));
    out = setAttribute(out, "fillId", shift("fillId", offsets.fill));
    out = setAttribute(out, "borderId", shift("borderId", offsets.border));
    return setAttribute(out, "xfId", 0);
  });
  xml = setSection(xml, "cellXfs", userXfs.concat(shifted));
  const userDxfs = sectionItems(xml, "dxfs", "dxf");
  const newDxfs = sectionItems(newXml, "dxfs", "dxf");
  if (newDxfs.length > 0) xml = setSection(xml, "dxfs", userDxfs.concat(newDxfs));
  return { xml, xf: userXfs.length, dxf: userDxfs.length };
}

/** A generated worksheet made to fit the copy: inline text, shifted style numbers, not selected. */
function fitSheet(xml: string, strings: readonly string[], shift: StyleShift): string {
  const styleAttr = (tag: string, name: string): string =>
    tag.replace(new RegExp(`(\\s${name}=")(\\d+)(")`), (_, a: string, n: string, b: string) =>
      name === "dxfId" ? `${a}${Number(n) + shift.dxf}${b}` : `${a}${Number(n) + shift.xf}${b}`
    );
  return xml
    .replace(
      /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g,
      (_whole, attrs: string, _end, inner?: string) => {
        const tag = styleAttr(`<c${attrs}>`, "s");
        if (!/\st="s"/.test(tag) || inner === undefined) {
          return inner === undefined ? `${tag.slice(0, -1)}/>` : `${tag}${inner}</c>`;
        }
        const index = Number(/<v>(\d+)<\/v>/.exec(inner)?.[1]);
        return `${tag.replace(/\st="s"/, ' t="inlineStr"')}<is>${strings[index] ?? ""}</is></c>`;
      }
    )
    .replace(/<row\b[^>]*>/g, (tag) => styleAttr(tag, "s"))
    .replace(/<col\b[^>]*>/g, (tag) => styleAttr(tag, "style"))
    .replace(/\sdxfId="\d+"/g, (tag) => styleAttr(tag, "dxfId"))
    .replace(/\stabSelected="(?:1|true)"/g, "");
}

/** Relationship ids → part names of a rels file. */
function relationshipsOf(zip: BoundedZip, source: string): Relationship[] {
  const xml = zip.text(relsOf(source));
  return xml === null ? [] : parseRelationships(xml, source);
}

class PartNames {
  private readonly taken: Set<string>;

  constructor(names: Iterable<string>) {
    this.taken = new Set(Array.from(names, (name) => name.toLowerCase()));
  }

  /** The first `pattern(n)` not taken, from n = 1. */
  next(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

/** The copy being built: removed and changed parts of the original, and new parts. */
class Copy {
  readonly removed = new Set<string>();
  readonly changed = new Map<string, string>();
  readonly names: PartNames;
  contentTypes: string;
  workbook: string;
  workbookRels: string;

  constructor(readonly original: BoundedZip) {
    this.names = new PartNames(original.entries.keys());
    this.contentTypes = original.text(CONTENT_TYPES) ?? "";
    this.workbook = withoutPrefix(original.text(WORKBOOK) ?? "");
    this.workbookRels = original.text(WORKBOOK_RELS) ?? "";
  }

  text(part: string): string | null {
    if (this.removed.has(part)) return null;
    return this.changed.get(part) ?? this.original.text(part);
  }

  put(part: string, content: string, contentType?: string): void {
    this.removed.delete(part);
    this.changed.set(part, content);
    if (contentType !== undefined && !this.contentTypes.includes(`PartName="/${part}"`)) {
      this.contentTypes = this.contentTypes.replace(
        /<\/(\w+:)?Types>/,
        (end) => `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>${end}`
      );
    }
  }

  remove(part: string): void {
    this.removed.add(part);
    this.changed.delete(part);
    this.contentTypes = this.contentTypes.replace(
      new RegExp(
        `<(?:\\w+:)?Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`,
        "i"
      ),
      ""
    );
  }

  bytes(): Buffer {
    this.changed.set(CONTENT_TYPES, this.contentTypes);
    this.changed.set(WORKBOOK, this.workbook);
    this.changed.set(WORKBOOK_RELS, this.workbookRels);
    const writer = new ZipWriter();
    const written = new Set<string>();
    for (const [name, entry] of this.original.entries) {
      if (this.removed.has(name)) continue;
      const content = this.changed.get(name);
      if (content === undefined) writer.copy(this.original.bytes, entry);
      else writer.add(name, content);
      written.add(name);
    }
    for (const [name, content] of this.changed) if (!written.has(name)) writer.add(name, content);
    return writer.finish();
  }
}

/** Every part the original's relationships point to, with the rels files pointing to it. */
function referrers(zip: BoundedZip): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  for (const name of zip.entries.keys()) {
    if (!name.endsWith(".rels")) continue;
    const source = posix.join(posix.dirname(posix.dirname(name)), posix.basename(name, ".rels"));
    for (const rel of parseRelationships(zip.text(name) ?? "", source)) {
      if (rel.part === null) continue;
      const set = refs.get(rel.part) ?? new Set<string>();
      set.add(name);
      refs.set(rel.part, set);
    }
  }
  return refs;
}

/** Remove what a replaced sheet used alone (its tables, drawings, comments… and theirs). */
function removeSheetParts(copy: Copy, sheetPart: string): void {
  const refs = referrers(copy.original);
  const queue = [sheetPart];
  const gone = new Set<string>();
  while (queue.length > 0) {
    const part = queue.shift() as string;
    const rels = relsOf(part);
    gone.add(rels);
    for (const rel of relationshipsOf(copy.original, part)) {
      if (rel.part === null || gone.has(rel.part) || !copy.original.has(rel.part)) continue;
      const others = Array.from(refs.get(rel.part) ?? []).filter((by) => !gone.has(by));
      if (others.length > 0) continue;
      gone.add(rel.part);
      copy.remove(rel.part);
      queue.push(rel.part);
    }
    copy.remove(rels);
  }
}

/** The workbook's `<sheet>` element named `name` (ignoring case), with its relationship id. */
function sheetElement(workbook: string, name: string): { element: string; id: string } | null {
  for (const match of workbook.matchAll(/<sheet\b[^>]*\/?>/g)) {
    const element = match[0];
    const own = decodeXml(attribute(element, "name") ?? "");
    const id = /\s(?:\w+:)?id\s*=\s*["']([^"']*)["']/.exec(element)?.[1];
    if (own.toLowerCase() === name.toLowerCase() && id !== undefined) return { element, id };
  }
  return null;
}

/** The calculation chain lists formula cells by sheet: dropped with a replaced sheet (Excel rebuilds it). */
function dropCalcChain(copy: Copy): void {
  for (const rel of parseRelationships(copy.workbookRels, WORKBOOK)) {
    if (typeName(rel.type) !== "calcChain" || rel.part === null) continue;
    copy.remove(rel.part);
    copy.workbookRels = copy.workbookRels.replace(rel.element, "");
  }
}

/** The largest table id in the original (ids are unique in a workbook). */
function largestTableId(zip: BoundedZip): number {
  let largest = 0;
  for (const match of (zip.text(CONTENT_TYPES) ?? "").matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    if (!match[0].includes(TABLE_CONTENT)) continue;
    const part = (attribute(match[0], "PartName") ?? "").replace(/^\//, "");
    const xml = zip.has(part) ? (zip.text(part) ?? "") : "";
    const id = Number(/<(?:\w+:)?table\b[^>]*\sid="(\d+)"/.exec(xml)?.[1] ?? 0);
    if (id > largest) largest = id;
  }
  return largest;
}

/** The generated package's sheets by name, with their parts. */
function generatedSheets(generated: BoundedZip): Map<string, string> {
  const rels = parseRelationships(generated.text(WORKBOOK_RELS) ?? "", WORKBOOK);
  const sheets = new Map<string, string>();
  for (const match of (generated.text(WORKBOOK) ?? "").matchAll(/<sheet\b[^>]*\/?>/g)) {
    const id = /\sr:id="([^"]*)"/.exec(match[0])?.[1];
    const part = rels.find((rel) => attribute(rel.element, "Id") === id)?.part;
    if (part) sheets.set(decodeXml(attribute(match[0], "name") ?? ""), part);
  }
  return sheets;
}

function relsXml(relationships: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`;
}

/** The styles of the copy, and how the new sheets' style numbers shift. */
function spliceStyles(copy: Copy, generated: BoundedZip): StyleShift {
  const newStyles = withoutPrefix(generated.text("xl/styles.xml") ?? "");
  const rel = parseRelationships(copy.workbookRels, WORKBOOK).find(
    (r) => typeName(r.type) === "styles" && r.part !== null && copy.original.has(r.part)
  );
  if (rel === undefined || rel.part === null) {
    // The original has no styles: the new sheets' styles become the workbook's.
    const part = copy.names.next((n) => (n === 1 ? "xl/styles.xml" : `xl/styles${n}.xml`));
    copy.put(part, newStyles, STYLES_CONTENT);
    copy.workbookRels = copy.workbookRels.replace(
      /<\/(\w+:)?Relationships>/,
      (end) =>
        `<Relationship Id="rIdGtmStyles" Type="${STYLES_TYPE}" Target="${posix.relative("xl", part)}"/>${end}`
    );
    return { xml: newStyles, xf: 0, dxf: 0 };
  }
  const merged = mergeStyles(copy.text(rel.part) ?? "", newStyles);
  copy.put(rel.part, merged.xml);
  return merged;
}

/** The new sheet's tables, renumbered after the user's; returns its relationships. */
function spliceTables(
  copy: Copy,
  generated: BoundedZip,
  generatedPart: string,
  sheetPart: string,
  nextTableId: () => number
): string[] {
  const relationships: string[] = [];
  for (const rel of relationshipsOf(generated, generatedPart)) {
    if (typeName(rel.type) !== "table" || rel.part === null) continue;
    const part = copy.names.next((n) => `xl/tables/table${n}.xml`);
    const xml = (generated.text(rel.part) ?? "").replace(
      /(<table\b[^>]*\sid=")(\d+)(")/,
      (_, a: string, _id, b: string) => `${a}${nextTableId()}${b}`
    );
    copy.put(part, xml, TABLE_CONTENT);
    const target = posix.relative(posix.dirname(sheetPart), part);
    relationships.push(
      `<Relationship Id="${escapeXml(attribute(rel.element, "Id") ?? "")}" Type="${escapeXml(rel.type.startsWith("http") ? rel.type : `${REL_NS}/${rel.type}`)}" Target="${target}"/>`
    );
  }
  return relationships;
}

/** The prefix the workbook part binds to the relationships namespace (`r`), or null. */
function relationshipPrefix(workbook: string): string | null {
  return new RegExp(`xmlns:(\\w+)\\s*=\\s*["']${REL_NS}["']`).exec(workbook)?.[1] ?? null;
}

/** A new sheet at the end of the workbook: its entry, relationship and content type. */
function addSheetEntry(copy: Copy, name: string, part: string): void {
  const ids = new Set(
    parseRelationships(copy.workbookRels, WORKBOOK).map((rel) => attribute(rel.element, "Id"))
  );
  let n = 1;
  while (ids.has(`rIdGtm${n}`)) n++;
  const id = `rIdGtm${n}`;
  copy.workbookRels = copy.workbookRels.replace(
    /<\/(\w+:)?Relationships>/,
    (end) =>
      `<Relationship Id="${id}" Type="${WORKSHEET_TYPE}" Target="${posix.relative("xl", part)}"/>${end}`
  );
  let sheetId = 0;
  for (const match of copy.workbook.matchAll(/<sheet\b[^>]*>/g))
    sheetId = Math.max(sheetId, Number(attribute(match[0], "sheetId") ?? 0));
  const prefix = relationshipPrefix(copy.workbook);
  const idAttribute = prefix === null ? `xmlns:gtmr="${REL_NS}" gtmr:id` : `${prefix}:id`;
  const entry = `<sheet name="${escapeXml(name)}" sheetId="${sheetId + 1}" ${idAttribute}="${id}"/>`;
  copy.workbook = copy.workbook.replace(/<\/sheets>/, `${entry}</sheets>`);
  copy.put(part, copy.changed.get(part) ?? "", WORKSHEET_CONTENT);
}

/**
 * The original package with `sheets` (written by exceljs into `generated`) added, or put in the
 * place of the sheet they replace. The original's other parts are copied as stored.
 */
export function spliceSheets(
  original: Buffer,
  generated: Uint8Array,
  sheets: readonly SplicedSheet[]
): Buffer {
  const copy = new Copy(new BoundedZip(original));
  const made = new BoundedZip(Buffer.from(generated));
  const shift = spliceStyles(copy, made);
  const strings = sectionItems(made.text("xl/sharedStrings.xml") ?? "", "sst", "si").map((si) =>
    si.replace(/^<si\b[^>]*>|<\/si>$/g, "")
  );
  let tableId = largestTableId(copy.original);
  const byName = generatedSheets(made);
  for (const sheet of sheets) {
    const generatedPart = byName.get(sheet.name);
    if (generatedPart === undefined) throw new Error(`exceljs wrote no sheet "${sheet.name}"`);
    const replaced = sheet.replaces === null ? null : sheetElement(copy.workbook, sheet.replaces);
    let part: string;
    if (replaced !== null) {
      const rel = parseRelationships(copy.workbookRels, WORKBOOK).find(
        (r) => attribute(r.element, "Id") === replaced.id
      );
      if (rel?.part == null) throw new Error(`the sheet "${sheet.replaces}" has no part`);
      part = rel.part;
      removeSheetParts(copy, part);
      dropCalcChain(copy);
    } else part = copy.names.next((n) => `xl/worksheets/sheet${n}.xml`);
    copy.put(part, fitSheet(made.text(generatedPart) ?? "", strings, shift));
    const tables = spliceTables(copy, made, generatedPart, part, () => ++tableId);
    if (tables.length > 0) copy.put(relsOf(part), relsXml(tables));
    if (replaced === null) addSheetEntry(copy, sheet.name, part);
  }
  return copy.bytes();
}
