/**
 * Files at the edges (issue 10): zip bombs, sparse and huge sheets, merged-area and validation
 * bombs, workbooks with charts, comments and protection — each read within bounded memory or
 * refused in one line, and the --out copy keeping every part of the user's file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { removeElements } from "../../src/cli/xlsx/package";
import { BoundedZip, ZIP_LIMITS } from "../../src/cli/xlsx/zip";
import { ZipWriter } from "../../src/cli/xlsx/zipWrite";
import { expected, LIBREOFFICE_XLSX, mismatches, tempDir } from "./helpers";
import { packageProblems } from "./packageCheck";
import { CHART, foreignPackage, PROTECTION } from "./packages";
import { gtm, openXlsx, rerunReplacing } from "./run.helpers";

jest.setTimeout(60_000);

const RESULT = expected("direct-vs-partner").result;

let dir: string;
let cleanup: () => void;
let sample: string;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  sample = path.join(dir, "sample.xlsx");
  expect((await gtm("sample", sample)).code).toBe(0);
});
afterAll(() => cleanup());

/** The sample's package with parts replaced or added (new parts deflated, the rest copied). */
function rebuilt(name: string, parts: Record<string, string | Buffer>): string {
  const source = fs.readFileSync(sample);
  const zip = new BoundedZip(source);
  const writer = new ZipWriter();
  for (const [part, entry] of zip.entries) {
    if (part in parts) writer.add(part, parts[part]);
    else writer.copy(source, entry);
  }
  for (const [part, content] of Object.entries(parts))
    if (!zip.has(part)) writer.add(part, content);
  const file = path.join(dir, name);
  fs.writeFileSync(file, writer.finish());
  return file;
}

/** The part of the sample holding sheet `name`. */
async function sheetPart(name: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(sample));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  return `xl/${target}`;
}

async function sheetXml(name: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(sample));
  return (await zip.file(await sheetPart(name))?.async("string")) ?? "";
}

/** Sets the size a zip entry declares in the central directory. */
function declareSize(file: string, part: string, size: number): void {
  const bytes = fs.readFileSync(file);
  const entry = new BoundedZip(bytes).entries.get(part);
  if (entry === undefined) throw new Error(`no ${part}`);
  const name = Buffer.from(part);
  for (let at = bytes.length - 46; at > 0; at--) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) continue;
    if (bytes.subarray(at + 46, at + 46 + name.length).equals(name)) {
      bytes.writeUInt32LE(size, at + 24);
      fs.writeFileSync(file, bytes);
      return;
    }
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

describe("zip bombs and large parts", () => {
  it("a part that declares more than the limit is refused before it is inflated", async () => {
    const part = await sheetPart("Channels");
    const big = Buffer.alloc(ZIP_LIMITS.partBytes + 1024, 0x20);
    const file = rebuilt("declared-bomb.xlsx", { [part]: big });
    const { value: run, seconds } = await timed(() => gtm("run", file, "--json"));
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: `${file}: too large to read — the part ${part} inflates to 64 MB — the limit is 64 MB a part\n`,
    });
    expect(seconds).toBeLessThan(5);
  });

  it("a part that inflates to more than it declares stops at what it declared", async () => {
    const part = await sheetPart("Channels");
    const file = rebuilt("lying-bomb.xlsx", { [part]: Buffer.alloc(32 * 1024 * 1024, 0x20) });
    declareSize(file, part, 2000);
    const run = await gtm("run", file, "--json");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: `${file}: too large to read — the part ${part} inflates to more than it declares\n`,
    });
  });

  it("media the reader does not need are never inflated, and the --out copy keeps them as stored", async () => {
    const media = Buffer.alloc(ZIP_LIMITS.partBytes + 1024, 7);
    const file = rebuilt("media.xlsx", { "xl/media/image1.png": media });
    const run = await gtm("run", file, "--json");
    expect(run.code).toBe(0);
    expect(mismatches(JSON.parse(run.stdout), RESULT)).toEqual([]);
    const out = path.join(dir, "media-out.xlsx");
    expect((await gtm("run", file, "--out", out)).code).toBe(0);
    const copied = new BoundedZip(fs.readFileSync(out)).entries.get("xl/media/image1.png");
    const original = new BoundedZip(fs.readFileSync(file)).entries.get("xl/media/image1.png");
    expect(copied).toEqual({ ...original, localOffset: copied?.localOffset });
  });

  it("merged areas covering the whole sheet are refused, not expanded cell by cell", async () => {
    const part = await sheetPart("Mix");
    const xml = (await sheetXml("Mix")).replace(
      "</sheetData>",
      '</sheetData><mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells>'
    );
    const file = rebuilt("merge-bomb.xlsx", { [part]: xml });
    const { value: run, seconds } = await timed(() => gtm("run", file, "--json"));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${file}: too large to read — its worksheets hold merged areas covering more than 100,000 cells (reached in ${part}), the limit\n`
    );
    expect(seconds).toBeLessThan(5);
  });

  it("data validation over whole columns is not expanded: the workbook reads", async () => {
    const part = await sheetPart("Channels");
    const xml = (await sheetXml("Channels")).replace(
      /(<\/sheetData>)/,
      '$1<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>'
    );
    const file = rebuilt("validation.xlsx", { [part]: xml });
    const { value: run, seconds } = await timed(() => gtm("run", file, "--json"));
    expect(run.stderr).toBe("");
    expect(mismatches(JSON.parse(run.stdout), RESULT)).toEqual([]);
    expect(seconds).toBeLessThan(10);
  });
});

describe("sparse and huge sheets", () => {
  async function withStray(name: string, address: string): Promise<string> {
    const workbook = await openXlsx(sample);
    workbook.getWorksheet("Channels")?.removeTable?.("Channels");
    const sheet = workbook.getWorksheet("Channels");
    if (sheet === undefined) throw new Error("no Channels sheet");
    sheet.getCell(address).value = "stray";
    const file = path.join(dir, name);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it("one value in XFD1048576 of the inputs' sheet: refused by name, at once", async () => {
    const file = await withStray("stray.xlsx", "XFD1048576");
    const { value: run, seconds } = await timed(() =>
      gtm("run", file, "--channels", "Channels", "--json")
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "Channels!A1:XFD1048576 (Channels): the table spans 1,048,576 rows × 16,384 columns, more than the 1,000,000 cells a table may have — it reaches a value at XFD1048576: clear stray cells far from the table, or give its range (--channels 'Sheet'!A1:J20)\n"
    );
    expect(seconds).toBeLessThan(10);
  });

  it("a sheet of 60,000 lone cells, each under a blank row, is read in one pass (no rescans)", async () => {
    const part = await sheetPart("Mix");
    const rows = Array.from(
      { length: 60_000 },
      (_, i) => `<row r="${2 * i + 1}"><c r="A${2 * i + 1}"><v>${i}</v></c></row>`
    ).join("");
    // No table object on the sheet: its table is found from its cells (title blocks skipped).
    const xml = (await sheetXml("Mix"))
      .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows}</sheetData>`)
      .replace(/<tableParts[\s\S]*?<\/tableParts>|<tableParts[^>]*\/>/, "");
    const file = rebuilt("lone-cells.xlsx", { [part]: xml });
    const { value: run, seconds } = await timed(() => gtm("run", file, "--mix", "Mix", "--json"));
    // Every lone cell is a title block: the table is the last one, a one-cell (empty) mix.
    expect(run.code).toBe(0);
    expect(seconds).toBeLessThan(10);
  });

  it("a range typed as Channels!A1:XFD1048576 reads only the cells that exist", async () => {
    const { value: run, seconds } = await timed(() =>
      gtm("run", sample, "--channels", "Channels!A1:XFD1048576", "--json")
    );
    expect(run.stderr).toBe("");
    expect(mismatches(JSON.parse(run.stdout), RESULT)).toEqual([]);
    expect(seconds).toBeLessThan(10);
  });
});

describe("workbooks with charts, comments and protection", () => {
  let file: string;
  beforeAll(() => {
    file = path.join(dir, "user-content.xlsx");
    return foreignPackage({ chart: true, protection: true, tableAndComment: true }).then((bytes) =>
      fs.writeFileSync(file, bytes)
    );
  });

  it("an openpyxl workbook with a chart reads (its drawing is not parsed)", async () => {
    const run = await gtm("run", file, "--json");
    expect(run.stderr).toBe("");
    expect(mismatches(JSON.parse(run.stdout), RESULT)).toEqual([]);
  });

  it("the --out copy keeps every part of the user's file, and replaces only its own sheet on a re-run", async () => {
    const first = path.join(dir, "user-content-out.xlsx");
    const second = path.join(dir, "user-content-out2.xlsx");
    expect((await gtm("run", file, "--out", first)).code).toBe(0);
    expect(await rerunReplacing(first, second)).toBe("Results");
    const original = await JSZip.loadAsync(fs.readFileSync(file));
    const changes = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ]);
    for (const out of [first, second]) {
      const bytes = fs.readFileSync(out);
      expect(await packageProblems(bytes)).toEqual([]);
      const copy = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(original.files)) {
        if (changes.has(name) || original.files[name].dir) continue;
        expect([name, await copy.file(name)?.async("string")]).toEqual([
          name,
          await original.file(name)?.async("string"),
        ]);
      }
      const segments = (await copy.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
      expect(segments).toContain(PROTECTION);
      expect(await copy.file("xl/charts/chart1.xml")?.async("string")).toBe(CHART);
      const workbook = (await copy.file("xl/workbook.xml")?.async("string")) ?? "";
      expect(workbook.match(/name="Results/g)).toEqual(['name="Results']);
    }
    const again = await gtm("run", second, "--json");
    expect(mismatches(JSON.parse(again.stdout), RESULT)).toEqual([]);
  });

  it("the LibreOffice example's --out copy is a sound package", async () => {
    const out = path.join(dir, "libreoffice-out.xlsx");
    expect((await gtm("run", LIBREOFFICE_XLSX, "--out", out)).code).toBe(0);
    expect(await packageProblems(fs.readFileSync(out))).toEqual([]);
    const again = path.join(dir, "libreoffice-out2.xlsx");
    expect((await gtm("tornado", out, "--metric", "npv", "--out", again)).code).toBe(0);
    expect(await packageProblems(fs.readFileSync(again))).toEqual([]);
  });
});

describe("removeElements", () => {
  it("removes self-closing and paired elements in one scan, leaves longer names and unclosed tags", () => {
    const xml =
      '<a/><drawing r:id="1"/><b/><drawingX/><dataValidations count="1"><dataValidation/></dataValidations><c/>';
    expect(removeElements(xml, ["drawing", "dataValidations"])).toBe("<a/><b/><drawingX/><c/>");
    expect(removeElements("<x/><drawing><y/>", ["drawing"])).toBe("<x/><drawing><y/>");
  });

  it("stays linear on a part full of unclosed tags", () => {
    const xml = "<drawing>".repeat(200_000);
    const start = process.hrtime.bigint();
    expect(removeElements(xml, ["drawing", "picture"]).length).toBe(xml.length);
    expect(Number(process.hrtime.bigint() - start) / 1e9).toBeLessThan(2);
  });
});

describe("replacing a sheet of ours", () => {
  it("drops the calculation chain (Excel rebuilds it) and the old sheet's own parts", async () => {
    const first = path.join(dir, "calc-1.xlsx");
    expect((await gtm("run", sample, "--out", first)).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(first));
    const edit = async (name: string, change: (xml: string) => string): Promise<void> => {
      zip.file(name, change((await zip.file(name)?.async("string")) ?? ""));
    };
    zip.file(
      "xl/calcChain.xml",
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>'
    );
    await edit("xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
      )
    );
    await edit("[Content_Types].xml", (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
      )
    );
    fs.writeFileSync(
      first,
      await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
    );
    const second = path.join(dir, "calc-2.xlsx");
    expect(await rerunReplacing(first, second)).toBe("Results");
    const copy = await JSZip.loadAsync(fs.readFileSync(second));
    expect(copy.file("xl/calcChain.xml")).toBeNull();
    expect(await packageProblems(fs.readFileSync(second))).toEqual([]);
    const tables = Object.keys(copy.files).filter((name) => name.startsWith("xl/tables/"));
    const before = Object.keys(zip.files).filter((name) => name.startsWith("xl/tables/"));
    expect(tables.length).toBe(before.length);
  });
});

describe("damaged packages", () => {
  it("every run on 80 mutated packages ends with exit 0 or 1, never an internal error", async () => {
    const base = await JSZip.loadAsync(fs.readFileSync(sample));
    const names = Object.keys(base.files).filter((name) => /\.(xml|rels)$/.test(name));
    const texts = new Map<string, string>();
    for (const name of names) texts.set(name, (await base.file(name)?.async("string")) ?? "");
    let seed = 20261202;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const junk = ["", "-1", "99999", "A1:XFD1048576", "rId99", "/x.xml", "NaN", "\uFFFE"];
    const codes = new Set<number>();
    for (let i = 0; i < 80; i++) {
      const zip = await JSZip.loadAsync(fs.readFileSync(sample));
      const name = names[Math.floor(random() * names.length)];
      let text = texts.get(name) ?? "";
      const at = Math.floor(random() * text.length);
      const kind = i % 4;
      if (kind === 0) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40));
      else if (kind === 1)
        text = text.replace(/="[^"]*"/g, (m) =>
          random() < 0.1 ? `="${junk[Math.floor(random() * junk.length)]}"` : m
        );
      else if (kind === 2) text = text.replace(/<[^/!?][^>]*>/g, (m) => (random() < 0.05 ? "" : m));
      else text = text.slice(0, at) + text.slice(at, at + 300) + text.slice(at);
      zip.file(name, text);
      const file = path.join(dir, "mutated.xlsx");
      fs.writeFileSync(
        file,
        await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
      );
      const argv =
        i % 2 === 0
          ? ["run", file, "--json"]
          : [
              "tornado",
              file,
              "--metric",
              "npv",
              "--out",
              path.join(dir, "mutated-out.xlsx"),
              "--force",
            ];
      const run = await gtm(...argv);
      codes.add(run.code);
      expect([0, 1]).toContain(run.code);
      expect(run.stderr).not.toContain("internal error");
    }
    expect(codes).toEqual(new Set([0, 1]));
  });
});
