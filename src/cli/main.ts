/**
 * `gtm`: the command line entry. `main(argv, io)` returns the exit code (0 ok, 1 input errors,
 * 2 usage errors, 3 an internal error) so that tests run it in-process; `bin/gtm.js` runs it.
 */
import { ModelInputError } from "../model";
import { runCommand } from "./commands/run";
import { sampleCommand } from "./commands/sample";
import { sensitivityCommand } from "./commands/sensitivity";
import { simulateCommand } from "./commands/simulate";
import { tornadoCommand } from "./commands/tornado";
import { scenariosCommand } from "./commands/scenarios";
import { breakevenCommand } from "./commands/breakeven";
import { allocateCommand } from "./commands/allocate";
import { EXIT_INPUT, EXIT_USAGE, InputFailure, printable, UsageError } from "./errors";
import { MAIN_HELP } from "./help";
import { issueLines, langOf } from "./lang";
import { processIo, type CliIo } from "./io";
import { VERSION } from "./version";

export const EXIT_INTERNAL = 3;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  sample: sampleCommand,
  run: runCommand,
  sensitivity: sensitivityCommand,
  tornado: tornadoCommand,
  scenarios: scenariosCommand,
  breakeven: breakevenCommand,
  allocate: allocateCommand,
  simulate: simulateCommand,
};

const COMMAND_LIST =
  "sample, run, sensitivity, tornado, scenarios, breakeven, allocate or simulate";

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(`missing command (${COMMAND_LIST})`);
  if (first === "--help" || first === "-h" || first === "help") {
    io.out(MAIN_HELP);
    return 0;
  }
  if (first === "--version" || first === "-v" || first === "-V") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, first)
    ? COMMANDS[first]
    : undefined;
  if (command === undefined) {
    throw new UsageError(
      first.startsWith("-")
        ? `unknown option ${first}`
        : `unknown command "${first}" (${COMMAND_LIST})`
    );
  }
  return command(rest, io);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command === undefined ? "gtm --help" : `gtm ${error.command} --help`;
      io.err(`gtm: ${printable(error.message)} — see ${help}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputFailure) {
      const lines =
        error.issues === undefined ? error.lines : issueLines(error.issues, langOf(argv));
      for (const line of lines) io.err(`${printable(line)}\n`);
      return EXIT_INPUT;
    }
    if (error instanceof ModelInputError) {
      for (const line of issueLines(error.issues, langOf(argv))) io.err(`${printable(line)}\n`);
      return EXIT_INPUT;
    }
    // One line; the stack trace only on request (GTM_DEBUG=1), for the report.
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error && process.env.GTM_DEBUG === "1" ? error.stack : undefined;
    io.err(
      `gtm: internal error — please report it with the command you ran (${printable(message)})\n`
    );
    if (stack !== undefined) io.err(`${stack}\n`);
    return EXIT_INTERNAL;
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
