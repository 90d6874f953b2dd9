/**
 * Dynamic-linker rules: preloading variables in an environment read from memory, and
 * /etc/ld.so.preload in the container's file-system changes.
 */
import { appendAll } from '../../append-all.ts';
import type { CheckpointModel, ProcessInfo } from '../../model/types.ts';
import { addressEvidence, processEvidence, rootfsEvidence, vmaEvidence } from './evidence.ts';
import { absolute, inTempDir, isHidden } from './paths.ts';
import { RULES } from './rules.ts';
import type { Evidence, Finding } from './types.ts';

const PRELOAD_VARS = new Set(['LD_PRELOAD', 'LD_AUDIT']);
const encoder = new TextEncoder();

/**
 * Where `environ[index]` starts in memory: the strings lie one after another, each ended by
 * a NUL, from `mm.envStart` (how the kernel lays out the initial stack).
 */
function envAddress(p: ProcessInfo, index: number): bigint | undefined {
  const base = p.mm?.envStart;
  if (base === undefined || !p.environ) return undefined;
  let at = base;
  for (let i = 0; i < index; i++) at += BigInt(encoder.encode(p.environ[i]!).length + 1);
  return at;
}

/** Paths listed in a preload value (separated by colons or spaces, as ld.so reads them). */
function listed(value: string): string[] {
  return value.split(/[:\s]+/).filter(Boolean);
}

export function loaderFindings(model: CheckpointModel): Finding[] {
  const out: Finding[] = [];
  for (const p of model.processes) {
    (p.environ ?? []).forEach((entry, i) => {
      const eq = entry.indexOf('=');
      if (eq <= 0) return;
      const name = entry.slice(0, eq);
      const value = entry.slice(eq + 1);
      if (!PRELOAD_VARS.has(name) && name !== 'LD_LIBRARY_PATH') return;
      const at = envAddress(p, i);
      const evidence: Evidence[] = [processEvidence(p)];
      if (at !== undefined)
        evidence.push(addressEvidence(p.pid, at, entry, encoder.encode(entry).length));
      if (PRELOAD_VARS.has(name)) {
        const libs = listed(value);
        const mapped = p.maps.filter((v) => v.path !== undefined && libs.includes(v.path));
        appendAll(
          evidence,
          mapped.map((v) => vmaEvidence(p.pid, v)),
        );
        const loaded = [...new Set(mapped.map((v) => v.path!))];
        out.push({
          rule: RULES.preloadEnv,
          summary: `pid ${p.pid} (${p.comm}): ${name}=${value}${loaded.length ? ` (mapped: ${loaded.join(', ')})` : ''}`,
          severity: RULES.preloadEnv.severity,
          pid: p.pid,
          evidence,
        });
      } else {
        const odd = listed(value).filter((d) => inTempDir(d) || isHidden(d));
        out.push({
          rule: RULES.libraryPathEnv,
          summary: `pid ${p.pid} (${p.comm}): LD_LIBRARY_PATH=${value}`,
          severity: odd.length ? 'medium' : RULES.libraryPathEnv.severity,
          ...(odd.length
            ? { severityNote: `searches a temporary or hidden directory first: ${odd.join(', ')}` }
            : {}),
          pid: p.pid,
          evidence,
        });
      }
    });
  }
  for (const e of model.fsChanges.rootfsDiff?.entries ?? []) {
    if (absolute(e.path) !== '/etc/ld.so.preload') continue;
    out.push({
      rule: RULES.ldSoPreload,
      summary: `/etc/ld.so.preload is in the rootfs diff (${e.size} bytes)`,
      severity: RULES.ldSoPreload.severity,
      evidence: [rootfsEvidence(e.path, `rootfs diff: ${absolute(e.path)}`)],
    });
  }
  return out;
}
