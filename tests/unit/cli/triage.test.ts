import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ArchiveDocument,
  TriageDocument,
} from '../../../src/lib/analyses/triage/documents.ts';
import { expandInputs } from '../../../src/cli/triage/inputs.ts';
import { globToRegExp } from '../../../src/cli/triage/glob.ts';
import { doneArchives } from '../../../src/cli/triage/output.ts';
import { fixturePath } from '../archive/helpers.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const ARCHIVES = [
  'kitchen.tar.zst',
  'kitchen.tar.gz',
  'lifecycle.tar.zst',
  'shell.tar.zst',
  'web.tar.zst',
  'pod-kitchen-web.tar.zst',
  'bare-images.tar.gz',
];

let dir: string;

/**
 * The bundled CLI (`npm run cli`'s own path): worker threads start from a script Node can
 * load by itself, which tsx's TypeScript entry is not.
 */
function triage(...args: string[]) {
  const r = spawnSync('node', ['scripts/cli.mjs', 'triage', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function readDocs(file: string): TriageDocument[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TriageDocument);
}

/** Documents without the one field that differs between two runs of the same input. */
function stable(docs: TriageDocument[]): unknown[] {
  return docs
    .map((d) => (d.doc_type === 'archive' ? { ...d, analysed_at: '' } : d))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-triage-'));
  const nested = path.join(dir, 'node-a', 'checkpoints');
  fs.mkdirSync(nested, { recursive: true });
  for (const a of ARCHIVES) fs.copyFileSync(fixturePath(a), path.join(nested, a));
  const whole = fs.readFileSync(fixturePath('kitchen.tar.zst'));
  fs.writeFileSync(path.join(dir, 'damaged.tar.zst'), whole.subarray(0, 30_000));
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a checkpoint\n');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('triage inputs', () => {
  it('walks folders, keeps checkpoints by their bytes and names the rest', async () => {
    const found = await expandInputs([dir]);
    expect(found.inputs.map((i) => path.basename(i.path)).sort()).toEqual(
      [...ARCHIVES, 'damaged.tar.zst'].sort(),
    );
    expect(found.skipped).toEqual([path.join(dir, 'notes.txt')]);
    expect((await expandInputs([path.join(dir, 'nope')])).missing).toHaveLength(1);
  });

  it('expands globs with *, ? and **', async () => {
    const found = await expandInputs([`${dir}/**/kitchen.ta?.*`]);
    expect(found.inputs.map((i) => path.basename(i.path)).sort()).toEqual([
      'kitchen.tar.gz',
      'kitchen.tar.zst',
    ]);
    expect(globToRegExp('a/**/b*.tar').test('a/x/y/bcd.tar')).toBe(true);
    expect(globToRegExp('a/**/b*.tar').test('a/b.tar')).toBe(true);
    expect(globToRegExp('a/*.tar').test('a/x/b.tar')).toBe(false);
  });

  it('a folder of CRIU images is one input', async () => {
    const images = path.join(dir, 'img');
    fs.mkdirSync(images);
    fs.writeFileSync(path.join(images, 'inventory.img'), new Uint8Array(8));
    try {
      const found = await expandInputs([images]);
      expect(found.inputs).toEqual([{ path: images, kind: 'images-folder' }]);
    } finally {
      fs.rmSync(images, { recursive: true });
    }
  });
});

describe('npm run cli -- triage', () => {
  let first: TriageDocument[];
  const out = () => path.join(dir, 'out.ndjson');

  beforeAll(() => {
    const r = triage(dir, '--jobs', '1', '--out', out());
    expect(r.code, r.stderr).toBe(0);
    first = readDocs(out());
  });

  it('one archive document per checkpoint; the damaged one says why', () => {
    const archives = first.filter((d): d is ArchiveDocument => d.doc_type === 'archive');
    expect(archives).toHaveLength(ARCHIVES.length + 1);
    for (const a of archives) {
      expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(a.size).toBe(fs.statSync(a.path).size);
    }
    const damaged = archives.find((a) => a.file_name === 'damaged.tar.zst')!;
    expect(damaged.damaged).toBe(true);
    expect(damaged.problems.map((p) => p.code)).toContain('truncated-archive');
    const pod = archives.find((a) => a.file_name === 'pod-kitchen-web.tar.zst')!;
    expect(pod.container_count).toBe(2);
    expect(pod.containers.map((c) => c.processes).reduce((a, b) => a + b)).toBe(pod.process_count);
    const kitchen = archives.find((a) => a.file_name === 'kitchen.tar.zst')!;
    expect(kitchen).toMatchObject({ engine: 'podman', compression: 'zstd', damaged: false });
    expect(kitchen.process_names).toEqual(
      expect.arrayContaining(['kitchen-sink', 'ks-worker', 'ks-grandchild', 'sleep']),
    );
    expect(kitchen.containers[0]!.listening_ports).toEqual(expect.arrayContaining([8080, 9090]));
  });

  it('the digest is the file’s own (sha256sum)', () => {
    const kitchen = first.find(
      (d): d is ArchiveDocument => d.doc_type === 'archive' && d.file_name === 'kitchen.tar.zst',
    )!;
    const sum = spawnSync('sha256sum', [kitchen.path], { encoding: 'utf8' }).stdout.split(' ')[0];
    expect(kitchen.sha256).toBe(sum);
  });

  it('--jobs 2 gives the same documents as --jobs 1', () => {
    const r = triage(dir, '--jobs', '2', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(stable(JSON.parse(r.stdout) as TriageDocument[])).toEqual(stable(first));
  });

  it('a rerun over the same output skips what is there, even after a torn last line', () => {
    fs.appendFileSync(out(), '{"doc_type":"archive","sha2');
    const r = triage(dir, '--out', out());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/0 analysed, 8 already in the output/);
    const lines = fs.readFileSync(out(), 'utf8').split('\n');
    // The torn line is closed; nothing else was added.
    expect(lines.filter(Boolean)).toHaveLength(first.length + 1);
    expect(doneArchives(out()).size).toBe(ARCHIVES.length + 1);
  });

  it('--format bulk writes the _bulk action before every document', () => {
    const bulk = path.join(dir, 'bulk.ndjson');
    const r = triage(path.join(dir, 'node-a'), '--format', 'bulk', '--out', bulk);
    expect(r.code, r.stderr).toBe(0);
    const lines = fs.readFileSync(bulk, 'utf8').split('\n').filter(Boolean);
    expect(lines.length % 2).toBe(0);
    for (let i = 0; i < lines.length; i += 2) {
      const action = JSON.parse(lines[i]!) as { index: { _index: string; _id: string } };
      const doc = JSON.parse(lines[i + 1]!) as TriageDocument;
      expect(action.index._index).toBe(
        doc.doc_type === 'archive' ? 'cc-analyser-archives' : 'cc-analyser-findings',
      );
      if (doc.doc_type === 'archive') expect(action.index._id).toBe(doc.sha256);
      else expect(action.index._id.startsWith(doc.archive_sha256)).toBe(true);
    }
  });

  it('usage errors are exit 2; a path that names nothing is said', () => {
    expect(triage().code).toBe(2);
    expect(triage(dir, '--format', 'xml').code).toBe(2);
    expect(triage(dir, '--jobs', '0').code).toBe(2);
    const r = triage(path.join(dir, 'missing.tar'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.tar: nothing found/);
  });

  it('every field written is documented in docs/triage-fields.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/triage-fields.md'), 'utf8');
    const documented = new Set([...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]));
    const fields = new Set<string>();
    const walk = (value: unknown, prefix: string) => {
      if (Array.isArray(value)) {
        for (const v of value) if (v && typeof v === 'object') walk(v, `${prefix}[]`);
        return;
      }
      if (!value || typeof value !== 'object') return;
      for (const [k, v] of Object.entries(value)) {
        const name = prefix ? `${prefix}.${k}` : k;
        // Severity counts are documented as one object.
        if (k === 'findings' && v && !Array.isArray(v)) {
          fields.add(name);
          continue;
        }
        fields.add(name);
        walk(v, name);
      }
    };
    for (const d of first) walk(d, '');
    const missing = [...fields].filter((f) => !documented.has(f));
    expect(missing).toEqual([]);
  });
});
