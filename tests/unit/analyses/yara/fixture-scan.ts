import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../../../../src/lib/archive/open-archive.ts';
import type { Archive } from '../../../../src/lib/archive/types.ts';
import { loadYaraEngine } from '../../../../src/lib/analyses/yara/engine.ts';
import {
  fileTargets,
  type YaraFileTarget,
} from '../../../../src/lib/analyses/yara/file-targets.ts';
import {
  compileRules,
  isRulesError,
  type YaraRules,
} from '../../../../src/lib/analyses/yara/rules.ts';
import {
  scanYara,
  type YaraBatch,
  type YaraCoverage,
  type YaraHit,
  type YaraMemorySource,
  type YaraScanOptions,
} from '../../../../src/lib/analyses/yara/scan.ts';
import { openContainerMemory } from '../../../../src/lib/memory/archive-memory.ts';
import { buildContainerModel } from '../../../../src/lib/model/from-archive.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const fixture = (name: string) => path.join(here, '../../../fixtures', name);
export const rulesFile = (name: string) => path.join(here, 'rules', name);

export interface OpenedFixture {
  archive: Archive;
  memories: YaraMemorySource[];
  files: YaraFileTarget[];
}

/** A fixture's memory and file targets, as the CLI and the worker gather them. */
export async function openFixture(name: string, withFiles = true): Promise<OpenedFixture> {
  const archive = await openArchive(await fs.openAsBlob(fixture(name)), { name });
  const memories: YaraMemorySource[] = [];
  const files: YaraFileTarget[] = [];
  for (const [index, layout] of archive.layout.containers.entries()) {
    const mem = await openContainerMemory(archive, layout);
    if (mem) memories.push({ container: index, mem });
    if (withFiles) {
      const model = await buildContainerModel(archive, layout);
      files.push(...(await fileTargets(model, index, archive.store(layout.root))));
    }
  }
  return { archive, memories, files };
}

export async function compiled(text: string | Uint8Array): Promise<YaraRules> {
  const engine = await loadYaraEngine();
  const r = compileRules(engine, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  if (isRulesError(r)) throw new Error(r.message);
  return r;
}

export interface ScanResult {
  hits: YaraHit[];
  coverage: YaraCoverage[];
  /** Absent when the scan yielded nothing (cancelled before its first block). */
  last?: YaraBatch;
}

export async function scanAll(
  opened: OpenedFixture,
  rules: YaraRules,
  options: YaraScanOptions = {},
): Promise<ScanResult> {
  const engine = await loadYaraEngine();
  const hits: YaraHit[] = [];
  const coverage: YaraCoverage[] = [];
  let last: YaraBatch | undefined;
  for await (const b of scanYara(engine, rules, opened.memories, opened.files, options)) {
    hits.push(...b.hits);
    coverage.push(...b.coverage);
    last = b;
  }
  return { hits, coverage, ...(last ? { last } : {}) };
}

export const latin1 = (b: Uint8Array) => String.fromCharCode(...b);
export const pidsOf = (hits: YaraHit[], rule: string) =>
  [
    ...new Set(
      hits
        .filter((h) => h.rule === rule && h.target.kind === 'memory')
        .map((h) => (h.target as { pid: number }).pid),
    ),
  ].sort((a, b) => a - b);
export const filesOf = (hits: YaraHit[], rule: string) =>
  hits
    .filter((h) => h.rule === rule && h.target.kind === 'file')
    .map((h) => (h.target as { label: string }).label)
    .sort();
