/**
 * docs/findings.md, generated from the rule data so the documentation cannot drift from the
 * rules (a test compares the file with this; `node scripts/findings-doc.mjs` rewrites it).
 */
import type { FindingRule } from './types.ts';

const AREAS: Record<string, string> = {
  memory: 'Memory',
  exe: 'Executables',
  loader: 'Dynamic loader',
  network: 'Network',
  rootfs: 'File-system changes (rootfs diff)',
  privilege: 'Privilege',
};

const INTRO = `# Triage findings

\`npm run cli -- findings ARCHIVE\`, the Findings view (\`#/findings\`) and the Overview answer one
question: *was this container compromised, and how?* Each finding names the rule that raised it,
a severity (high, medium, low, info), a MITRE ATT&CK technique where one fits, and evidence that
links into the other views (process, fd, socket, VMA, address in the hex view, rootfs-diff path).

A rule's severity is the usual one; an instance may be rated lower when a benign cause is likely
(a JIT runtime's code cache, a loopback-only listener, a bare CRIU dump with no engine default to
compare with) and then says why. Other analyses (shell history, secrets, YARA) add their own
findings to the same list.

CRIU's own trace is not evidence: to dump a process CRIU writes its parasite code into the first
page of the process's first executable mapping and restores it, so that page is dumped in every
process of every checkpoint. \`memory.patched-code\` leaves exactly that page out (the tests check
where it is in every real fixture).

This file is generated from \`src/lib/analyses/findings/rules.ts\`; edit the rules there and run
\`node scripts/findings-doc.mjs\`.
`;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function findingsMarkdown(rules: readonly FindingRule[]): string {
  const out = [INTRO];
  const byArea = new Map<string, FindingRule[]>();
  for (const r of rules) {
    const area = r.id.split('.')[0]!;
    byArea.set(area, [...(byArea.get(area) ?? []), r]);
  }
  out.push('## Summary\n', '| rule | severity | ATT&CK | title |', '|---|---|---|---|');
  for (const r of rules)
    out.push(`| \`${r.id}\` | ${r.severity} | ${r.attack ?? '—'} | ${cell(r.title)} |`);
  out.push('');
  for (const [area, list] of byArea) {
    out.push(`## ${AREAS[area] ?? area}\n`);
    for (const r of list) {
      out.push(`### \`${r.id}\` — ${r.title}\n`);
      out.push(`Severity **${r.severity}**${r.attack ? ` · ATT&CK ${r.attack}` : ''}\n`);
      out.push(`Why it matters: ${r.why}\n`);
      out.push(`Benign causes: ${r.benign}\n`);
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
