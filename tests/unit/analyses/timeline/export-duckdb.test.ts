/**
 * The timeline exports read by another tool: DuckDB reads the JSONL with Timesketch's field
 * names and types (`timestamp` an integer of microseconds, `datetime` a time), and the CSV as
 * a table with the same rows. A hostile message reaches the CSV neutralised.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineCsv, timelineJsonl } from '../../../../src/lib/analyses/timeline/export.ts';
import { buildTimeline } from '../../../../src/lib/analyses/timeline/index.ts';
import type { TimelineEvent } from '../../../../src/lib/analyses/timeline/types.ts';
import { fixtureArchive, fixtureModels } from '../../model/fixtures.ts';

let dir: string;
let db: DuckDBConnection;
let events: TimelineEvent[];

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

const hostile: TimelineEvent = {
  datetime: '2026-12-06T03:54:50Z',
  timestampUs: 1796529290000000n,
  timestampDesc: 'Log line written',
  message: '=HYPERLINK("http://x","click"), "quoted"\nsecond line',
  source: 'log',
  precision: 'recorded',
  path: 'ctr.log',
  evidence: { label: 'ctr.log line 9' },
};

beforeAll(async () => {
  const name = 'shell.tar.zst';
  const t = await buildTimeline(await fixtureArchive(name), await fixtureModels(name));
  events = [...t.events, hostile];
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-timeline-'));
  fs.writeFileSync(path.join(dir, 't.jsonl'), timelineJsonl(events));
  fs.writeFileSync(path.join(dir, 't.csv'), timelineCsv(events));
  db = await DuckDBConnection.create();
  await db.run(
    `CREATE TABLE j AS SELECT * FROM read_json('${dir}/t.jsonl', format = 'newline_delimited')`,
  );
  await db.run(`CREATE TABLE c AS SELECT * FROM read_csv('${dir}/t.csv', header = true)`);
}, 60_000);

afterAll(() => {
  db?.closeSync();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('timeline JSONL in DuckDB', () => {
  it('has the Timesketch fields with their types, then ours', async () => {
    const cols = await rows(`SELECT column_name, column_type FROM (DESCRIBE j)`);
    const types = Object.fromEntries(cols.map((c) => [c.column_name, c.column_type]));
    expect(Object.keys(types).slice(0, 4)).toEqual([
      'message',
      'datetime',
      'timestamp_desc',
      'timestamp',
    ]);
    expect(types.message).toBe('VARCHAR');
    expect(types.timestamp_desc).toBe('VARCHAR');
    expect(types.timestamp).toBe('BIGINT');
    // Timesketch takes `datetime` as an ISO 8601 string: every one must read as a time.
    expect(types.datetime).toBe('VARCHAR');
    const unreadable = await rows(
      `SELECT datetime FROM j WHERE TRY_CAST(datetime AS TIMESTAMPTZ) IS NULL`,
    );
    expect(unreadable).toEqual([]);
    expect(Object.keys(types)).toEqual(
      expect.arrayContaining(['source', 'pid', 'path', 'precision', 'note', 'evidence']),
    );
  });

  it('holds every event, its timestamp equal to its datetime', async () => {
    const [n] = await rows(`SELECT count(*) AS n FROM j`);
    expect(Number(n!.n)).toBe(events.length);
    const off = await rows(
      `SELECT message FROM j WHERE epoch_us(datetime::TIMESTAMP) <> timestamp`,
    );
    expect(off).toEqual([]);
    const [created] = await rows(
      `SELECT timestamp FROM j WHERE timestamp_desc = 'Container created'`,
    );
    expect(String(created!.timestamp)).toBe('1796529262309632');
  });
});

describe('timeline CSV in DuckDB', () => {
  it('reads as a table with the same rows as the JSONL', async () => {
    const diff = await rows(`
      SELECT timestamp, timestamp_desc, source, pid, path FROM j
      EXCEPT SELECT timestamp, timestamp_desc, source, pid, path FROM c`);
    expect(diff).toEqual([]);
    const [n] = await rows(`SELECT count(*) AS n FROM c`);
    expect(Number(n!.n)).toBe(events.length);
    const same = await rows(`
      SELECT count(*) AS n FROM j JOIN c USING (timestamp, timestamp_desc, evidence)
      WHERE j.message = c.message`);
    // Every message but the hostile one is the same text in both.
    expect(Number(same[0]!.n)).toBe(events.length - 1);
  });

  it('neutralises a message a spreadsheet would run, and keeps its lines', async () => {
    const [row] = await rows(`SELECT message FROM c WHERE evidence = 'ctr.log line 9'`);
    expect(row!.message).toBe(`'${hostile.message}`);
  });
});
