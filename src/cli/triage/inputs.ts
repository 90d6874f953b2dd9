import fs from 'node:fs';
import path from 'node:path';
import { SNIFF_BYTES, sniff } from '../../lib/archive/sniff.ts';
import { globToRegExp, hasGlob } from './glob.ts';

/** One thing to analyse: a checkpoint file, or a folder of CRIU images (`criu dump -D`). */
export interface TriageInput {
  path: string;
  kind: 'file' | 'images-folder';
}

export interface ExpandedInputs {
  inputs: TriageInput[];
  /** Files met inside folders that are not checkpoints by their bytes (logs, notes…). */
  skipped: string[];
  /** Arguments that named nothing. */
  missing: string[];
}

/** CRIU writes these into every images directory: such a folder is one checkpoint. */
const IMAGES_MARKERS = ['inventory.img', 'pstree.img'];

/** A file found while walking a folder counts when its first bytes say tar, gzip or zstd. */
async function looksLikeCheckpoint(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    const kind = sniff(head.subarray(0, bytesRead)).kind;
    return kind === 'tar' || kind === 'gzip' || kind === 'zstd';
  } finally {
    await handle.close();
  }
}

async function walk(dir: string, out: ExpandedInputs, match?: RegExp): Promise<void> {
  const entries = await fs.promises.readdir(dir, { withFileTypes: true });
  const names = entries.map((e) => e.name);
  if (!match && IMAGES_MARKERS.some((m) => names.includes(m))) {
    out.inputs.push({ path: dir, kind: 'images-folder' });
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, e.name);
    // Symbolic links are not followed: a link loop must not make the walk endless.
    if (e.isDirectory()) await walk(full, out, match);
    else if (e.isFile()) {
      if (match && !match.test(full)) continue;
      if (await looksLikeCheckpoint(full)) out.inputs.push({ path: full, kind: 'file' });
      else out.skipped.push(full);
    }
  }
}

/** The fixed folder a glob starts from: its path up to the first part with a wildcard. */
function globRoot(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (hasGlob(p)) break;
    fixed.push(p);
  }
  const root = fixed.join('/');
  return root === '' ? (pattern.startsWith('/') ? '/' : '.') : root;
}

/**
 * Files, folders (walked recursively) and globs (`*`, `?`, `**`, for shells that pass them
 * through quoted) → the checkpoints to analyse, each once, in a stable order. A file named
 * explicitly is always analysed (a damaged one becomes a document with its problems); files
 * found in folders are analysed when their bytes look like a checkpoint.
 */
export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { inputs: [], skipped: [], missing: [] };
  for (const arg of args) {
    if (hasGlob(arg)) {
      const root = globRoot(arg);
      const before = out.inputs.length;
      if (fs.existsSync(root)) await walk(root, out, globToRegExp(path.normalize(arg)));
      if (out.inputs.length === before) out.missing.push(arg);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(arg);
    } catch {
      out.missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) await walk(arg, out);
    else if (stat.isFile()) out.inputs.push({ path: arg, kind: 'file' });
    else out.missing.push(arg);
  }
  const seen = new Set<string>();
  out.inputs = out.inputs.filter((i) => {
    const key = path.resolve(i.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return out;
}
