/**
 * Secrets of one container: its process memory in one pass, then every other source the
 * model holds. Rules are the built-in set, the analyst's gitleaks TOML, or both.
 */
import type { CheckpointMemory } from '../../memory/checkpoint-memory.ts';
import type { CheckpointModel } from '../../model/types.ts';
import type { Problem } from '../../problems.ts';
import { SecretCollector } from './collect.ts';
import { scanMemorySecrets, type MemoryScanOptions } from './memory-scan.ts';
import { builtinRules } from './rules.ts';
import { SecretScanner } from './scanner.ts';
import { scanModelSources, type SourceOptions } from './sources.ts';
import type { SecretRule, SecretsResult } from './types.ts';

export * from './types.ts';
export { parseRules, builtinRules } from './rules.ts';
export { secretFindings } from './findings.ts';

export interface SecretsOptions extends MemoryScanOptions, SourceOptions {
  rules?: readonly SecretRule[];
}

export async function scanSecrets(
  model: CheckpointModel,
  mem: CheckpointMemory | undefined,
  options: SecretsOptions = {},
  collector = new SecretCollector(),
): Promise<SecretsResult> {
  const rules = options.rules ?? builtinRules();
  const scanner = new SecretScanner(rules);
  const problems: Problem[] = [];
  let scannedMemoryBytes = 0;
  if (mem)
    scannedMemoryBytes = (await scanMemorySecrets(mem, scanner, collector, problems, options))
      .scannedBytes;
  if (!options.signal?.aborted) {
    const notes = await scanModelSources(model, scanner, collector, options);
    for (const n of notes) problems.push({ code: 'size-limit', severity: 'info', message: n });
  }
  return {
    secrets: collector.result(),
    rules: rules.map((r) => r.id),
    scannedMemoryBytes,
    problems,
  };
}
