/**
 * Minimal .xlsx packages written the way other programs write them (openpyxl, OpenXML SDK tools,
 * hand-made exports), built part by part with JSZip: the direct-vs-partner tables on sheets
 * Channels, Segments, Mix and Assumptions, with switches for each thing Excel itself never does.
 */
import JSZip from "jszip";
import { columnLetters } from "../../src/workbook/a1";
import { expected } from "./helpers";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

type Value = string | number | boolean;

export interface PackageOptions {
  /** Write rows and cells without their `r` attribute (positions implied by order). */
  noPositions?: boolean;
  /** Write SpreadsheetML with this namespace prefix (`x` → `<x:worksheet>`, `<x:c>`). */
  prefix?: string;
  /** Relationship targets as absolute part names (`/xl/worksheets/sheet1.xml`). */
  absoluteTargets?: boolean;
  /** Worksheet part names other than sheetN.xml (`xl/worksheets/Channels.xml`). */
  namedSheetParts?: boolean;
  date1904?: boolean;
  fullCalcOnLoad?: boolean;
  /** Raw cells replacing the table's: `"Channels!J3"` → `{ attrs, inner }` of a `<c>` element. */
  cells?: Record<string, { attrs?: string; inner: string }>;
  /** An Excel table object named Channels over the Channels sheet, and a comment on A1. */
  tableAndComment?: boolean;
  /** A chart on the Mix sheet as openpyxl writes it (drawing and chart at absolute targets). */
  chart?: boolean;
  /** Sheet protection on the Segments sheet. */
  protection?: boolean;
}
// Cell style 1 is a date format (numFmtId 14): a raw cell uses it with attrs ` s="1"`.

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function sheetsOfExample(): [string, Value[][]][] {
  const tables = expected("direct-vs-partner").tables as Record<string, Value[][]>;
  return [
    ["Channels", tables.channels],
    ["Segments", tables.segments],
    ["Mix", tables.mix],
    ["Assumptions", tables.assumptions],
  ];
}

function cellXml(value: Value, ref: string, options: PackageOptions): string | null {
  const r = options.noPositions ? "" : ` r="${ref}"`;
  if (value === "") return options.noPositions ? `<c${r}/>` : null;
  if (typeof value === "number") return `<c${r}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c${r} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c${r} t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

function sheetXml(name: string, rows: Value[][], options: PackageOptions): string {
  const lines = rows.map((row, i) => {
    const cells = row.map((value, j) => {
      const ref = `${columnLetters(j)}${i + 1}`;
      const raw = options.cells?.[`${name}!${ref}`];
      if (raw === undefined) return cellXml(value, ref, options);
      const r = options.noPositions ? "" : ` r="${ref}"`;
      return `<c${r}${raw.attrs ?? ""}>${raw.inner}</c>`;
    });
    const r = options.noPositions ? "" : ` r="${i + 1}"`;
    return `<row${r}>${cells.filter((cell) => cell !== null).join("")}</row>`;
  });
  const extra = options.tableAndComment && name === "Channels";
  return (
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${lines.join("")}</sheetData>` +
    (options.protection && name === "Segments" ? PROTECTION : "") +
    (options.chart && name === "Mix" ? `<drawing r:id="rId1"/>` : "") +
    (extra
      ? `<legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>`
      : "") +
    `</worksheet>`
  );
}

/** `<worksheet xmlns=…>` → `<x:worksheet xmlns:x=…>`, every element prefixed. */
function withPrefix(xml: string, prefix: string): string {
  return xml
    .replace(/<(\/?)([a-zA-Z]+)(?=[\s>/])/g, `<$1${prefix}:$2`)
    .replace(`xmlns="${MAIN}"`, `xmlns:${prefix}="${MAIN}"`);
}

const STYLES =
  `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const TABLE =
  `<table xmlns="${MAIN}" id="1" name="Channels" displayName="Channels" ref="A1:J3">` +
  `<autoFilter ref="A1:J3"/><tableColumns count="10">` +
  ["Channel", "Type", "Spend", "Cost per lead", "Conversion", "Cycle", "Capacity", "Ramp"]
    .concat(["Partner margin", "Fixed cost"])
    .map((name, i) => `<tableColumn id="${i + 1}" name="${name}"/>`)
    .join("") +
  `</tableColumns><tableStyleInfo name="TableStyleMedium9" showRowStripes="1"/></table>`;

const COMMENTS =
  `<comments xmlns="${MAIN}"><authors><author>openpyxl</author></authors><commentList>` +
  `<comment ref="A1" authorId="0"><text><t>Our sales routes</t></text></comment></commentList></comments>`;

const VML =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
  `xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202">` +
  `<x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`;

export const PROTECTION = `<sheetProtection sheet="1" objects="1" scenarios="1" password="CC3D"/>`;

/** openpyxl writes the drawing in the default namespace (`<wsDr>`, not `<xdr:wsDr>`). */
const DRAWING =
  `<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><oneCellAnchor>` +
  `<from><col>4</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from>` +
  `<ext cx="5400000" cy="2700000"/><graphicFrame macro=""><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/>` +
  `<cNvGraphicFramePr/></nvGraphicFramePr><xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/>` +
  `</a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor></wsDr>`;

export const CHART =
  `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/>` +
  `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
  `<c:val><c:numRef><c:f>'Mix'!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="100"/></c:barChart>` +
  `</c:plotArea></c:chart></c:chartSpace>`;

const rels = (items: string[]): string =>
  `<Relationships xmlns="${PKG}">${items.join("")}</Relationships>`;
const rel = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;

/** The package's bytes. */
export async function foreignPackage(options: PackageOptions = {}): Promise<Buffer> {
  const zip = new JSZip();
  const sheets = sheetsOfExample();
  const at = (part: string, from: string): string =>
    options.absoluteTargets ? `/${part}` : part.slice(from.length);
  const sheetPart = (i: number, name: string): string =>
    options.namedSheetParts ? `xl/worksheets/${name}.xml` : `xl/worksheets/sheet${i + 1}.xml`;
  const main = (xml: string): string =>
    options.prefix === undefined ? xml : withPrefix(xml, options.prefix);

  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          ([name], i) =>
            `<Override PartName="/${sheetPart(i, name)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
        )
        .join("") +
      `</Types>`
  );
  zip.file("_rels/.rels", rels([rel("rId1", "officeDocument", "xl/workbook.xml")]));
  const workbookPr = options.date1904 ? `<workbookPr date1904="1"/>` : "";
  const calcPr = options.fullCalcOnLoad ? `<calcPr calcId="124519" fullCalcOnLoad="1"/>` : "";
  zip.file(
    "xl/workbook.xml",
    main(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>` +
        sheets
          .map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("") +
        `</sheets>${calcPr}</workbook>`
    )
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels([
      ...sheets.map(([name], i) => rel(`rId${i + 1}`, "worksheet", at(sheetPart(i, name), "xl/"))),
      rel("rId9", "styles", at("xl/styles.xml", "xl/")),
    ])
  );
  zip.file("xl/styles.xml", main(STYLES));
  sheets.forEach(([name, rows], i) => {
    zip.file(sheetPart(i, name), main(sheetXml(name, rows, options)));
  });
  if (options.tableAndComment) {
    // Where openpyxl puts them: xl/tables/table1.xml, xl/comments/comment1.xml, absolute targets.
    const channelsRels = options.namedSheetParts
      ? "xl/worksheets/_rels/Channels.xml.rels"
      : "xl/worksheets/_rels/sheet1.xml.rels";
    zip.file(
      channelsRels,
      rels([
        rel("rId1", "table", "/xl/tables/table1.xml"),
        rel("rId2", "comments", "/xl/comments/comment1.xml"),
        rel("rId3", "vmlDrawing", "/xl/drawings/commentsDrawing1.vml"),
      ])
    );
    zip.file("xl/tables/table1.xml", main(TABLE));
    zip.file("xl/comments/comment1.xml", main(COMMENTS));
    zip.file("xl/drawings/commentsDrawing1.vml", VML);
  }
  if (options.chart) {
    const mixRels = options.namedSheetParts
      ? "xl/worksheets/_rels/Mix.xml.rels"
      : "xl/worksheets/_rels/sheet3.xml.rels";
    zip.file(mixRels, rels([rel("rId1", "drawing", "/xl/drawings/drawing1.xml")]));
    zip.file("xl/drawings/drawing1.xml", DRAWING);
    zip.file(
      "xl/drawings/_rels/drawing1.xml.rels",
      rels([rel("rId1", "chart", "/xl/charts/chart1.xml")])
    );
    zip.file("xl/charts/chart1.xml", CHART);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
