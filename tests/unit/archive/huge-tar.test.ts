import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { NodeFileSource } from '../../../src/cli/node-file-source.ts';
import { header, memberBytes } from './tar-builder.ts';

const GiB = 1024 ** 3;

describe('a multi-GB uncompressed tar', () => {
  it('opens by its headers alone and reads past 4 GiB by offset', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-huge-'));
    try {
      // A sparse file: the 5 GiB member's data is a hole, so the test writes only headers.
      const file = path.join(dir, 'huge.tar');
      const big = 5 * GiB + 4096;
      const fd = fs.openSync(file, 'w');
      fs.writeSync(fd, header({ name: 'checkpoint/pages-1.img' }, big), 0, 512, 0);
      const marker = new TextEncoder().encode('NEEDLE-AFTER-4GIB');
      fs.writeSync(fd, marker, 0, marker.length, 512 + 4.5 * GiB);
      const after = memberBytes({ name: 'checkpoint/pstree.img', data: 'pstree' });
      fs.writeSync(fd, after, 0, after.length, 512 + big);
      fs.ftruncateSync(fd, 512 + big + after.length + 1024);
      fs.closeSync(fd);

      // Not fs.openAsBlob: Node 20 truncates the Blob size of files ≥ 4 GiB to 32 bits.
      const source = await NodeFileSource.open(file);
      const archive = await openArchive(source, { name: 'huge.tar' });
      expect(archive.problems).toEqual([]);
      expect(archive.compression).toBe('none');
      expect(archive.member('checkpoint/pages-1.img')?.size).toBe(big);
      const images = archive.store('checkpoint/');
      expect(new TextDecoder().decode(await images.read('pstree.img'))).toBe('pstree');
      const found = await images.readRange('pages-1.img', 4.5 * GiB, marker.length);
      expect(new TextDecoder().decode(found)).toBe('NEEDLE-AFTER-4GIB');
      // The last bytes of the member, and a read running past its end, stay inside it.
      expect((await images.readRange('pages-1.img', big - 10, 100)).length).toBe(10);
      await source.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
