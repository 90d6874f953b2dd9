import type { CliCommand } from './command.ts';

/**
 * Every CLI command by name, in the order `help` lists them, each loaded on first use: a run
 * of `x ARCHIVE ps` imports x's code only, not the memory search or the model (measured:
 * about 200 ms of the CLI's start-up). Add a command: one file, one line here.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  show: async () => (await import('./commands/show.ts')).show,
  inspect: async () => (await import('./commands/inspect.ts')).inspect,
  x: async () => (await import('./commands/x.ts')).x,
  decode: async () => (await import('./commands/decode.ts')).decode,
  encode: async () => (await import('./commands/encode.ts')).encode,
  search: async () => (await import('./commands/search.ts')).search,
  strings: async () => (await import('./commands/strings.ts')).strings,
  memdump: async () => (await import('./commands/memdump.ts')).memdump,
  diff: async () => (await import('./commands/diff.ts')).diff,
  yara: async () => (await import('./commands/yara.ts')).yara,
  table: async () => (await import('./commands/table.ts')).table,
  triage: async () => (await import('./commands/triage.ts')).triage,
  history: async () => (await import('./commands/history.ts')).history,
  secrets: async () => (await import('./commands/secrets.ts')).secrets,
  findings: async () => (await import('./commands/findings.ts')).findings,
  timeline: async () => (await import('./commands/timeline.ts')).timeline,
  report: async () => (await import('./commands/report.ts')).report,
};

/** The commands named (default: all), loaded, in registry order. */
export function loadCommands(names: string[] = Object.keys(COMMANDS)): Promise<CliCommand[]> {
  return Promise.all(names.filter((n) => Object.hasOwn(COMMANDS, n)).map((n) => COMMANDS[n]()));
}
