/** `npm run cli -- timeline ARCHIVE [--jsonl|--csv|--json]`, as a user runs it. */
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';
import { fixturePath } from '../archive/helpers.ts';

const SHELL = fixturePath('shell.tar.zst');

describe('timeline command', () => {
  it('prints a table sorted by time, problems on stderr', async () => {
    const r = await cli('timeline', SHELL);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TIME \(UTC\)\s+SOURCE\s+WHAT\s+EVENT$/);
    expect(r.stdout).toMatch(
      /2026-12-06T03:54:22\.309632006Z\s+engine\s+Container created\s+Container created \(config\.dump createdTime\)/,
    );
    expect(r.stdout).toMatch(
      /2026-12-06T03:54:26Z\s+history\s+.*pid 10 bash: echo FIXTURE-HIST-01/,
    );
    expect(r.stderr).toMatch(/^cc-analyser timeline: info: Process start times are not/m);
  });

  it('--json, --jsonl and --csv hold the same events', async () => {
    const json = JSON.parse((await cli('timeline', SHELL, '--json')).stdout) as {
      events: { timestampUs: number; datetime: string; timestampDesc: string }[];
      problems: { code: string }[];
    };
    const jsonl = (await cli('timeline', SHELL, '--jsonl')).stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { timestamp: number; datetime: string; timestamp_desc: string });
    expect(jsonl.map((e) => [e.timestamp, e.datetime, e.timestamp_desc])).toEqual(
      json.events.map((e) => [e.timestampUs, e.datetime, e.timestampDesc]),
    );
    const csv = (await cli('timeline', SHELL, '--csv')).stdout.split('\r\n');
    expect(csv[0]).toBe(
      'message,datetime,timestamp_desc,timestamp,source,container,pid,path,precision,note,evidence',
    );
    expect(csv.filter((l) => l !== '')).toHaveLength(json.events.length + 1);
  });

  it('takes one output format only', async () => {
    const r = await cli('timeline', SHELL, '--csv', '--jsonl');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('one of --jsonl, --csv, --json');
  });
});
