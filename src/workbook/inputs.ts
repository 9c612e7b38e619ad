/**
 * The one function that turns what a port read (`ReadInputs`) into the model's table input. Every
 * host's reading follows the contract in port.ts (an Excel table read as `tablePart` says: the
 * assumptions `[#Data]`, without the header row), so nothing here drops or adds a row: the task
 * pane, the command line and the tests all call this and nothing else.
 */
import type { TableOrigin, TablesInput } from "../model";
import { INPUT_NAMES } from "./port";
import type { InputName, ReadInputs } from "./port";

export function tablesInput(inputs: ReadInputs): TablesInput {
  const origins: Partial<Record<InputName, TableOrigin>> = {};
  for (const name of INPUT_NAMES) {
    const table = inputs[name];
    if (table !== undefined) origins[name] = table.origin;
  }
  return {
    channels: inputs.channels?.values,
    segments: inputs.segments?.values,
    mix: inputs.mix?.values ?? null,
    assumptions: inputs.assumptions?.values ?? null,
    origins,
  };
}
