/**
 * The IPC view and its viewer/download (issue 11 item 4): a SysV shm segment's pages that were
 * not dumped reach the page as absent ranges (shown `··`), never as plain zero bytes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createAnalyserApi } from '../../../workers/api.ts';
import { FIXTURES } from '../archive/helpers.ts';

it('lifecycle.tar.zst: the SysV segment says which bytes are absent, in the row and the content', async () => {
  const api = createAnalyserApi();
  const name = 'lifecycle.tar.zst';
  expect((await api.open(new File([readFileSync(path.join(FIXTURES, name))], name))).status).toBe(
    'opened',
  );
  const shm = (await api.ipc(0))[0]!.sharedMemory[0]!;
  expect(shm.notDumped).toEqual([{ offset: 4096, length: 61440 }]);
  const whole = await api.content(shm.ref!);
  expect(whole?.total).toBe(65536);
  expect(whole?.notDumped).toEqual([{ offset: 4096, length: 61440 }]);
  // A window is told the absent part inside it, relative to its start.
  const window = await api.content(shm.ref!, 4000, 200);
  expect(window?.notDumped).toEqual([{ offset: 96, length: 104 }]);
  const head = await api.content(shm.ref!, 0, 4096);
  expect(head?.notDumped).toBeUndefined();
});
