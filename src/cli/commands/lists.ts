/** Option values that are lists of names or numbers. */
import { UsageError } from "../errors";
import { parseNumber } from "../valueList";

/** A comma-separated list of names (metrics, drivers), or null when not given. */
export function parseList(
  text: string | undefined,
  option: string,
  command: string
): string[] | null {
  if (text === undefined) return null;
  const names = text.split(",").map((name) => name.trim());
  if (names.some((name) => name === ""))
    throw new UsageError("emptyName", [`--${option}`, text], command);
  return names;
}

/** A number option's value: a plain number, or a usage error naming the option. */
export function numberOption(
  text: string | undefined,
  option: string,
  command: string
): number | null {
  if (text === undefined) return null;
  const value = parseNumber(text);
  if (value === null) throw new UsageError("notANumber", [`--${option}`, text], command);
  return value;
}
