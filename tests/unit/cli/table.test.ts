/**
 * `table`: the page's tables from the CLI, rendered from the same definitions
 * (src/lib/table/tables): text, pure RFC 4180 CSV and JSON agree on rows and columns.
 */
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';
import { MODEL_TABLES } from '../../../src/lib/table/tables/index.ts';
import { fixturePath } from '../archive/helpers.ts';

describe('table', () => {
  const kitchen = fixturePath('kitchen.tar.zst');

  it('prints the processes as text, CSV and JSON from one definition', async () => {
    const text = await cli('table', kitchen, 'processes');
    expect(text.code).toBe(0);
    const labels = MODEL_TABLES.processes.columns.map((c) => c.label.toUpperCase());
    expect(text.stdout.split('\n')[0]!.split(/\s{2,}/)).toEqual(labels);
    expect(text.stdout).toMatch(/\n11\s+6\s+1\s+1\s+ks-grandchild\s+alive/);

    const csv = (await cli('table', kitchen, 'processes', '--csv')).stdout.split('\r\n');
    expect(csv[0]).toBe(MODEL_TABLES.processes.columns.map((c) => c.key).join(','));
    expect(csv).toHaveLength(4 + 2);

    const json = JSON.parse((await cli('table', kitchen, 'processes', '--json')).stdout) as {
      pid: number;
      comm: string;
    }[];
    expect(json.map((r) => [r.pid, r.comm])).toContainEqual([11, 'ks-grandchild']);
  });

  it("keeps one process's rows with --pid", async () => {
    const json = JSON.parse((await cli('table', kitchen, 'fds', '--pid', '11', '--json')).stdout);
    expect(json.length).toBeGreaterThan(0);
    expect(json.every((r: { pid: number }) => r.pid === 11)).toBe(true);
  });

  it('names the tables when asked for one that does not exist', async () => {
    const r = await cli('table', kitchen, 'nonsense');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/processes\|fds\|sockets/);
  });
});
