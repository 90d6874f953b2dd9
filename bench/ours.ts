/**
 * One measured operation of ours, run in its own Node process so that its peak memory is its
 * own. Files are read through the CLI's file source (Node 20's openAsBlob misreports
 * files of 4 GiB or more). Prints one JSON line: the in-process time of the operation (without Node/tsx start-up)
 * and what it found, so the runner can check results as well as time them.
 *
 *   tsx bench/ours.ts tree|model|open|findings|secrets|search-literal|search-regex ARCHIVE [PATTERN]
 *   tsx bench/ours.ts yara ARCHIVE RULES.yar
 */
import { openPath } from '../src/cli/open-path.ts';
import { decodeImage } from '../src/lib/criu/decode-image.ts';
import { openMemory } from '../src/lib/memory/index.ts';
import { searchMemory, type SearchQuery } from '../src/lib/memory/search.ts';
import { buildArchiveModels } from '../src/lib/model/from-archive.ts';
import { SecretCollector } from '../src/lib/analyses/secrets/collect.ts';
import { scanMemorySecrets } from '../src/lib/analyses/secrets/memory-scan.ts';
import { builtinRules } from '../src/lib/analyses/secrets/rules.ts';
import { SecretScanner } from '../src/lib/analyses/secrets/scanner.ts';
import { archiveFindings } from '../src/lib/analyses/findings/archive.ts';
import { openContainerMemory } from '../src/lib/memory/archive-memory.ts';
import { readFileSync } from 'node:fs';
import { loadYaraEngine } from '../src/lib/analyses/yara/engine.ts';
import { compileRules, isRulesError } from '../src/lib/analyses/yara/rules.ts';
import { scanYara } from '../src/lib/analyses/yara/scan.ts';

/**
 * User + system CPU time of this process (all its threads) since a `process.cpuUsage()` mark:
 * on the loaded bench machine the scan's wall time swings with the other load, its CPU time
 * much less.
 */
function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

async function processTree(path: string): Promise<Record<string, unknown>> {
  const archive = await openPath(path);
  const layout = archive.layout.containers[0];
  const pstree = decodeImage(await layout.images.read('pstree.img'), 'pstree.img');
  const comms: string[] = [];
  for (const task of pstree.entries) {
    const core = decodeImage(await layout.images.read(`core-${task.pid}.img`), 'core');
    const tc = core.entries[0]?.tc as { comm?: string } | undefined;
    comms.push(`${task.pid}:${tc?.comm ?? '?'}`);
  }
  await archive.dispose();
  return { processes: comms.length, comms };
}

async function search(path: string, query: SearchQuery): Promise<Record<string, unknown>> {
  const archive = await openPath(path);
  const memory = await openMemory(archive.layout.containers[0].images, { decode: decodeImage });
  const started = performance.now();
  const cpu = process.cpuUsage();
  let matches = 0;
  let scanned = 0;
  for await (const batch of searchMemory(memory, query, { context: 16, maxMatches: 10_000_000 })) {
    matches += batch.matches.length;
    scanned = batch.scannedBytes;
  }
  const ms = performance.now() - started;
  const searchCpuMs = cpuMs(process.cpuUsage(cpu));
  await archive.dispose();
  return { matches, scannedBytes: scanned, searchMs: ms, searchCpuMs };
}

/** The secrets memory pass alone: every built-in rule over all dumped memory, one pass. */
async function secrets(path: string): Promise<Record<string, unknown>> {
  const archive = await openPath(path);
  const memory = await openMemory(archive.layout.containers[0].images, { decode: decodeImage });
  const out = new SecretCollector();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const r = await scanMemorySecrets(memory, new SecretScanner(builtinRules()), out, []);
  const ms = performance.now() - started;
  const searchCpuMs = cpuMs(process.cpuUsage(cpu));
  await archive.dispose();
  return { matches: out.result().length, scannedBytes: r.scannedBytes, searchMs: ms, searchCpuMs };
}

/** Open, model, memory and every findings rule: what `findings ARCHIVE` does. */
async function findings(path: string): Promise<Record<string, unknown>> {
  const archive = await openPath(path, { sha256: false });
  const opened = performance.now();
  const models = await buildArchiveModels(archive);
  const started = performance.now();
  const r = await archiveFindings(models, (root) => {
    const layout = archive.layout.containers.find((l) => l.root === root);
    return layout ? openContainerMemory(archive, layout) : undefined;
  });
  const findingsMs = performance.now() - started;
  await archive.dispose();
  return {
    findings: r.all.length,
    high: r.all.filter((f) => f.severity === 'high').length,
    findingsMs,
    modelMs: started - opened,
  };
}

/** Every process's memory scanned with the rules, VMA by VMA (files are not timed here). */
async function yara(path: string, rulesFile: string): Promise<Record<string, unknown>> {
  const archive = await openPath(path);
  const memory = await openMemory(archive.layout.containers[0].images, { decode: decodeImage });
  const engine = await loadYaraEngine();
  const rules = compileRules(engine, new Uint8Array(readFileSync(rulesFile)), rulesFile);
  if (isRulesError(rules)) throw new Error(rules.message);
  const started = performance.now();
  let matches = 0;
  let scanned = 0;
  let blocks = 0;
  for await (const b of scanYara(engine, rules, [{ container: 0, mem: memory }], [])) {
    matches += b.hits.reduce((n, h) => n + h.stringCount, 0);
    scanned = b.scannedBytes;
    blocks = b.blocks;
  }
  const ms = performance.now() - started;
  await archive.dispose();
  return { matches, scannedBytes: scanned, blocks, searchMs: ms };
}

async function main(): Promise<void> {
  const [op, path, pattern] = process.argv.slice(2);
  const started = performance.now();
  let result: Record<string, unknown>;
  switch (op) {
    case 'tree':
      result = await processTree(path);
      break;
    case 'model': {
      const archive = await openPath(path);
      const models = await buildArchiveModels(archive);
      result = { processes: models[0]?.model.processes.length ?? 0 };
      await archive.dispose();
      break;
    }
    case 'open': {
      const archive = await openPath(path);
      result = { members: archive.members.length, problems: archive.problems.length };
      await archive.dispose();
      break;
    }
    case 'findings':
      result = await findings(path);
      break;
    case 'search-literal':
      result = await search(path, { kind: 'text', text: pattern });
      break;
    case 'search-regex':
      result = await search(path, { kind: 'regex', source: pattern });
      break;
    case 'secrets':
      result = await secrets(path);
      break;
    case 'yara':
      result = await yara(path, pattern);
      break;
    default:
      throw new Error(`unknown op ${op}`);
  }
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({ op, ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...result }),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
