/** `gtm sample <out.xlsx>`: the direct-vs-partner example as formatted Excel tables. */
import { insertSample } from "../../workbook";
import { parseArgs, type CommandSpec } from "../args";
import { checkOutput, saveWorkbook } from "../files";
import { SAMPLE_HELP } from "../help";
import type { CliIo } from "../io";
import { VERSION } from "../version";
import { XlsxWorkbook } from "../xlsxWorkbook";

const OPTIONS = { force: "flag" } as const;
const SPEC: CommandSpec<typeof OPTIONS> = {
  name: "sample",
  positionals: ["out.xlsx"],
  options: OPTIONS,
};

export async function sampleCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(SPEC, argv);
  if (args.help) {
    io.out(SAMPLE_HELP);
    return 0;
  }
  const [out] = args.positionals;
  const force = args.flag("force");
  await checkOutput(out, { force, command: SPEC.name });
  const port = new XlsxWorkbook();
  const written = await insertSample(port, { now: io.now(), version: VERSION });
  await saveWorkbook(port.workbook, out, { force, command: SPEC.name });
  io.out(`Wrote ${out}: sheets ${written.sheets.map((sheet) => sheet.name).join(", ")}\n`);
  return 0;
}
