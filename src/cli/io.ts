/** What a command may touch besides files: its output streams and the clock (tests pass their own). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
}

/** Collects output in memory (in-process tests, and the process entry that prints it). */
export class BufferIo implements CliIo {
  stdout = "";
  stderr = "";
  private readonly clock: () => Date;

  constructor(clock: () => Date = () => new Date()) {
    this.clock = clock;
  }

  out(text: string): void {
    this.stdout += text;
  }

  err(text: string): void {
    this.stderr += text;
  }

  now(): Date {
    return this.clock();
  }
}

/** Writes straight to the process's streams. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  now: () => new Date(),
};
