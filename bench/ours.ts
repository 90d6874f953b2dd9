/**
 * One measured operation of ours, run in its own Node process so that its peak memory is its
 * own. Files are read through the CLI's file source (Node 20's openAsBlob misreports
 * files of 4 GiB or more). Prints one JSON line: the in-process time of the operation (without Node/tsx start-up)
 * and what it found, so the runner can check results as well as time them.
 *
 *   tsx bench/ours.ts tree|model|open|search-literal|search-regex|secrets ARCHIVE [PATTERN]
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
  let matches = 0;
  let scanned = 0;
  for await (const batch of searchMemory(memory, query, { context: 16, maxMatches: 10_000_000 })) {
    matches += batch.matches.length;
    scanned = batch.scannedBytes;
  }
  const ms = performance.now() - started;
  await archive.dispose();
  return { matches, scannedBytes: scanned, searchMs: ms };
}

/** The secrets memory pass alone: every built-in rule over all dumped memory, one pass. */
async function secrets(path: string): Promise<Record<string, unknown>> {
  const archive = await openPath(path);
  const memory = await openMemory(archive.layout.containers[0].images, { decode: decodeImage });
  const out = new SecretCollector();
  const started = performance.now();
  const r = await scanMemorySecrets(memory, new SecretScanner(builtinRules()), out, []);
  const ms = performance.now() - started;
  await archive.dispose();
  return { matches: out.result().length, scannedBytes: r.scannedBytes, searchMs: ms };
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
    case 'search-literal':
      result = await search(path, { kind: 'text', text: pattern });
      break;
    case 'search-regex':
      result = await search(path, { kind: 'regex', source: pattern });
      break;
    case 'secrets':
      result = await secrets(path);
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
