/** `gtm sample <out.xlsx>`: the direct-vs-partner example as formatted Excel tables. */
import { insertSample } from "../../workbook";
import { parseCommand } from "../args";
import { checkOutput, saveWorkbook } from "../files";
import { commandHelp } from "../help";
import type { CliIo } from "../io";
import { declare } from "../options";
import { message } from "../i18n/messages";
import { list } from "../i18n/words";
import { langOf } from "../lang";
import { localeOption } from "./common";
import { VERSION } from "../version";
import { XlsxWorkbook } from "../xlsxWorkbook";

export const SAMPLE = declare({
  name: "sample",
  summary: {
    en: "write the sample workbook (the direct-vs-partner example as Excel tables)",
    zh: "写入示例工作簿（以 Excel 表呈现的直销与合作伙伴对比示例）",
  },
  positionals: ["out.xlsx"],
  about: {
    en: `Writes a new workbook holding the direct-vs-partner example as formatted Excel tables Channels,
Segments, Mix and Assumptions, ready for gtm run.`,
    zh: `写入一个新工作簿，其中以带格式的 Excel 表 Channels、Segments、Mix 和 Assumptions
呈现直销与合作伙伴对比示例，可直接用于 gtm run。`,
  },
  options: [
    {
      name: "force",
      type: "boolean",
      description: { en: "replace out.xlsx if it exists", zh: "若 输出.xlsx 已存在则替换它" },
    },
    {
      name: "lang",
      type: "string",
      valueName: "en|zh-CN",
      description: {
        en: "language of the model sheet and of everything printed",
        zh: "模型工作表以及输出的所有内容（包括帮助和错误信息）所用的语言",
      },
      default: "en",
    },
  ],
});

export async function sampleCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommand(SAMPLE, argv);
  if (args.help) {
    io.out(commandHelp(SAMPLE, langOf(argv)));
    return 0;
  }
  const locale = localeOption(args, SAMPLE.name);
  const [out] = args.positionals;
  const force = args.flag("force");
  await checkOutput(out, { force, command: SAMPLE.name });
  const port = new XlsxWorkbook();
  const written = await insertSample(port, { now: io.now(), version: VERSION, locale });
  await saveWorkbook(port.workbook, out, { force, command: SAMPLE.name });
  const sheets = list(written.sheets.map((sheet) => sheet.name));
  io.out(`${message("wroteSheets", locale, out, sheets)}\n`);
  return 0;
}
