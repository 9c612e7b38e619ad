/**
 * Structural checks of a written .xlsx package, the things Excel "repairs" a file for: every XML
 * part well-formed (strict parser), every relationship's part present, every part with a content
 * type, sheet names and ids unique, every cell style number within the styles' cellXfs.
 */
import * as posix from "node:path/posix";
import JSZip from "jszip";
import { parseXml, type XmlElement } from "../manifest/xml";

function all(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (e.name === name || e.name.endsWith(`:${name}`)) found.push(e);
    e.children.forEach(visit);
  };
  visit(element);
  return found;
}

export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const xml = new Map<string, XmlElement>();
  for (const name of names) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const text = await zip.files[name].async("string");
    try {
      if (!name.endsWith(".vml")) xml.set(name, parseXml(text));
    } catch (error) {
      problems.push(`${name}: not well-formed (${String(error)})`);
    }
  }
  const types = xml.get("[Content_Types].xml");
  if (types === undefined) return [...problems, "no [Content_Types].xml"];
  const defaults = new Set(all(types, "Default").map((d) => d.attributes.Extension.toLowerCase()));
  const overrides = new Set(all(types, "Override").map((o) => o.attributes.PartName.slice(1)));
  for (const name of names) {
    const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.has(name) && !defaults.has(extension)) problems.push(`${name}: no content type`);
  }
  for (const part of overrides)
    if (!names.includes(part)) problems.push(`${part}: listed, missing`);
  for (const [name, root] of xml) {
    if (!name.endsWith(".rels")) continue;
    const source = posix.join(posix.dirname(posix.dirname(name)), posix.basename(name, ".rels"));
    const ids = new Set<string>();
    for (const rel of all(root, "Relationship")) {
      if (ids.has(rel.attributes.Id)) problems.push(`${name}: ${rel.attributes.Id} twice`);
      ids.add(rel.attributes.Id);
      if (rel.attributes.TargetMode === "External") continue;
      const target = rel.attributes.Target;
      const part = target.startsWith("/")
        ? target.slice(1)
        : posix.normalize(posix.join(posix.dirname(source), target));
      if (!names.includes(part)) problems.push(`${name}: ${target} is missing`);
    }
  }
  const workbook = xml.get("xl/workbook.xml");
  const sheets = workbook === undefined ? [] : all(workbook, "sheet");
  const sheetNames = sheets.map((s) => s.attributes.name.toLowerCase());
  if (new Set(sheetNames).size !== sheetNames.length) problems.push("sheet names repeat");
  const sheetIds = sheets.map((s) => s.attributes.sheetId);
  if (new Set(sheetIds).size !== sheetIds.length) problems.push("sheet ids repeat");
  const styles = xml.get("xl/styles.xml");
  const cellXfs = styles === undefined ? [] : all(styles, "cellXfs").flatMap((c) => c.children);
  for (const [name, root] of xml) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    for (const cell of all(root, "c")) {
      const s = Number(cell.attributes.s ?? 0);
      if (s >= cellXfs.length) problems.push(`${name}!${cell.attributes.r}: style ${s} missing`);
    }
  }
  return problems;
}
