import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|svelte)$/.test(e.name) ? [full] : [];
  });
}

describe('the artefact manifest', () => {
  it('sees every file the page writes: only saveArtefact uses the raw download', () => {
    const users = sources(SRC)
      .filter((file) =>
        /from '[./]*\/?(components\/)?download\.ts'/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => path.relative(SRC, file));
    expect(users).toEqual(['state/artefacts.ts']);
  });
});
