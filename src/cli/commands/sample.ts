/** `gtm sample <out.xlsx>`: the direct-vs-partner example as formatted Excel tables. */
import { insertSample } from "../../workbook";
import { parseCommand } from "../args";
import { checkOutput, saveWorkbook } from "../files";
import { commandHelp } from "../help";
import type { CliIo } from "../io";
import { declare } from "../options";
import { VERSION } from "../version";
import { XlsxWorkbook } from "../xlsxWorkbook";

export const SAMPLE = declare({
  name: "sample",
  summary: "write the sample workbook (the direct-vs-partner example as Excel tables)",
  positionals: ["out.xlsx"],
  about: `Writes a new workbook holding the direct-vs-partner example as formatted Excel tables Channels,
Segments, Mix and Assumptions, ready for gtm run.`,
  options: [{ name: "force", type: "boolean", description: "replace out.xlsx if it exists" }],
});

export async function sampleCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommand(SAMPLE, argv);
  if (args.help) {
    io.out(commandHelp(SAMPLE));
    return 0;
  }
  const [out] = args.positionals;
  const force = args.flag("force");
  await checkOutput(out, { force, command: SAMPLE.name });
  const port = new XlsxWorkbook();
  const written = await insertSample(port, { now: io.now(), version: VERSION });
  await saveWorkbook(port.workbook, out, { force, command: SAMPLE.name });
  io.out(`Wrote ${out}: sheets ${written.sheets.map((sheet) => sheet.name).join(", ")}\n`);
  return 0;
}
