/**
 * The shell fixture: bash's 8 history entries, in order, with the timestamps bash itself
 * printed (facts.json), the multi-line and UTF-8 ones included; dash says plainly that it
 * keeps no history; web.tar.zst's non-interactive busybox ash gives no entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../../src/lib/archive/open-archive.ts';
import { archiveHistory } from '../../../../src/lib/analyses/history/archive.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '../../../fixtures');

interface Fact {
  stored: string;
  timestamp: number;
  timestamp_utc: string;
}
const facts = JSON.parse(
  fs.readFileSync(path.join(fixtures, 'expected/shell.tar.zst/facts.json'), 'utf8'),
) as { bash: { pid: number; history: Fact[] }; reverse_shell: { pid: number } };

async function history(name: string) {
  const archive = await openArchive(await fs.openAsBlob(path.join(fixtures, name)), { name });
  try {
    return await archiveHistory(archive);
  } finally {
    await archive.dispose();
  }
}

describe('shell history of shell.tar.zst', () => {
  it('recovers all of bash history in order with its timestamps', async () => {
    const [c] = await history('shell.tar.zst');
    const bash = c!.processes.find((p) => p.pid === facts.bash.pid)!;
    expect(bash.kind).toBe('readline');
    expect(bash.order).toBe('history-list');
    expect(bash.entries.map((e) => [e.command, e.timestamp, e.timeUtc])).toEqual(
      facts.bash.history.map((f) => [f.stored, f.timestamp, f.timestamp_utc]),
    );
    expect(bash.entries.every((e) => e.inList && !e.absent)).toBe(true);
    expect(bash.entries.map((e) => e.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Every entry points into the bash heap.
    expect(bash.entries.every((e) => e.lineAddress !== undefined)).toBe(true);

    const dash = c!.processes.find((p) => p.pid === facts.reverse_shell.pid)!;
    expect(dash.kind).toBe('dash');
    expect(dash.entries).toEqual([]);
    expect(dash.notes.join(' ')).toMatch(/dash keeps no command history/);
    // No history file and nothing disables history in this container.
    expect(c!.files).toEqual([]);
    expect(c!.antiForensics).toEqual([]);
  });

  it('web.tar.zst: a non-interactive busybox ash yields no entry and says why; its applets are not shells', async () => {
    const [c] = await history('web.tar.zst');
    // pid 1 is `sh -c '…'` (busybox); httpd and sleep run from the same busybox binary.
    expect(c!.processes.map((p) => [p.pid, p.kind])).toEqual([[1, 'busybox-ash']]);
    const sh = c!.processes[0]!;
    expect(sh.entries).toEqual([]);
    expect(sh.ashStates).toBeUndefined();
    expect(sh.notes.join(' ')).toMatch(/non-interactive shell .* keeps none/);
    expect(c!.antiForensics).toEqual([]);
  });

  it('finds no history in a checkpoint without an interactive shell', async () => {
    const [c] = await history('kitchen.tar.zst');
    expect(c!.processes.flatMap((p) => p.entries)).toEqual([]);
  });
});
