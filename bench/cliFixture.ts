/**
 * Writes the benchmark model (bench/benchModel.ts: 8 channels × 6 segments × 60 periods, mix,
 * capacities) as an .xlsx workbook with Excel tables Channels, Segments, Mix and Assumptions
 * (and Uncertainty and Correlations for `gtm simulate`),
 * through the command line's own exceljs port. Run as a child process by cli.bench.ts:
 * `node --require tsx/cjs bench/cliFixture.ts OUT.xlsx [CHANNELS]` (8 channels by default).
 */
import { promises as fs } from "node:fs";
import { XlsxWorkbook } from "../src/cli/xlsxWorkbook";
import type { CellValue } from "../src/workbook";
import { benchTables, benchUncertainty } from "./benchModel";

async function writeFixture(out: string, channels?: number): Promise<void> {
  const tables = benchTables(channels);
  const port = new XlsxWorkbook();
  const sheets: [string, CellValue[][]][] = [
    ["Channels", tables.channels],
    ["Segments", tables.segments],
    ["Mix", tables.mix],
    ["Assumptions", [["Assumption", "Value"], ...tables.assumptions]],
    ["Uncertainty", benchUncertainty().uncertainty],
    ["Correlations", benchUncertainty().correlations],
  ];
  for (const [name, cells] of sheets) {
    const columns = cells[0].length;
    await port.writeSheet({
      name,
      replace: false,
      blocks: [
        {
          row: 0,
          column: 0,
          cells: cells.map((row) => row.map((value) => (value === "" ? null : value))),
        },
      ],
      tables: [
        { name, row: 0, column: 0, rows: cells.length, columns, style: "TableStyleMedium2" },
      ],
    });
  }
  await fs.writeFile(out, new Uint8Array(await port.workbook.xlsx.writeBuffer()));
}

const out = process.argv[2];
if (out === undefined) throw new Error("usage: cliFixture.ts OUT.xlsx [CHANNELS]");
writeFixture(out, process.argv[3] === undefined ? undefined : Number(process.argv[3])).catch(
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  }
);
