/**
 * End to end: triage a folder of real checkpoints, load the NDJSON into a real embedded engine
 * (DuckDB, through its npm package) and answer an analyst's questions with SQL.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../archive/helpers.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
let dir: string;
let out: string;
let db: DuckDBConnection;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-duckdb-'));
  for (const a of ['kitchen.tar.zst', 'lifecycle.tar.zst', 'shell.tar.zst', 'web.tar.zst'])
    fs.copyFileSync(fixturePath(a), path.join(dir, a));
  fs.writeFileSync(
    path.join(dir, 'cut.tar.zst'),
    fs.readFileSync(fixturePath('kitchen.tar.zst')).subarray(0, 30_000),
  );
  out = path.join(dir, 'triage.ndjson');
  const r = spawnSync('node', ['scripts/cli.mjs', 'triage', dir, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  db = await DuckDBConnection.create();
  // Archives and findings are told apart by doc_type; each is read with its own schema.
  await db.run(
    `CREATE TABLE docs AS SELECT * FROM read_json_auto('${out}', format = 'newline_delimited', union_by_name = true)`,
  );
}, 120_000);

afterAll(() => {
  db?.closeSync();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('triage NDJSON in DuckDB', () => {
  it('which archives hold a given process name', async () => {
    const found = await rows(
      `SELECT file_name FROM docs WHERE doc_type = 'archive' AND list_contains(process_names, 'ks-worker') ORDER BY file_name`,
    );
    // The cut copy of kitchen still names its processes (from the images read before the cut).
    expect(found.map((r) => r.file_name)).toEqual(['cut.tar.zst', 'kitchen.tar.zst']);
    const bash = await rows(
      `SELECT file_name FROM docs WHERE doc_type = 'archive' AND list_contains(process_names, 'bash')`,
    );
    expect(bash.map((r) => r.file_name)).toEqual(['shell.tar.zst']);
  });

  it('which archives have a high finding, and which rules fired there', async () => {
    const high = await rows(
      `SELECT file_name FROM docs WHERE doc_type = 'archive' AND findings.high > 0 ORDER BY file_name`,
    );
    expect(high.map((r) => r.file_name)).toEqual(['lifecycle.tar.zst', 'shell.tar.zst']);
    // The finding documents join back to their archive by its SHA-256.
    const joined = await rows(
      `SELECT DISTINCT a.file_name FROM docs f JOIN docs a ON f.archive_sha256 = a.sha256
       WHERE f.doc_type = 'finding' AND f.severity = 'high' AND a.doc_type = 'archive'
       ORDER BY 1`,
    );
    expect(joined).toEqual(high);
  });

  it('which archives are damaged, and why', async () => {
    const damaged = await rows(
      `SELECT file_name, problems[1].code AS code FROM docs WHERE doc_type = 'archive' AND damaged`,
    );
    expect(damaged).toEqual([{ file_name: 'cut.tar.zst', code: 'truncated-archive' }]);
  });
});
