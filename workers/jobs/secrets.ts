/**
 * The secrets scan as a job: every container's memory, files and buffers against the built-in
 * rules and/or the analyst's gitleaks TOML. The full values stay in the worker (kept for
 * `secretReveal`); the page gets masked rows.
 */
import { appendAll } from '../../src/lib/append-all.ts';
import type { Archive } from '../../src/lib/archive/index.ts';
import { SecretCollector } from '../../src/lib/analyses/secrets/collect.ts';
import { secretFindings } from '../../src/lib/analyses/secrets/findings.ts';
import { scanSecrets } from '../../src/lib/analyses/secrets/index.ts';
import type { Finding } from '../../src/lib/analyses/findings/types.ts';
import { builtinRules, parseRules } from '../../src/lib/analyses/secrets/rules.ts';
import { maskSecret, type Secret, type SecretRule } from '../../src/lib/analyses/secrets/types.ts';
import { readFsChangeFile } from '../../src/lib/model/fs-changes.ts';
import type { Problem } from '../../src/lib/problems.ts';
import type {
  SecretRow,
  SecretsProgress,
  SecretsRequest,
  SecretsResult,
} from '../history-secrets-protocol.ts';
import { Pacer } from '../memory-jobs.ts';
import { JobFailure, type JobFunction } from './job.ts';

/** Where the job keeps the last completed scan's values (row id → value) for the archive. */
export const SECRET_VALUES = 'secrets';
/** Where it keeps that scan's high-confidence secrets as findings (for the page's report). */
export const SECRET_FINDINGS = 'secrets.findings';

/** A file of the container's root-filesystem diff, for history files and secrets in files. */
export function rootfsReader(archive: Archive, root: string) {
  const store = archive.store(root);
  return (path: string) => readFsChangeFile(store, 'rootfs-diff.tar', path);
}

export const secretsJob: JobFunction<SecretsRequest, SecretsProgress, SecretsResult> = async (
  ctx,
  request,
  onProgress,
  signal,
) => {
  const problems: Problem[] = [];
  let rules: SecretRule[] = request.builtin === false ? [] : builtinRules();
  if (request.rulesToml !== undefined) {
    const parsed = parseRules(request.rulesToml, request.rulesName ?? 'rules file');
    appendAll(problems, parsed.problems);
    rules = [...rules, ...parsed.rules];
  }
  if (rules.length === 0)
    throw new JobFailure('no usable rules', { rows: [], rules: [], problems });
  const all = await ctx.models();
  const opened = await ctx.containers();
  const mems = all.map((m) => opened.find((c) => c.root === m.root)?.mem);
  const total = mems.reduce(
    (n, mem) => n + (mem?.processes().reduce((k, p) => k + p.dumpedBytes, 0) ?? 0),
    0,
  );
  const pacer = new Pacer<never>();
  let before = 0;
  const rows: SecretRow[] = [];
  const byId = new Map<number, string>();
  const findings: Finding[] = [];
  // Containers are numbered in findings only in a pod, as the findings view numbers them.
  const pod = all.length > 1;
  for (const [container, m] of all.entries()) {
    if (signal.aborted) break;
    const result = await scanSecrets(
      m.model,
      mems[container],
      {
        rules,
        container,
        signal,
        readRootfsFile: rootfsReader(ctx.archive, m.root),
        onProgress: async (scanned) => {
          if (!pacer.due()) return;
          pacer.take();
          await onProgress({
            id: ctx.id,
            scannedBytes: before + scanned,
            totalBytes: total,
            done: false,
          });
        },
      },
      new SecretCollector(),
    );
    before += result.scannedMemoryBytes;
    appendAll(problems, result.problems);
    appendAll(findings, secretFindings(result, pod ? container : undefined));
    for (const s of result.secrets) {
      const id = rows.length + 1;
      byId.set(id, s.value);
      rows.push(secretRow(id, container, s));
    }
  }
  if (signal.aborted) return { rows: [], rules: [], problems };
  await onProgress({ id: ctx.id, scannedBytes: before, totalBytes: total, done: true });
  ctx.kept.set(SECRET_VALUES, byId);
  ctx.kept.set(SECRET_FINDINGS, findings);
  return { rows, rules: rules.map((r) => r.id), problems };
};

function secretRow(id: number, container: number, s: Secret): SecretRow {
  return {
    id,
    container,
    rule: s.rule,
    description: s.description,
    confidence: s.confidence,
    masked: maskSecret(s.value),
    length: s.length,
    where: s.locations.map((l) => l.label).join('; '),
    count: s.locations.length,
    locations: s.locations.map((l) => ({
      label: l.label,
      ...(l.target ? { target: l.target } : {}),
    })),
  };
}
