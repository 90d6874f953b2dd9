import type { CliCommand } from './command.ts';
import { decode } from './commands/decode.ts';
import { encode } from './commands/encode.ts';
import { inspect } from './commands/inspect.ts';
import { memdump } from './commands/memdump.ts';
import { search } from './commands/search.ts';
import { show } from './commands/show.ts';
import { strings } from './commands/strings.ts';
import { x } from './commands/x.ts';

/** Every CLI command, in the order `help` lists them. Add a command: one file, one line here. */
export const COMMANDS: readonly CliCommand[] = [
  show,
  inspect,
  x,
  decode,
  encode,
  search,
  strings,
  memdump,
];
