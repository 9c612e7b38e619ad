/**
 * `--samples FILE.csv`: every iteration's sampled values (as drawn, before clamping) and the
 * metric, so anyone can re-check the statistics in Excel. Header: the drivers as written in the
 * Uncertainty table, then the metric's name. Numbers in full precision, plain digits; an empty
 * cell where the metric has no value.
 */
import type { SimulationPlan } from "../../model";
import { writeAtomically } from "../files";

/** A number in full precision (JavaScript's shortest round-trip digits) without scientific notation. */
export function plainDigits(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (match === null) return text;
  const [, sign, whole, fraction = "", exponent] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const body =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + body;
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV's lines, in blocks of up to 10,000 (so a million rows never make one huge string). */
export function* samplesCsv(plan: SimulationPlan, values: Float64Array): Generator<string> {
  const header = [...plan.spec.drivers.map((entry) => entry.text), plan.metricName];
  yield `${header.map(csvField).join(",")}\r\n`;
  for (let from = 0; from < values.length; from += 10_000) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(values.length, from + 10_000); i++) {
      const cells = plan.samples.map((samples) => plainDigits(samples[i] as number));
      const value = values[i] as number;
      cells.push(Number.isNaN(value) ? "" : plainDigits(value));
      lines.push(`${cells.join(",")}\r\n`);
    }
    yield lines.join("");
  }
}

export async function writeSamples(
  file: string,
  plan: SimulationPlan,
  values: Float64Array,
  options: { force: boolean }
): Promise<void> {
  const encoder = new TextEncoder();
  function* parts(): Generator<Uint8Array> {
    for (const text of samplesCsv(plan, values)) yield encoder.encode(text);
  }
  await writeAtomically(file, parts(), { ...options, command: "simulate" });
}
