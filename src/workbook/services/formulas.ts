/** Live `GTM.*` formulas over the input ranges a host read. */
import { message, renderMessage } from "../messages";
import type { Message } from "../messages";
import type { ReadInputs } from "../port";

/** Thrown when live formulas are asked for inputs that are not on a sheet (e.g. a JSON file). */
export class LiveFormulaError extends Error {
  readonly text: Message;
  constructor(text: Message) {
    super(renderMessage(text));
    this.name = "LiveFormulaError";
    this.text = text;
  }
}

/** The reference arguments every model function takes: channels, segments, then optional mix, assumptions. */
export function inputRefs(inputs: ReadInputs): {
  channels: string;
  segments: string;
  mix: string | null;
  assumptions: string | null;
} {
  const missing = (["channels", "segments"] as const).filter((name) => inputs[name] === undefined);
  if (missing.length > 0) {
    const tables = missing.map((name) => message(`table.${name}`));
    throw new LiveFormulaError(message(tables.length > 1 ? "liveTables" : "liveTable", ...tables));
  }
  return {
    channels: (inputs.channels as { formulaRef: string }).formulaRef,
    segments: (inputs.segments as { formulaRef: string }).formulaRef,
    mix: inputs.mix?.formulaRef ?? null,
    assumptions: inputs.assumptions?.formulaRef ?? null,
  };
}

/** `=NAME(a,b,,d)`: null arguments are left empty, trailing ones dropped. */
export function formulaCall(name: string, args: readonly (string | null)[]): string {
  let last = args.length;
  while (last > 0 && args[last - 1] === null) last--;
  return `=${name}(${args
    .slice(0, last)
    .map((a) => a ?? "")
    .join(",")})`;
}

/** A text literal inside a formula: `"npv"`, quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
