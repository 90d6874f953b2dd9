/**
 * The shape of one CLI command. Each command is one file in `commands/` and one line in
 * `registry.ts`; `run.ts` does the dispatching, help and error reporting for all of them.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage line(s) without the program name, e.g. `show ARCHIVE... [--json]`. */
  usage: string;
  /** Returns the exit code. Throw CliError for a clean one-line failure. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** A failure the user caused or can fix: printed as one line, no stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
