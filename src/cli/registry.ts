import type { CliCommand } from './command.ts';
import { show } from './commands/show.ts';

/** Every CLI command, in the order `help` lists them. Add a command: one file, one line here. */
export const COMMANDS: readonly CliCommand[] = [show];
