/**
 * Test helper: fixture archives opened once per test file, and their container models.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../../../src/lib/archive/index.ts';
import type { Archive } from '../../../src/lib/archive/types.ts';
import { buildArchiveModels, type ContainerModel } from '../../../src/lib/model/from-archive.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

const archives = new Map<string, Promise<Archive>>();
const models = new Map<string, Promise<ContainerModel[]>>();

export function fixtureArchive(name: string): Promise<Archive> {
  let a = archives.get(name);
  if (!a) {
    a = fs.openAsBlob(path.join(FIXTURES, name)).then((blob) => openArchive(blob, { name }));
    archives.set(name, a);
  }
  return a;
}

export function fixtureModels(name: string): Promise<ContainerModel[]> {
  let m = models.get(name);
  if (!m) {
    m = fixtureArchive(name).then(buildArchiveModels);
    models.set(name, m);
  }
  return m;
}

export function expectedText(archive: string, file: string): string {
  return fs.readFileSync(path.join(FIXTURES, 'expected', archive, file), 'utf8');
}

export const text = (b: Uint8Array | undefined): string =>
  new TextDecoder().decode(b ?? new Uint8Array());
