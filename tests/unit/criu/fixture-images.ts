/**
 * Test helper: the CRIU images of each fixture archive, opened with the archive layer, next to
 * crit's expected output in tests/fixtures/expected/<archive>/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MemorySource, openArchive } from '../../../src/lib/archive/index.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** The archives crit's oracle covers. */
export const ORACLE_ARCHIVES = [
  'kitchen.tar.zst',
  'web.tar.zst',
  'many.tar.zst',
  'memhog-256m.tar.zst',
  'bare-images.tar.gz',
  'lifecycle.tar.zst',
  'shell.tar.zst',
];

export interface FixtureImage {
  name: string;
  bytes: Uint8Array;
}

/** Every fixture archive (the oracle ones and the re-packed/pod variants). */
export const ALL_ARCHIVES = readdirSync(FIXTURES)
  .filter((f) => /\.tar(\.gz|\.zst)?$/.test(f))
  .sort();

/**
 * The images of an archive's containers (pods: each name prefixed with its container
 * folder, except for `only: 'first'`), without the large raw pages-*.img.
 */
export async function fixtureImages(
  archive: string,
  only: 'first' | 'all' = 'first',
): Promise<FixtureImage[]> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, archive)));
  const opened = await openArchive(new MemorySource(bytes), { name: archive });
  const containers = opened.layout.containers.filter((c) => c.checkpointDir !== undefined);
  if (containers.length === 0) throw new Error(`${archive}: no container found`);
  const out: FixtureImage[] = [];
  for (const container of only === 'first' ? containers.slice(0, 1) : containers) {
    const prefix = only === 'all' && containers.length > 1 ? container.root : '';
    for (const m of container.images.list()) {
      if (m.name.startsWith('pages-')) continue;
      out.push({ name: prefix + m.name, bytes: await container.images.read(m.name) });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Image names with crit output: `<image>.json` in the expected folder. */
export function expectedImages(archive: string): string[] {
  return (
    readdirSync(join(FIXTURES, 'expected', archive))
      // facts.json says what was planted (lifecycle, shell): it is no crit output.
      .filter((f) => f.endsWith('.json') && !f.endsWith('.pretty.json') && f !== 'facts.json')
      .map((f) => f.slice(0, -'.json'.length))
      .sort()
  );
}

export function expectedJson(archive: string, image: string, pretty: boolean): string {
  return readFileSync(
    join(FIXTURES, 'expected', archive, `${image}${pretty ? '.pretty' : ''}.json`),
    'utf8',
  );
}
