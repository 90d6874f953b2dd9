/**
 * `crit x` explorers against crit's own output (tests/fixtures/expected/<archive>/x-*.txt).
 * CRI-O, containerd, the gzip export and the pod hold the same kitchen images, so crit's
 * output for kitchen.tar.zst is their oracle too.
 */
import { describe, expect, it } from 'vitest';
import { critExplore, type CritExplorer } from '../../../src/lib/analyses/crit-x.ts';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { expectedText, fixtureArchive } from './fixtures.ts';

const EXPLORERS: CritExplorer[] = ['ps', 'fds', 'mems'];

const CASES: [archive: string, oracle: string, container: number][] = [
  ['kitchen.tar.zst', 'kitchen.tar.zst', 0],
  ['web.tar.zst', 'web.tar.zst', 0],
  ['many.tar.zst', 'many.tar.zst', 0],
  ['memhog-256m.tar.zst', 'memhog-256m.tar.zst', 0],
  ['bare-images.tar.gz', 'bare-images.tar.gz', 0],
  ['kitchen.tar.gz', 'kitchen.tar.zst', 0],
  ['crio-kitchen.tar.zst', 'kitchen.tar.zst', 0],
  ['containerd-kitchen.tar.zst', 'kitchen.tar.zst', 0],
  // A pty: its files.img entries carry tty_file_entry.regf_id (field 6), which must not be an
  // unknown field (a warning crit does not print).
  ['shell.tar.zst', 'shell.tar.zst', 0],
];

describe('crit x ps|fds|mems', () => {
  for (const [archive, oracle, index] of CASES) {
    for (const what of EXPLORERS) {
      it(`${archive} ${what} equals crit's x-${what}.txt`, async () => {
        const a = await fixtureArchive(archive);
        const c = a.layout.containers[index]!;
        const r = await critExplore(c.images, decodeImage, what);
        expect(r.text).toBe(expectedText(oracle, `x-${what}.txt`));
        expect(r.problems).toEqual([]);
      });
    }
  }

  it('prints each container of a pod checkpoint like crit does for its own directory', async () => {
    const a = await fixtureArchive('pod-kitchen-web.tar.zst');
    const byName = (suffix: string) =>
      a.layout.containers.find((c) => c.root.endsWith(`-${suffix}/`))!;
    for (const what of EXPLORERS) {
      expect((await critExplore(byName('kitchen').images, decodeImage, what)).text).toBe(
        expectedText('kitchen.tar.zst', `x-${what}.txt`),
      );
      expect((await critExplore(byName('web').images, decodeImage, what)).text).toBe(
        expectedText('web.tar.zst', `x-${what}.txt`),
      );
    }
  });
});
