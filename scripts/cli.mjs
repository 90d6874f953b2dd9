#!/usr/bin/env node
// `npm run cli -- <command> ...`: runs src/cli/main.ts from a precompiled bundle. tsx
// transpiles on every run (measured ~0.7 s of start-up, against ~40 ms of work for `x ps`), so
// the first run after a change bundles the CLI with esbuild into node_modules/.cache and later
// runs import that file directly. One bundle, not code-split: measured, splitting saves nothing
// worth having, and one file can be replaced atomically while another run is reading it.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'node_modules/.cache/cc-analyser');
const bundle = join(cacheDir, 'cli.mjs');
const stampFile = join(cacheDir, 'cli.stamp');

/** Everything the bundle is made from: the sources, the dependency pins, this script. */
const inputs = ['src', 'package.json', 'package-lock.json', 'scripts/cli.mjs'];

/**
 * The newest mtime and the number of entries under the inputs. Directories count too, so a
 * deleted or moved-in file changes the stamp even when no file got newer.
 */
function stamp() {
  let newest = 0;
  let count = 0;
  const visit = (path) => {
    let st;
    try {
      st = statSync(path);
    } catch {
      return;
    }
    newest = Math.max(newest, st.mtimeMs);
    count++;
    if (!st.isDirectory()) return;
    for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const input of inputs) visit(join(root, input));
  return `${newest}:${count}`;
}

function builtStamp() {
  try {
    return readFileSync(stampFile, 'utf8');
  } catch {
    return '';
  }
}

async function build(current) {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  // Write beside the target and rename: a concurrent run never imports a half-written file.
  const tmp = `${bundle}.${process.pid}.tmp`;
  const options = {
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  };
  try {
    await esbuild(options);
  } catch {
    // esbuild has already printed the errors (a syntax error in src/, say) on stderr.
    process.exit(1);
  }
  renameSync(tmp, bundle);
  // The stamp taken *before* the build: a source edited during the build triggers another.
  writeFileSync(`${stampFile}.${process.pid}.tmp`, current);
  renameSync(`${stampFile}.${process.pid}.tmp`, stampFile);
}

const current = stamp();
if (builtStamp() !== current || !existsSync(bundle)) await build(current);
await import(pathToFileURL(bundle).href);
