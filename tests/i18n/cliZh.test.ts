/**
 * Issue 11, point 4: the command line under `--lang zh-CN` says everything in Simplified Chinese —
 * its help (general and every command's), every usage error, the lines it prints and its summaries
 * — through the real entry (`main`, as bin/gtm.js runs it). What is left once the syntax is taken
 * out (option, command and code names, the user's quoted values, paths, numbers) holds no English
 * word. English output is unchanged (the tests in tests/cli assert it).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CLI_MESSAGES, type MessageCode } from "../../src/cli/i18n/messages";
import { COMMAND_DECLS } from "../../src/cli/main";
import {
  CHANNEL_METRIC_FIELDS,
  METRICS,
  SEGMENT_METRIC_FIELDS,
  type ModelInput,
} from "../../src/model";
import { ASSUMPTION_FIELDS, CHANNEL_FIELDS, SEGMENT_FIELDS } from "../../src/model/schema";
import { inputJsonPath, tempDir } from "../cli/helpers";
import { gtm, openXlsx } from "../cli/run.helpers";
import { readExample } from "../support/shared";
import { CJK } from "./helpers";

const ZH = ["--lang", "zh-CN"];
/** An input that does not exist: any error about it would mean a file was read first. */
const MISSING = path.join(__dirname, "no-such-folder", "model.json");
const EXAMPLE = inputJsonPath("direct-vs-partner");
const example = readExample("direct-vs-partner").input as unknown as ModelInput & {
  scenarios: { name: string }[];
};

/** Code names the user types (metrics, fields, commands, choices, the --json keys). */
const CODE_NAMES = new Set([
  ...METRICS,
  ...CHANNEL_METRIC_FIELDS,
  ...SEGMENT_METRIC_FIELDS,
  ...[...CHANNEL_FIELDS, ...SEGMENT_FIELDS, ...ASSUMPTION_FIELDS].map((field) => field.field),
  ...COMMAND_DECLS.map((decl) => decl.name),
  ...["gtm", "value", "scale", "latin", "random", "null"],
  // --json keys, as the notes of the help name them.
  ...["channels", "segments", "total", "periods", "periodUnit", "channel", "driver", "low"],
  ...["base", "high", "swing", "rankCorrelation", "from", "count", "values", "metric"],
]);

/**
 * Words that are syntax or names in every language: file types, products, currency codes, the
 * abbreviations the model's Chinese labels keep (NPV, CAC, LTV, Bass, PERT), and the table and
 * column names the user types in the workbook (Channels, Uncertainty, Driver…).
 */
const ALLOWED = new Set([
  ...["xlsx", "xls", "json", "JSON", "csv", "CSV", "GTM", "Modeler", "Excel", "LibreOffice"],
  ...["exceljs", "ISO", "USD", "EUR", "CNY", "JPY", "NPV", "CAC", "LTV", "Bass", "PERT"],
  ...["Channels", "Segments", "Mix", "Assumptions", "Bounds", "Scenarios", "Uncertainty"],
  ...["Correlations", "Channel", "Min", "Max", "Scenario", "Driver", "Value", "Mode"],
  ...["Distribution", "Most", "likely", "Mean", "SD", "Apply", "With", "Correlation"],
]);

/** The English words left in `text` once syntax, user text (`names`) and paths are taken out. */
function englishLeft(text: string, names: readonly string[] = []): string[] {
  let rest = text;
  for (const name of [...names].sort((a, b) => b.length - a.length))
    rest = rest.split(name).join(" ");
  rest = rest
    .replace(/"[^"\n]*"|“[^”\n]*”/g, " ") // quoted user values and JSON keys
    .replace(/[\w*]+(\[[^\]\n]*\])+(\.[\w:]+)?/g, " ") // channel[Partners].cac, values[i][j]
    .replace(/--?[\w-]+/g, " ") // option names
    .replace(/[\w./*-]*\/[\w./*-]+/g, " ") // paths (shared/examples/*.input.json)
    .replace(/[\w.]+:[\w.:]+/g, " "); // from:to:count, LTV:CAC, 0.8:1.2:5
  const words = rest.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
  return words.filter(
    (word) => /[A-Za-z]{3,}/.test(word) && !CODE_NAMES.has(word) && !ALLOWED.has(word)
  );
}

/** A Chinese template of the command line's table as a pattern, parameters matching anything. */
function zhPattern(code: MessageCode): string {
  const zh = CLI_MESSAGES.find(([name]) => name === code)?.[2] ?? "";
  return zh
    .split(/\{\d\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s\\S]*?");
}

describe("gtm --help in Simplified Chinese", () => {
  it("the general help: its heading, commands and exit codes in Chinese", async () => {
    const run = await gtm("--help", ...ZH);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 3)).toEqual([
      "gtm——命令行版 GTM Modeler：在 .xlsx 工作簿上运行市场进入（GTM）模型。",
      "",
      "用法：",
    ]);
    expect(run.stdout).toContain("\n命令：\n  sample         写入示例工作簿");
    expect(run.stdout).toContain(
      "\n  gtm sensitivity <输入.xlsx|输入.json> --metric M --x 驱动因素 [选项]\n"
    );
    expect(englishLeft(run.stdout)).toEqual([]);
    // `--lang` before the command reads the same.
    expect((await gtm(...ZH, "--help")).stdout).toBe(run.stdout);
  });

  it("a command's help: usage heading and option lines, descriptions and placeholders in Chinese", async () => {
    const run = await gtm("tornado", "--help", ...ZH);
    expect(run.code).toBe(0);
    expect(
      run.stdout.startsWith("用法：gtm tornado <输入.xlsx|输入.json> --metric M [选项]\n")
    ).toBe(true);
    expect(run.stdout).toContain(
      "\n  --channels 名称       渠道所在的表、工作表或区域（工作表!A1:J9）                    [Channels]\n"
    );
    expect(run.stdout).toContain(
      "\n  --lang en|zh-CN       写入和输出的所有内容（包括帮助和错误信息）所用的语言                [en]\n"
    );
    expect(run.stdout).toContain("\n输出选项：\n");
    expect(run.stdout).toContain("\n  -h, --help            显示此帮助\n");
  });

  it("the check finds English where there is some: the English help and errors leave words", async () => {
    expect(englishLeft((await gtm("tornado", "--help")).stdout)).toEqual(
      expect.arrayContaining(["Usage", "Options", "language", "written", "printed"])
    );
    expect(englishLeft((await gtm("sensitivty")).stderr)).toEqual([
      "unknown",
      "command",
      "did",
      "you",
      "mean",
      "see",
    ]);
    expect(englishLeft("摘要 Total：$1,000")).toEqual(["Total"]);
  });

  it.each(COMMAND_DECLS.map((decl) => decl.name))(
    "gtm %s --help --lang zh-CN leaves no English word",
    async (name) => {
      const run = await gtm(name, "--help", ...ZH);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
      expect(englishLeft(run.stdout)).toEqual([]);
    }
  );
});

describe("usage errors in Simplified Chinese, exit 2 before any file is read", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const existing = path.join(dir, "有.xlsx");
  fs.writeFileSync(existing, "");
  const sens = ["sensitivity", ...ZH, MISSING, "--metric", "npv"];
  const breakeven = ["breakeven", ...ZH, MISSING, "--metric", "npv", "--driver", "discountRate"];

  /** One command line per usage-error code. */
  const cases: [MessageCode, string[]][] = [
    ["missingCommand", [...ZH]],
    ["unknownCommand", [...ZH, "sensitivty", MISSING]],
    ["unknownGlobalOption", [...ZH, "--versoin"]],
    ["unknownOption", ["run", ...ZH, MISSING, "--jsno"]],
    ["takesNoValue", ["run", ...ZH, MISSING, "--replace=yes"]],
    ["needsValue", ["run", ...ZH, MISSING, "--out"]],
    ["givenTwice", ["run", ...ZH, MISSING, "--json", "--json"]],
    ["emptyValue", ["run", ...ZH, MISSING, "--out="]],
    ["missingArgument", ["run", ...ZH]],
    ["unexpectedArgument", ["run", ...ZH, MISSING, "more"]],
    ["missingOption", ["tornado", ...ZH, MISSING]],
    ["notAChoice", [...sens, "--x", "discountRate", "--values", "0.1", "--mode", "scal"]],
    ["optionProblem", ["tornado", ...ZH, MISSING, "--metric", "npvv"]],
    ["optionValueProblem", ["tornado", ...ZH, MISSING, "--metric", "npv", "--swing", "2"]],
    ["driverValueOutOfRange", [...sens, "--x", "channel[*].conversion", "--values", "1.5"]],
    ["badCurrency", ["run", ...ZH, MISSING, "--currency", "dollars"]],
    ["emptyName", ["tornado", ...ZH, MISSING, "--metric", "npv", "--drivers", "price,,churn"]],
    ["notANumber", [...breakeven, "--target", "lots"]],
    ["lowNotBelowHigh", [...breakeven, "--target", "0", "--low", "0.5", "--high", "0.1"]],
    ["badSwing", ["tornado", ...ZH, MISSING, "--metric", "npv", "--swing", "big"]],
    ["sameOption", [...sens, "--x", "discountRate", "--values", "0.1", "--x-values", "0.2"]],
    ["yNeedsValues", [...sens, "--x", "discountRate", "--values", "0.1", "--y", "horizon"]],
    ["yValuesNeedY", [...sens, "--x", "discountRate", "--values", "0.1", "--y-values", "1,2"]],
    ["notARange", [...sens, "--x", "discountRate", "--values", "1:2"]],
    ["badPointCount", [...sens, "--x", "discountRate", "--values", "0:1:1"]],
    ["notANumberList", [...sens, "--x", "discountRate", "--values", "a,b"]],
    ["bindingForJson", ["allocate", ...ZH, MISSING, "--bounds", "B"]],
    ["bindingsForJson", ["run", ...ZH, MISSING, "--channels", "C"]],
    ["outIsInput", ["run", ...ZH, MISSING, "--out", MISSING]],
    ["noFolder", ["run", ...ZH, MISSING, "--out", path.join(dir, "无", "o.xlsx")]],
    ["outExists", ["run", ...ZH, MISSING, "--out", existing]],
    ["notRegularFile", ["run", ...ZH, MISSING, "--out", dir, "--force"]],
  ];

  it.each(cases)("%s: said in Chinese, no English word left", async (code, argv) => {
    const run = await gtm(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const pattern = `^gtm：${zhPattern(code)}——参见 gtm( [a-z]+)? --help\\n$`;
    expect(run.stderr).toMatch(new RegExp(pattern));
    expect(englishLeft(run.stderr, [MISSING, dir])).toEqual([]);
  });

  it("every code a UsageError is built with has its case here", () => {
    const found = new Set<string>();
    const walk = (folder: string): void => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith(".ts")) {
          const source = fs.readFileSync(file, "utf8");
          for (const match of source.matchAll(/new UsageError\(\s*([^,]+),/g))
            for (const code of (match[1] ?? "").matchAll(/"(\w+)"/g)) found.add(code[1] ?? "");
        }
      }
    };
    walk(path.join(__dirname, "..", "..", "src", "cli"));
    // `badCommandLine` carries Node's own parse error when no token is to blame: none is left
    // unnamed (args.ts names every bad token first), so no command line reaches it.
    const covered = new Set([...cases.map(([code]) => code), "unknownLang", "badCommandLine"]);
    expect([...found].filter((code) => !covered.has(code))).toEqual([]);
    expect(found.size).toBeGreaterThan(30);
  });

  it("exact Chinese: an unknown command, an unknown option (did you mean), a bad count of points", async () => {
    expect((await gtm(...ZH, "sensitivty", MISSING)).stderr).toBe(
      "gtm：未知命令“sensitivty”——您是指 sensitivity 吗？（sample、run、sensitivity、tornado、scenarios、breakeven、allocate 或 simulate）——参见 gtm --help\n"
    );
    expect((await gtm(...sens, "--x", "discountRate", "--x-value", "0.1")).stderr).toBe(
      "gtm：gtm sensitivity 没有选项 --x-value——您是指 --x-values 吗？（它的选项：--metric、--x、--x-values、--values、--y、--y-values、--mode、--channels、--segments、--mix、--assumptions、--json、--out、--force、--replace、--lang、--currency、--help）——参见 gtm sensitivity --help\n"
    );
    expect((await gtm(...sens, "--x", "discountRate", "--values", "0:1:1")).stderr).toBe(
      "gtm：--values “0:1:1”：点数必须是 2 到 10000 之间的整数——参见 gtm sensitivity --help\n"
    );
  });

  it("an unknown --lang is said in English (the language is unknown), naming the languages there are", async () => {
    const expected = {
      code: 2,
      stdout: "",
      stderr: 'gtm: --lang "fr" is not a language — use en or zh-CN — see gtm run --help\n',
    };
    expect(await gtm("run", MISSING, "--lang", "fr")).toEqual(expected);
    expect(await gtm("--lang", "fr", "run", MISSING)).toEqual({
      ...expected,
      stderr: 'gtm: --lang "fr" is not a language — use en or zh-CN — see gtm --help\n',
    });
  });
});

describe("what the commands print, in Simplified Chinese", () => {
  /** The example's own names (channels, segments, scenarios): user text, the same in every language. */
  const names = [
    ...example.channels.map((channel) => channel.name),
    ...example.segments.map((segment) => segment.name),
    ...example.scenarios.map((scenario) => scenario.name),
  ];

  it("gtm run: the summary's heading and labels in Chinese", async () => {
    const run = await gtm("run", EXAMPLE, ...ZH);
    expect(run.code).toBe(0);
    expect(example.assumptions.periodUnit).toBe("month");
    const [title, blank, header] = run.stdout.split("\n");
    expect([title, blank]).toEqual([`GTM 模型，共 ${example.assumptions.horizon} 个月`, ""]);
    expect(header?.startsWith("渠道 ")).toBe(true);
    expect(header?.trimEnd().endsWith(" 合计")).toBe(true);
    expect(run.stdout).toMatch(/\n净现值 \(NPV\) +\$/);
    expect(run.stdout).toMatch(/\n回收期 +[\d.]+ 个月 /);
    expect(englishLeft(run.stdout, names)).toEqual([]);
  });

  it.each([
    [
      "sensitivity",
      "--metric",
      "npv",
      "--x",
      "channel[Partners].conversion",
      "--values",
      "0.1,0.2",
    ],
    ["tornado", "--metric", "payback"],
    ["scenarios", "--metrics", "npv,cac"],
    ["breakeven", "--metric", "npv", "--driver", "discountRate", "--target", "0"],
    ["allocate", "--unspent"],
    ["simulate", "--metric", "npv", "--iterations", "200"],
  ])("gtm %s: the summary leaves no English word", async (command, ...options) => {
    const run = await gtm(command, EXAMPLE, ...options, ...ZH);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(100);
    expect(englishLeft(run.stdout, names)).toEqual([]);
  });

  it("the Wrote line and the chart note in Chinese", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const out = path.join(dir, "结果.xlsx");
      const run = await gtm("run", EXAMPLE, "--out", out, ...ZH);
      expect(run.code).toBe(0);
      const escaped = out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(run.stdout).toMatch(
        new RegExp(
          `^已写入 ${escaped}：工作表“Results”（Results!A1:[A-Z]+[0-9]+）\\n注意：工作表“Results”上的图表“各渠道收入”未绘制——命令行无法创建 Excel 图表；图表的数据在工作表上\\n$`
        )
      );
    } finally {
      cleanup();
    }
  });

  it("gtm sample, and input problems that are not the model's (not a workbook, bad JSON, no such table)", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const book = path.join(dir, "样例.xlsx");
      const sample = await gtm("sample", book, ...ZH);
      expect(sample.code).toBe(0);
      expect(sample.stdout).toMatch(
        new RegExp(
          `^已写入 ${book.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}：工作表 Channels、Segments、Mix、Assumptions、`
        )
      );
      const model = (await openXlsx(book)).getWorksheet("GTM Model");
      expect(typeof model?.getCell("A1").value).toBe("string");
      expect(String(model?.getCell("A1").value)).toMatch(CJK);
      const text = path.join(dir, "文本.xlsx");
      fs.writeFileSync(text, "not a workbook");
      expect((await gtm("run", text, ...ZH)).stderr).toBe(
        `${text}：不是 .xlsx 工作簿——请在 Excel 或 LibreOffice 中另存为 Excel 工作簿（.xlsx）\n`
      );
      const cut = path.join(dir, "截断.xlsx");
      fs.writeFileSync(cut, fs.readFileSync(book).subarray(0, 2000));
      expect((await gtm("run", cut, ...ZH)).stderr).toBe(
        `${cut}：工作簿已损坏，无法读取（zip 文件没有中央目录——文件被截断或不是 zip 文件）\n`
      );
      expect((await gtm("run", cut)).stderr).toBe(
        `${cut}: the workbook is damaged and cannot be read (the zip file has no central directory — it is truncated or not a zip file)\n`
      );
      const json = path.join(dir, "坏.json");
      fs.writeFileSync(json, "{");
      const bad = await gtm("run", json, ...ZH);
      expect(bad.code).toBe(1);
      expect(bad.stderr.startsWith(`${json}：不是有效的 JSON（`)).toBe(true);
      const missing = await gtm("run", book, "--channels", "渠道表", ...ZH);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(
        /：没有名为“渠道表”的 Excel 表或工作表（工作簿中的工作表：Channels、Segments、Mix、Assumptions、[^）]+）\n$/
      );
    } finally {
      cleanup();
    }
  });

  it("where a decision's table came from is written on the Chinese sheet in Chinese", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const out = path.join(dir, "情景.xlsx");
      expect((await gtm("scenarios", EXAMPLE, "--out", out, ...ZH)).code).toBe(0);
      const texts: string[] = [];
      (await openXlsx(out)).eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === "string") texts.push(cell.value);
          })
        )
      );
      expect(texts.some((text) => text.includes("来自 JSON 模型中的情景"))).toBe(true);
      expect(texts.some((text) => text.includes("the JSON model's"))).toBe(false);
    } finally {
      cleanup();
    }
  });

  it("a file that cannot be read: one line in Chinese, exit 1", async () => {
    expect(await gtm("run", MISSING, ...ZH)).toEqual({
      code: 1,
      stdout: "",
      stderr: `${MISSING}：文件不存在\n`,
    });
  });
});
