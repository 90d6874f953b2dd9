/**
 * Settings and commands that stop a shell from keeping or writing its history: in an
 * environment (read from memory, or configured in config.dump/spec.dump) and among the
 * commands recovered from history itself.
 */
import { appendAll } from '../../append-all.ts';
import type { CheckpointModel } from '../../model/types.ts';
import type { AntiForensics, ProcessHistory } from './types.ts';

/** `NAME=value` pairs that disable history; the value test is per name. */
const ENV_RULES: {
  name: RegExp;
  value: (v: string) => boolean;
  label: (n: string, v: string) => string;
}[] = [
  { name: /^HISTFILE$/, value: (v) => v === '/dev/null' || v === '', label: (n, v) => `${n}=${v}` },
  {
    name: /^(HISTSIZE|HISTFILESIZE|SAVEHIST)$/,
    value: (v) => v.trim() === '0',
    label: (n, v) => `${n}=${v}`,
  },
];

/** Commands that turn history off or erase it. */
const COMMAND_RULES: RegExp[] = [
  /\bunset\s+(?:-v\s+)?HISTFILE\b/,
  /\bHISTFILE=\/dev\/null\b/,
  /\bHIST(?:FILE)?SIZE=0\b/,
  /\bset\s+\+o\s+history\b/,
  /\bhistory\s+-c\b/,
  /\bhistory\s+-w\s+\/dev\/null\b/,
  /\bln\s+-sf?\s+\/dev\/null\s+\S*history\b/,
  /\brm\s+(?:-\w+\s+)*\S*\.\w*_?history\b/,
];

export function envAntiForensics(
  env: readonly string[],
  where: string,
  pid?: number,
): AntiForensics[] {
  const out: AntiForensics[] = [];
  for (const kv of env) {
    const eq = kv.indexOf('=');
    if (eq <= 0) continue;
    const name = kv.slice(0, eq);
    const value = kv.slice(eq + 1);
    for (const r of ENV_RULES)
      if (r.name.test(name) && r.value(value))
        out.push({ ...(pid !== undefined ? { pid } : {}), where, what: r.label(name, value) });
  }
  return out;
}

export function antiForensics(
  model: CheckpointModel,
  processes: ProcessHistory[],
): AntiForensics[] {
  const out: AntiForensics[] = [];
  for (const p of model.processes)
    if (p.environ)
      appendAll(out, envAntiForensics(p.environ, `environment of pid ${p.pid}`, p.pid));
  if (model.container.ociProcess)
    out.push(
      ...envAntiForensics(
        model.container.ociProcess.env,
        'the container configuration (config.dump/spec.dump)',
      ),
    );
  for (const h of processes)
    for (const e of h.entries) {
      if (e.command === undefined) continue;
      const hit = COMMAND_RULES.map((r) => r.exec(e.command!)).find((m) => m);
      if (hit)
        out.push({
          pid: h.pid,
          where: `history of pid ${h.pid}`,
          what: hit[0],
          address: e.entryAddress,
        });
    }
  return out;
}
