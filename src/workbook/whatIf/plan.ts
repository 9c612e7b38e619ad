/**
 * Checking a what-if request and listing its points (pure). Addresses are normalised to
 * `Sheet!A1` (quoted when Excel quotes the sheet name); every check names the cell.
 */
import { cellRef, parseSheetRange, quoteSheet } from "../a1";
import { list, message } from "../messages";
import type { Message } from "../messages";
import { WhatIfRefusal } from "./errors";
import type { CellInfo, Point, TornadoInput, WhatIfRequest } from "./types";

/** A sweep of more points needs the user's confirmation. */
export const MAX_POINTS = 10000;
/** The goal-seek scan: v_i = low + i·(high − low)/100, i = 0..100 (gtm-model.md §7). */
export const SCAN_STEPS = 100;

/**
 * `Inputs!b2` → `Inputs!B2`; anything but one cell on a named sheet is refused. `role`: which
 * cell it is (`message("role.output")`, `message("role.inputN", "2")`…).
 */
export function normaliseCell(text: string, role: Message): string {
  const parsed = parseSheetRange(text.trim());
  if (parsed === null || parsed.rect.rows !== 1 || parsed.rect.columns !== 1) {
    throw new WhatIfRefusal("badAddress", message("badAddress", role, text), [text]);
  }
  return `${quoteSheet(parsed.sheet)}!${cellRef(parsed.rect.row, parsed.rect.column)}`;
}

function finiteList(values: readonly number[], what: string): void {
  const bad = values.filter((value) => typeof value !== "number" || !Number.isFinite(value));
  if (values.length === 0 || bad.length > 0)
    throw new WhatIfRefusal(
      "badValues",
      values.length === 0
        ? message("valuesEmpty", what)
        : message("valuesNotNumbers", what, list(bad.map(String)))
    );
}

/** The request with its addresses normalised and its numbers checked. */
export function normaliseRequest(request: WhatIfRequest): WhatIfRequest {
  const output = normaliseCell(request.output, message("role.output"));
  if (request.kind === "table") {
    const x = {
      cell: normaliseCell(request.x.cell, message("role.inputX")),
      values: [...request.x.values],
    };
    finiteList(x.values, x.cell);
    const y =
      request.y === null || request.y === undefined
        ? null
        : {
            cell: normaliseCell(request.y.cell, message("role.inputY")),
            values: [...request.y.values],
          };
    if (y !== null) finiteList(y.values, y.cell);
    return { kind: "table", output, x, y };
  }
  if (request.kind === "tornado") {
    if (request.inputs.length === 0) throw new WhatIfRefusal("badValues", message("tornadoEmpty"));
    const inputs: TornadoInput[] = request.inputs.map((input, i) => {
      const cell = normaliseCell(input.cell, message("role.inputN", String(i + 1)));
      finiteList([input.low, input.high], cell);
      return { cell, low: input.low, high: input.high };
    });
    return { kind: "tornado", output, inputs };
  }
  const input = normaliseCell(request.input, message("role.input"));
  finiteList([request.target, request.low, request.high], input);
  if (!(request.low < request.high))
    throw new WhatIfRefusal(
      "badValues",
      message("badInterval", input, String(request.low), String(request.high)),
      [input]
    );
  return { ...request, output, input };
}

/** The input cells of a (normalised) request, in order, without repeats; refuses the output among them. */
export function inputCells(request: WhatIfRequest): string[] {
  const cells =
    request.kind === "table"
      ? [request.x.cell, ...(request.y ? [request.y.cell] : [])]
      : request.kind === "tornado"
        ? request.inputs.map((input) => input.cell)
        : [request.input];
  const seen = new Set<string>();
  for (const cell of cells) {
    const key = cell.toLowerCase();
    if (seen.has(key)) throw new WhatIfRefusal("badAddress", message("inputTwice", cell), [cell]);
    seen.add(key);
    if (key === request.output.toLowerCase())
      throw new WhatIfRefusal("outputIsInput", message("outputIsInput", cell), [cell]);
  }
  return cells;
}

/** How many points the request evaluates (goal seek: the scan; its refinement adds a few dozen). */
export function pointCount(request: WhatIfRequest): number {
  if (request.kind === "table") return request.x.values.length * (request.y?.values.length ?? 1);
  if (request.kind === "tornado") return request.inputs.length * 2;
  return SCAN_STEPS + 1;
}

function describe(info: CellInfo): string {
  return typeof info.formula === "string" && info.formula.startsWith("=")
    ? info.formula
    : JSON.stringify(info.value);
}

/** What a cell holds that an input must not: an error, a logical value or text. */
function holding(value: CellInfo["value"]): Message {
  if (typeof value === "object") return message("holds.error");
  return message(typeof value === "boolean" ? "holds.logical" : "holds.text");
}

/** The refusals that need the cells' contents (nothing has been changed yet). */
export function checkCells(
  output: CellInfo,
  inputs: readonly CellInfo[],
  confirmFormulas: boolean
): void {
  for (const info of [output, ...inputs]) {
    if (!info.exists)
      throw new WhatIfRefusal("missingSheet", message("missingSheet", info.cell), [info.cell]);
    if (info.sheetProtected) {
      const sheet = info.cell.slice(0, info.cell.lastIndexOf("!"));
      throw new WhatIfRefusal("protected", message("protected", sheet, info.cell), [info.cell]);
    }
  }
  const formulas = inputs.filter(
    (info) => typeof info.formula === "string" && info.formula.startsWith("=")
  );
  for (const info of inputs) {
    if (formulas.includes(info)) continue;
    const value = info.value;
    if (value !== "" && value !== null && typeof value !== "number")
      throw new WhatIfRefusal(
        "textInput",
        message("textInput", info.cell, holding(value), describe(info)),
        [info.cell]
      );
  }
  if (formulas.length > 0 && !confirmFormulas) {
    const cells = list(formulas.map((info) => message("cellHolding", info.cell, describe(info))));
    throw new WhatIfRefusal(
      "formulaInput",
      message(formulas.length === 1 ? "formulaInput" : "formulaInputs", cells),
      formulas.map((info) => info.cell),
      true
    );
  }
}

/** The current number of an input (its formula's result for a replaced formula); null when blank. */
export function currentNumber(info: CellInfo): number | null {
  return typeof info.value === "number" ? info.value : null;
}

/** Points of a one- or two-way table, row by row (y down, x across). */
export function tablePoints(request: Extract<WhatIfRequest, { kind: "table" }>): Point[] {
  const { x, y } = request;
  if (!y) return x.values.map((value) => [{ cell: x.cell, value }]);
  return y.values.flatMap((yValue) =>
    x.values.map((xValue) => [
      { cell: x.cell, value: xValue },
      { cell: y.cell, value: yValue },
    ])
  );
}

/**
 * Tornado points: per input its low, then its high, every OTHER input written back to its
 * current value in the same point (so one point never inherits the previous point's change).
 */
export function tornadoPoints(
  request: Extract<WhatIfRequest, { kind: "tornado" }>,
  infos: readonly CellInfo[]
): Point[] {
  const current = request.inputs.map((_, i) => currentNumber(infos[i]));
  return request.inputs.flatMap((input, i) =>
    [input.low, input.high].map((value) =>
      request.inputs.map((other, j) => ({ cell: other.cell, value: j === i ? value : current[j] }))
    )
  );
}
