/**
 * Command-line parsing: `--name value`, `--name=value`, boolean `--flag`, `--` ends the options.
 * Anything unknown, repeated or missing a value is a `UsageError` (exit 2).
 */
import { UsageError } from "./errors";

/** `value`: takes an argument; `flag`: stands alone. */
export type OptionKind = "value" | "flag";
export type OptionSpecs = Readonly<Record<string, OptionKind>>;

export interface CommandSpec<O extends OptionSpecs> {
  name: string;
  /** Names of the positional arguments, all required (`in`, `out.xlsx`). */
  positionals: readonly string[];
  options: O;
}

export interface ParsedArgs<O extends OptionSpecs> {
  positionals: string[];
  help: boolean;
  /** The value given to an option, if any. */
  value(name: keyof O & string): string | undefined;
  /** Whether a flag was given. */
  flag(name: keyof O & string): boolean;
}

function isOptionName<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  name: string
): name is keyof O & string {
  return Object.prototype.hasOwnProperty.call(spec.options, name);
}

export function parseArgs<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  argv: readonly string[]
): ParsedArgs<O> {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const parsed: ParsedArgs<O> = {
    positionals: [],
    help: false,
    value: (name) => values.get(name),
    flag: (name) => flags.has(name),
  };
  const seen = new Set<string>();
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      parsed.positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsEnded = true;
      continue;
    }
    if (arg === "--help" || arg === "-h") {
      parsed.help = true;
      continue;
    }
    const match = /^--([A-Za-z][A-Za-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    if (match === null || !isOptionName(spec, match[1])) {
      throw new UsageError(`unknown option ${arg.split("=")[0]} for gtm ${spec.name}`, spec.name);
    }
    const name = match[1];
    if (seen.has(name)) throw new UsageError(`--${name} is given twice`, spec.name);
    seen.add(name);
    if (spec.options[name] === "flag") {
      if (match[2] !== undefined) throw new UsageError(`--${name} takes no value`, spec.name);
      flags.add(name);
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith("--"))) {
      throw new UsageError(`--${name} needs a value`, spec.name);
    }
    if (value.trim() === "") throw new UsageError(`--${name} is empty: give it a value`, spec.name);
    values.set(name, value);
  }
  if (parsed.help) return parsed;
  if (parsed.positionals.length < spec.positionals.length) {
    throw new UsageError(
      `missing argument <${spec.positionals[parsed.positionals.length]}>`,
      spec.name
    );
  }
  if (parsed.positionals.length > spec.positionals.length) {
    throw new UsageError(
      `unexpected argument "${parsed.positionals[spec.positionals.length]}"`,
      spec.name
    );
  }
  return parsed;
}

/** A required option's value. */
export function requireValue<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  parsed: ParsedArgs<O>,
  name: keyof O & string
): string {
  const value = parsed.value(name);
  if (value === undefined) throw new UsageError(`missing option --${name}`, spec.name);
  return value;
}
