/**
 * Command-line parsing from a command's declaration (options.ts) with Node's `util.parseArgs`
 * (strict): `--name value`, `--name=value`, boolean `--flag`, `-h`/`--help`, `--` ends the options.
 * Anything unknown, repeated, missing a value or outside its choices is a `UsageError` (exit 2),
 * raised before any file is read. A value that is a negative number (`--values -1,0,1`) is taken
 * as the option's value, as `--values=-1,0,1` is.
 */
import { parseArgs as nodeParseArgs } from "node:util";
import { UsageError } from "./errors";
import { positionalName, type CommandDecl, type OptionDecl } from "./options";
import { list, orList } from "./i18n/words";
import { didYouMean } from "./suggest";

export interface ParsedArgs<N extends string = string> {
  positionals: string[];
  help: boolean;
  /** The value given to an option, if any (a choice in its declared spelling). */
  value(name: N): string | undefined;
  /** Whether a flag was given. */
  flag(name: N): boolean;
}

type Token = NonNullable<ReturnType<typeof nodeParseArgs>["tokens"]>[number];
type ParseConfig = Record<string, { type: "string" | "boolean"; short?: string }>;

const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

function findOption(decl: CommandDecl, name: string): OptionDecl | undefined {
  return decl.options.find((option) => option.name === name);
}

/** `--values -1,0,1` → `--values=-1,0,1`, for every string option (parseArgs would see an option). */
export function joinNegativeValues(decl: CommandDecl, argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") return [...joined, ...argv.slice(i)];
    const next = argv[i + 1];
    const option = arg.startsWith("--") ? findOption(decl, arg.slice(2)) : undefined;
    if (option?.type === "string" && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

function configOf(decl: CommandDecl): ParseConfig {
  const config: ParseConfig = { help: { type: "boolean", short: "h" } };
  for (const option of decl.options) config[option.name] = { type: option.type };
  return config;
}

/** `unknown option --x-value for gtm sensitivity — did you mean --x-values? (its options: …)`. */
export function unknownOption(decl: CommandDecl, raw: string): UsageError {
  const names = [...decl.options.map((option) => `--${option.name}`), "--help"];
  const typed = raw.split("=")[0];
  return new UsageError(
    "unknownOption",
    [typed, decl.name, didYouMean(typed, names), list(names)],
    decl.name
  );
}

/** What is wrong with one option token, or null. */
function tokenProblem(decl: CommandDecl, token: Token): UsageError | null {
  if (token.kind !== "option" || token.name === "help") return null;
  const option = findOption(decl, token.name);
  if (option === undefined) return unknownOption(decl, token.rawName);
  if (option.type === "boolean")
    return token.value === undefined
      ? null
      : new UsageError("takesNoValue", [`--${option.name}`], decl.name);
  if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))
    return new UsageError("needsValue", [`--${option.name}`], decl.name);
  return null;
}

/** Why the strict parse failed, in the command's words: the first bad token. */
function diagnose(decl: CommandDecl, args: string[], error: unknown): UsageError {
  const { tokens } = nodeParseArgs({
    args,
    options: configOf(decl),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    const problem = tokenProblem(decl, token);
    if (problem !== null) return problem;
  }
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new UsageError("badCommandLine", [message], decl.name);
}

/** Repeated options and empty values, which parseArgs accepts. */
function checkTokens(decl: CommandDecl, tokens: readonly Token[]): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (seen.has(token.name)) throw new UsageError("givenTwice", [`--${token.name}`], decl.name);
    seen.add(token.name);
    if (typeof token.value === "string" && token.value.trim() === "")
      throw new UsageError("emptyValue", [`--${token.name}`], decl.name);
  }
}

function checkPositionals(decl: CommandDecl, positionals: readonly string[]): void {
  if (positionals.length < decl.positionals.length)
    throw new UsageError(
      "missingArgument",
      [positionalName(decl.positionals[positionals.length] as string)],
      decl.name
    );
  if (positionals.length > decl.positionals.length)
    throw new UsageError(
      "unexpectedArgument",
      [positionals[decl.positionals.length] as string],
      decl.name
    );
}

/** A choice in its declared spelling; a usage error naming the choices otherwise. */
function choiceOf(decl: CommandDecl, option: OptionDecl, text: string): string {
  const choices = option.choices ?? [];
  const found = choices.find((choice) => choice.toLowerCase() === text.trim().toLowerCase());
  if (found !== undefined) return found;
  throw new UsageError(
    "notAChoice",
    [`--${option.name}`, text, orList(choices), didYouMean(text.trim(), choices)],
    decl.name
  );
}

/** Parse `argv` (after the command's name) by the command's declaration. */
export function parseCommand<O extends readonly OptionDecl[]>(
  decl: CommandDecl<O>,
  argv: readonly string[]
): ParsedArgs<O[number]["name"]> {
  const args = joinNegativeValues(decl, argv);
  let parsed: ReturnType<typeof nodeParseArgs>;
  try {
    parsed = nodeParseArgs({
      args,
      options: configOf(decl),
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
  } catch (error) {
    throw diagnose(decl, args, error);
  }
  checkTokens(decl, parsed.tokens ?? []);
  const values = new Map<string, string | boolean>(
    Object.entries(parsed.values).filter(
      (entry): entry is [string, string | boolean] => typeof entry[1] !== "object"
    )
  );
  const help = values.get("help") === true;
  if (!help) {
    checkPositionals(decl, parsed.positionals);
    for (const option of decl.options) {
      const given = values.get(option.name);
      if (option.required === true && given === undefined)
        throw new UsageError("missingOption", [`--${option.name}`], decl.name);
      if (option.choices !== undefined && typeof given === "string")
        values.set(option.name, choiceOf(decl, option, given));
    }
  }
  return {
    positionals: parsed.positionals,
    help,
    value: (name) => {
      const given = values.get(name);
      return typeof given === "string" ? given : undefined;
    },
    flag: (name) => values.get(name) === true,
  };
}
