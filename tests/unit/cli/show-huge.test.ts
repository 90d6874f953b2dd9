import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/run.ts';
import { header, memberBytes } from '../archive/tar-builder.ts';

describe('cli show on a checkpoint over 4 GiB', () => {
  it('sees the real size (Node 20 openAsBlob would truncate it)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-cli-huge-'));
    try {
      const file = path.join(dir, 'huge.tar');
      const big = 6 * 1024 ** 3;
      const fd = fs.openSync(file, 'w');
      fs.writeSync(fd, header({ name: 'checkpoint/pages-1.img' }, big), 0, 512, 0);
      const inv = memberBytes({
        name: 'checkpoint/inventory.img',
        data: new Uint8Array([0x16, 0x31, 0x31, 0x58]),
      });
      fs.writeSync(fd, inv, 0, inv.length, 512 + big);
      fs.ftruncateSync(fd, 512 + big + inv.length + 1024); // sparse: the pages are a hole
      fs.closeSync(fd);
      let stdout = '';
      const code = await runCli(['show', file, '--json', '--no-sha256'], {
        stdout: (t) => (stdout += t),
        stderr: () => undefined,
      });
      expect(code).toBe(0);
      const s = JSON.parse(stdout) as {
        problems: unknown[];
        containers: { memoryPagesSize: number; checkpointSize: number }[];
      };
      expect(s.problems).toEqual([]);
      expect(s.containers[0].memoryPagesSize).toBe(big);
      expect(s.containers[0].checkpointSize).toBe(big + 4);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
