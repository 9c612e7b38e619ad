/**
 * `gtm`: the command line entry. `main(argv, io)` returns the exit code (0 ok, 1 input errors,
 * 2 usage errors, 3 an internal error) so that tests run it in-process; `bin/gtm.js` runs it.
 */
import { isLocaleTag, LOCALES, ModelInputError, type Locale } from "../model";
import { RUN, runCommand } from "./commands/run";
import { SAMPLE, sampleCommand } from "./commands/sample";
import { SENSITIVITY, sensitivityCommand } from "./commands/sensitivity";
import { SIMULATE, simulateCommand } from "./commands/simulate";
import { TORNADO, tornadoCommand } from "./commands/tornado";
import { SCENARIOS, scenariosCommand } from "./commands/scenarios";
import { BREAKEVEN, breakevenCommand } from "./commands/breakeven";
import { ALLOCATE, allocateCommand } from "./commands/allocate";
import { EXIT_INPUT, EXIT_USAGE, InputFailure, printable, UsageError } from "./errors";
import { words } from "./i18n/messages";
import { list, orList, say } from "./i18n/words";
import { issueLines, langOf } from "./lang";
import { mainHelp } from "./help";
import type { CommandDecl } from "./options";
import { didYouMean } from "./suggest";
import { processIo, type CliIo } from "./io";
import { VERSION } from "./version";

export const EXIT_INTERNAL = 3;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/** Every command: its declaration (options and help) and what runs it, in help order. */
const COMMANDS: readonly [CommandDecl, Command][] = [
  [SAMPLE, sampleCommand],
  [RUN, runCommand],
  [SENSITIVITY, sensitivityCommand],
  [TORNADO, tornadoCommand],
  [SCENARIOS, scenariosCommand],
  [BREAKEVEN, breakevenCommand],
  [ALLOCATE, allocateCommand],
  [SIMULATE, simulateCommand],
];

/** Every command's declaration, in help order. */
export const COMMAND_DECLS: readonly CommandDecl[] = COMMANDS.map(([decl]) => decl);

const NAMES = COMMAND_DECLS.map((decl) => decl.name);
const COMMAND_LIST = orList(NAMES);
const GLOBAL_OPTIONS = ["--help", "--version"];

/** `gtm --help`: generated from the commands' declarations. */
export const MAIN_HELP = mainHelp(COMMAND_DECLS);

/**
 * `gtm --lang zh-CN <command> …` reads as `gtm <command> … --lang zh-CN` (and `gtm --lang zh-CN
 * --help` as the general help in Chinese); an unknown language is a usage error, in English.
 */
function leadingLang(argv: readonly string[]): readonly string[] {
  const [first, ...rest] = argv;
  if (first === undefined) return argv;
  const inline = first.startsWith("--lang=");
  if (first !== "--lang" && !inline) return argv;
  const tag = inline ? first.slice("--lang=".length) : rest.shift();
  if (tag === undefined) throw new UsageError("needsValue", ["--lang"]);
  if (!isLocaleTag(tag)) throw new UsageError("unknownLang", [tag, orList(LOCALES)]);
  if (rest.length === 0) throw new UsageError("missingCommand", [COMMAND_LIST]);
  return [...rest, "--lang", tag];
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = leadingLang(argv);
  if (first === undefined) throw new UsageError("missingCommand", [COMMAND_LIST]);
  if (first === "--help" || first === "-h" || first === "help") {
    io.out(mainHelp(COMMAND_DECLS, langOf(argv)));
    return 0;
  }
  if (first === "--version" || first === "-v" || first === "-V") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find(([decl]) => decl.name === first)?.[1];
  if (command === undefined) {
    const typed = first.split("=")[0];
    throw first.startsWith("-")
      ? new UsageError("unknownGlobalOption", [
          typed,
          didYouMean(typed, GLOBAL_OPTIONS),
          list(GLOBAL_OPTIONS),
        ])
      : new UsageError("unknownCommand", [first, didYouMean(first, NAMES), COMMAND_LIST]);
  }
  return command(rest, io);
}

/** What a failure prints, in `locale`, and its exit code. */
function report(error: unknown, io: CliIo, locale: Locale): number {
  if (error instanceof UsageError) {
    const help = error.command === undefined ? "gtm --help" : `gtm ${error.command} --help`;
    io.err(`${say(words("seeHelp", printable(error.messageIn(locale)), help), locale)}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof InputFailure) {
    for (const line of error.linesIn(locale)) io.err(`${printable(line)}\n`);
    return EXIT_INPUT;
  }
  if (error instanceof ModelInputError) {
    for (const line of issueLines(error.issues, locale)) io.err(`${printable(line)}\n`);
    return EXIT_INPUT;
  }
  // One line; the stack trace only on request (GTM_DEBUG=1), for the report.
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && process.env.GTM_DEBUG === "1" ? error.stack : undefined;
  io.err(`${say(words("internalError", printable(message)), locale)}\n`);
  if (stack !== undefined) io.err(`${stack}\n`);
  return EXIT_INTERNAL;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io, langOf(argv));
  }
}

/**
 * A closed output pipe (`gtm run … --json | head -c 10`) ends the process quietly: the reader has
 * what it wanted. Other stream errors end it with the internal-error code, in one line.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    process.exit(EXIT_INTERNAL);
  });
}

/** Run as a process: exit with the command's code once its output is flushed. */
export function runProcess(): void {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  main(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`gtm: internal error: ${String(error)}\n`);
      process.exitCode = EXIT_INTERNAL;
    }
  );
}

if (require.main === module) runProcess();
