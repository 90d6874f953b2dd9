import { CliError } from './command.ts';

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/**
 * A small argument parser shared by commands: `--flag`, `--key value` / `--key=value` for
 * the keys a command declares, positional arguments, and `--` to end options.
 */
export function parseArgs(
  args: string[],
  spec: { flags?: string[]; values?: string[] },
): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  const known = new Set([...(spec.flags ?? []), ...(spec.values ?? [])]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!known.has(key)) throw new CliError(`unknown option --${key}`, 2);
    if (spec.values?.includes(key)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new CliError(`--${key} needs a value`, 2);
      values.set(key, value);
    } else {
      if (eq > 0) throw new CliError(`--${key} takes no value`, 2);
      flags.add(key);
    }
  }
  return { positional, flags, values };
}
