/**
 * Issue 11, point 4: the what-if refusals, cancel and restore, the typed values and the pane's
 * other failures in Simplified Chinese, from the one table of src/workbook/messages.ts (the
 * English texts, asserted in tests/excel/whatIf.test.ts, stay as they were).
 */
import { ExcelWorkbookPort } from "../../src/excel/excelPort";
import { saveSettings } from "../../src/excel/host";
import { standInRun } from "../../src/testing/office";
import { describeError } from "../../src/taskpane/describeError";
import { CHINESE, ENGLISH } from "../../src/taskpane/strings";
import { runChunks } from "../../src/taskpane/simulation/pool";
import type { ChunkWorker } from "../../src/taskpane/simulation/pool";
import { createWhatIfOperations } from "../../src/taskpane/whatIfOperations";
import { parseValues } from "../../src/taskpane/whatIfValues";
import {
  checkPlan,
  LiveFormulaError,
  message,
  MESSAGE_TEMPLATES,
  normaliseCell,
  reasonIn,
  renderMessage,
  WhatIfCancelled,
  WhatIfRefusal,
  WhatIfRestoreError,
} from "../../src/workbook";
import { inputRefs } from "../../src/workbook/services/formulas";
import type { SimulationPlan } from "../../src/model/simulation";
import { modelFixture } from "../excel/whatIfModel";
import { CJK } from "./helpers";

const control = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

function zhOperations(fixture = modelFixture()) {
  return createWhatIfOperations({
    whatIf: fixture.port,
    workbook: new ExcelWorkbookPort(standInRun(fixture.standIn)),
    selectedAddress: async () => "Inputs!B1",
    version: "1.0.0",
    locale: "zh-CN",
  });
}

async function refusedZh(
  request: Parameters<ReturnType<typeof zhOperations>["run"]>[0],
  fixture = modelFixture()
): Promise<string> {
  const outcome = await zhOperations(fixture).run(request, {}, control());
  if (outcome.status !== "refused") throw new Error(JSON.stringify(outcome));
  return outcome.message;
}

describe("the table", () => {
  it("every code once, its Chinese non-empty, Chinese, different, with the same parameters", () => {
    const codes = MESSAGE_TEMPLATES.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    const placeholders = (text: string) => (text.match(/\{\d\}/g) ?? []).sort();
    const rows: readonly (readonly [string, string, string])[] = MESSAGE_TEMPLATES;
    const wrong = rows.filter(
      ([, en, zh]) =>
        zh.trim() === "" ||
        zh === en ||
        !CJK.test(zh) ||
        placeholders(zh).join() !== placeholders(en).join()
    );
    expect(wrong).toEqual([]);
  });
});

describe("what-if refusals in Chinese, cells named", () => {
  it("a formula input, with its confirmation", async () => {
    const outcome = await zhOperations().run(
      { kind: "table", output: "Model!B1", x: { cell: "Inputs!B5", values: [0.05] } },
      {},
      control()
    );
    expect(outcome).toEqual({
      status: "refused",
      message: "Inputs!B5（=B3*1）包含公式：请确认扫描时可以用扫描值替换它，结束后再还原。",
      confirm: "formulas",
    });
  });

  it("a protected sheet", async () => {
    const fixture = modelFixture();
    const model = fixture.book.sheet("Model");
    if (model) model.isProtected = true;
    expect(
      await refusedZh(
        { kind: "table", output: "Model!B1", x: { cell: "Inputs!B1", values: [1] } },
        fixture
      )
    ).toBe("工作表 Model 受保护：请先撤销工作表保护，再扫描 Model!B1。");
  });

  it("text in an input, the output among the inputs, a missing sheet, too many points", async () => {
    expect(
      await refusedZh({ kind: "table", output: "Model!B1", x: { cell: "Inputs!A1", values: [1] } })
    ).toBe('Inputs!A1 包含文本（"Price"）：输入单元格必须是数字或为空。');
    expect(
      await refusedZh({ kind: "table", output: "Inputs!B1", x: { cell: "Inputs!B1", values: [1] } })
    ).toBe("Inputs!B1 既是输出单元格又是输入单元格：请另选一个输出单元格。");
    expect(
      await refusedZh({
        kind: "table",
        output: "Nowhere!B1",
        x: { cell: "Inputs!B1", values: [1] },
      })
    ).toBe("Nowhere!B1 所在的工作表不存在。");
    const values = Array.from({ length: 101 }, (_, i) => i + 1);
    expect(
      await refusedZh({
        kind: "table",
        output: "Model!B1",
        x: { cell: "Inputs!B1", values },
        y: { cell: "Inputs!B2", values },
      })
    ).toBe("此次扫描有 10,201 个点（超过 10,000 个）：请确认后再运行。");
  });

  it("addresses and numbers of the request", async () => {
    expect(
      await refusedZh({ kind: "table", output: "B2", x: { cell: "Inputs!B1", values: [1] } })
    ).toBe("输出单元格必须是带工作表名称的单个单元格，例如 Inputs!B2（收到的是“B2”）。");
    expect(
      await refusedZh({
        kind: "tornado",
        output: "Model!B1",
        inputs: [
          { cell: "Inputs!B1", low: 1, high: 2 },
          { cell: "Inputs!B2:B3", low: 1, high: 2 },
        ],
      })
    ).toBe(
      "第 2 个输入单元格必须是带工作表名称的单个单元格，例如 Inputs!B2（收到的是“Inputs!B2:B3”）。"
    );
    expect(
      await refusedZh({
        kind: "goalSeek",
        output: "Model!B1",
        input: "Inputs!B1",
        target: 5,
        low: 2,
        high: 1,
      })
    ).toBe("Inputs!B1 的搜索区间必须满足下限 < 上限（收到的是 2 和 1）。");
    expect(
      await refusedZh({ kind: "table", output: "Model!B1", x: { cell: "Inputs!B1", values: [] } })
    ).toBe("Inputs!B1 的取值为空：请至少填写一个数字。");
  });

  it("the English is unchanged, and the cell's role is translated", () => {
    let caught: unknown;
    try {
      normaliseCell("B2", message("role.inputX"));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WhatIfRefusal);
    const refusal = caught as WhatIfRefusal;
    expect(refusal.message).toBe(
      'The input X must be one cell with its sheet, like Inputs!B2 (got "B2").'
    );
    expect(renderMessage(refusal.text, "zh-CN")).toBe(
      "输入 X（横向）必须是带工作表名称的单个单元格，例如 Inputs!B2（收到的是“B2”）。"
    );
  });
});

describe("cancelled and not restored, through the pane's describeError", () => {
  it("cancelled", () => {
    const error = new WhatIfCancelled();
    expect(error.message).toBe("The what-if run was cancelled; the input cells were restored.");
    expect(describeError(error, CHINESE)).toBe("假设分析已取消；输入单元格已还原。");
  });

  it("not restored: the cells that differ", () => {
    const error = new WhatIfRestoreError([
      { cell: "Inputs!B1", expected: "120", found: "55" },
      { cell: "Inputs!B2", expected: "=B3*1", found: "0.02" },
    ]);
    expect(error.message).toBe(
      "THE INPUT CELLS WERE NOT RESTORED: Inputs!B1: expected 120, found 55; Inputs!B2: expected =B3*1, found 0.02. Use Restore in the What-if panel, or put these cells back by hand."
    );
    expect(describeError(error, ENGLISH)).toBe(error.message);
    expect(describeError(error, CHINESE)).toBe(
      "输入单元格未能还原：Inputs!B1：应为 120，实际为 55；Inputs!B2：应为 =B3*1，实际为 0.02。请在“假设分析”页点击“还原单元格”，或手动恢复这些单元格。"
    );
  });

  it("not restored because Excel failed: Excel's failure in the pane's words", () => {
    const busy = Object.assign(new Error("Excel is in cell-editing mode."), {
      code: "InvalidOperationInCellEditMode",
    });
    const error = new WhatIfRestoreError([], busy);
    expect(error.message).toBe(
      "THE INPUT CELLS WERE NOT RESTORED (Excel is in cell-editing mode.). Use Restore in the What-if panel, or put these cells back by hand."
    );
    expect(describeError(error, CHINESE)).toBe(
      "输入单元格未能还原（Excel 正在编辑单元格。请按 Enter 或 Esc 退出单元格编辑模式，然后重试。）。请在“假设分析”页点击“还原单元格”，或手动恢复这些单元格。"
    );
  });
});

describe("the pane's other failures in Chinese", () => {
  it("Office's error codes: a protected sheet, cell-edit mode, a missing table", () => {
    const excel = (code: string) => Object.assign(new Error("Office's own words"), { code });
    expect(describeError(excel("AccessDenied"), CHINESE)).toBe(
      "Excel 拒绝了此更改：工作表或工作簿受保护或为只读。请撤销保护后重试。"
    );
    expect(describeError(excel("AccessDenied"), ENGLISH)).toBe(
      "Excel refused the change: the sheet or workbook is protected or read-only. Unprotect it, then try again."
    );
    expect(describeError(excel("InvalidOperationInCellEditMode"), CHINESE)).toBe(
      "Excel 正在编辑单元格。请按 Enter 或 Esc 退出单元格编辑模式，然后重试。"
    );
    expect(describeError(excel("ItemNotFound"), CHINESE)).toBe(
      "加载项需要的工作表或区域已不存在。请重新检查输入。"
    );
  });

  it("a sheet larger than Excel's grid, a text too long for a cell", () => {
    const wide = { name: "Sensitivity", blocks: [{ row: 0, column: 16384, cells: [[1]] }] };
    const grid = (() => {
      try {
        checkPlan(wide as Parameters<typeof checkPlan>[0]);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(describeError(grid, ENGLISH)).toBe(
      "Sensitivity: the sheet would need 1 rows × 16,385 columns — Excel holds 1,048,576 rows × 16,384 columns; use fewer values, channels or periods"
    );
    expect(describeError(grid, CHINESE)).toBe(
      "Sensitivity：该工作表需要 1 行 × 16,385 列——Excel 最多容纳 1,048,576 行 × 16,384 列；请减少取值、渠道或期数"
    );
    const long = { name: "Results", blocks: [{ row: 1, column: 0, cells: [["x".repeat(40000)]] }] };
    let text: unknown;
    try {
      checkPlan(long as Parameters<typeof checkPlan>[0]);
    } catch (error) {
      text = error;
    }
    expect(describeError(text, ENGLISH)).toBe(
      "Results!A2: the text is 40,000 characters long — an Excel cell holds at most 32,767"
    );
    expect(describeError(text, CHINESE)).toBe(
      "Results!A2：文本长度为 40,000 个字符——Excel 单元格最多容纳 32,767 个字符"
    );
  });

  it("live formulas without the tables", () => {
    let error: unknown;
    try {
      inputRefs({});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LiveFormulaError);
    expect(describeError(error, ENGLISH)).toBe(
      "Live formulas need the channels and segments tables in the workbook; write values instead"
    );
    expect(describeError(error, CHINESE)).toBe(
      "实时公式需要工作簿中的渠道表和客户细分表；请改为写入数值"
    );
  });

  it("settings not saved, a simulation stopped", async () => {
    const settings = {
      get: () => undefined,
      set: () => undefined,
      saveAsync: (callback?: (result: { status: string }) => void) =>
        callback?.({ status: "failed" }),
    };
    const saved = await saveSettings(settings, {}).catch((caught: unknown) => caught);
    expect(describeError(saved, ENGLISH)).toBe(
      "The workbook could not remember the inputs: unknown error"
    );
    expect(describeError(saved, CHINESE)).toBe("工作簿无法记住输入表的位置：未知错误");

    const worker: ChunkWorker = {
      postMessage: () => worker.onerror?.({}),
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
    };
    const plan = { settings: { iterations: 10 }, model: {}, spec: {}, metric: "npv" };
    const stopped = await runChunks(plan as unknown as SimulationPlan, {
      createWorker: () => worker,
      workers: 1,
      chunkSize: 10,
      signal: new AbortController().signal,
      onProgress: () => undefined,
    }).catch((caught: unknown) => caught);
    expect(describeError(stopped, ENGLISH)).toBe("The simulation stopped: a worker failed");
    expect(describeError(stopped, CHINESE)).toBe("模拟已停止：一个后台计算进程出错");
  });
});

describe("typed values and failure reasons in Chinese", () => {
  it("the values field's problems", () => {
    expect(parseValues("1, x", "zh-CN")).toEqual({ error: "“x”不是数字。" });
    expect(parseValues("5:1:1", "zh-CN")).toEqual({
      error: "“5:1:1”中的步长必须大于 0，且终点不能小于起点。",
    });
    expect(parseValues("1:2", "zh-CN")).toEqual({
      error: "“1:2”不是区间：请写成 起点:终点:步长，例如 10:20:2。",
    });
    expect(parseValues("0:20000:1", "zh-CN")).toEqual({
      error: "“0:20000:1”会产生 20001 个值：每个输入单元格最多 10000 个。",
    });
    expect(parseValues("", "zh-CN")).toEqual({
      error: "请输入取值：列表（1, 2, 5%）或区间（10:20:2）。",
    });
    expect(parseValues("1, 2", "zh-CN")).toEqual({ values: [1, 2] });
  });

  it("why a point was not computed, as written on the what-if sheet", () => {
    expect(reasonIn("empty", "zh-CN")).toBe("空");
    expect(reasonIn('text "n/a"', "zh-CN")).toBe("文本“n/a”");
    expect(reasonIn("logical TRUE", "zh-CN")).toBe("逻辑值 TRUE");
    expect(reasonIn("still #BUSY! after 0.04 s", "zh-CN")).toBe("0.04 秒后仍为 #BUSY!");
    expect(reasonIn("#DIV/0!", "zh-CN")).toBe("#DIV/0!");
    expect(reasonIn("empty", "en")).toBe("empty");
  });
});
