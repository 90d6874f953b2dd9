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
];

export interface FixtureImage {
  name: string;
  bytes: Uint8Array;
}

export async function fixtureImages(archive: string): Promise<FixtureImage[]> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, archive)));
  const opened = await openArchive(new MemorySource(bytes), { name: archive });
  const container = opened.layout.containers[0];
  if (!container) throw new Error(`${archive}: no container found`);
  const out: FixtureImage[] = [];
  for (const m of container.images.list()) {
    // pages-*.img are raw and large; they are not images crit decodes.
    if (m.name.startsWith('pages-')) continue;
    out.push({ name: m.name, bytes: await container.images.read(m.name) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Image names with crit output: `<image>.json` in the expected folder. */
export function expectedImages(archive: string): string[] {
  return readdirSync(join(FIXTURES, 'expected', archive))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.pretty.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function expectedJson(archive: string, image: string, pretty: boolean): string {
  return readFileSync(
    join(FIXTURES, 'expected', archive, `${image}${pretty ? '.pretty' : ''}.json`),
    'utf8',
  );
}
