import { errorMessage } from '../lib/error-message.ts';
import { CliError, type CliCommand, type CliIO } from './command.ts';
import { loadCommands } from './registry.ts';

const PROGRAM = 'cc-analyser';

function help(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `usage: npm run cli -- <command> [arguments]`,
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width + 2)}${c.summary}`),
    '',
    'usage of each command:',
    ...commands.map((c) => `  ${c.usage}`),
  ].join('\n');
}

/**
 * Dispatch `argv` (without node and script) to a command. Every failure ends as one line on
 * stderr and a non-zero exit code, never a stack trace: the core reports bad input as
 * problems, and anything else that escapes is shown by its message only.
 */
export async function runCli(
  argv: string[],
  io: CliIO,
  given?: readonly CliCommand[],
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const commands = given ?? (await loadCommands());
    (name === undefined ? io.stderr : io.stdout)(help(commands) + '\n');
    return name === undefined ? 2 : 0;
  }
  // Load only the command asked for: its imports are most of the CLI's start-up time.
  const commands = given ?? (await loadCommands([name]));
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${PROGRAM}: unknown command '${name}' (try: npm run cli -- help)\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: npm run cli -- ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    const message = errorMessage(e);
    io.stderr(`${PROGRAM} ${name}: ${message.split('\n')[0]}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
}
