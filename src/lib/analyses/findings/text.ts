/** Findings as text lines (the CLI's report) and as plain JSON-ready records. */
import { hex } from '../../memory/addr.ts';
import type { EvidenceTarget, Finding } from './types.ts';

/** The target of a piece of evidence in one short form, e.g. `pid 11 @0x7f…`. */
export function targetText(t: EvidenceTarget): string {
  switch (t.to) {
    case 'process':
      return `pid ${t.pid}`;
    case 'fd':
      return `pid ${t.pid} fd ${t.fd}`;
    case 'socket':
      return `socket #${t.id}`;
    case 'vma':
      return `pid ${t.pid} vma ${hex(t.start)}-${hex(t.end)}`;
    case 'address':
      return `pid ${t.pid} @${hex(t.address)}`;
    case 'rootfs':
      return `rootfs ${t.path}`;
    case 'file':
      return `file #${t.fileId}`;
    case 'image':
      return `image ${t.name}`;
  }
}

export function findingLines(f: Finding, containerName?: string): string[] {
  const head = `${f.severity.toUpperCase().padEnd(6)} ${f.rule.id}${f.rule.attack ? ` [${f.rule.attack}]` : ''}${containerName ? ` (${containerName})` : ''}: ${f.summary}`;
  const lines = [head];
  if (f.severityNote) lines.push(`       severity: ${f.severityNote}`);
  for (const e of f.evidence) lines.push(`       - ${e.label}`);
  return lines;
}
