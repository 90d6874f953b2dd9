import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import type { MemberStore } from '../../../src/lib/archive/member-store.ts';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import type { Entry } from '../../../src/lib/criu/types.ts';
import type { CheckpointMemory } from '../../../src/lib/memory/checkpoint-memory.ts';
import { openMemory } from '../../../src/lib/memory/open-memory.ts';
import {
  searchMemory,
  type MemoryMatch,
  type SearchOptions,
  type SearchQuery,
} from '../../../src/lib/memory/search.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The images store and memory of the first container of a real fixture archive. */
export async function fixtureMemory(
  name: string,
): Promise<{ store: MemberStore; mem: CheckpointMemory }> {
  const archive = await openArchive(await fs.openAsBlob(path.join(here, '../../fixtures', name)), {
    name,
  });
  const store = archive.layout.containers[0].images;
  return { store, mem: await openMemory(store) };
}

export async function decoded(store: MemberStore, image: string): Promise<Entry> {
  return decodeImage(await store.read(image), image).entries[0];
}

export async function allMatches(
  mem: CheckpointMemory,
  q: SearchQuery,
  o: SearchOptions = {},
): Promise<MemoryMatch[]> {
  const out: MemoryMatch[] = [];
  for await (const b of searchMemory(mem, q, o)) out.push(...b.matches);
  return out;
}

export const text = (s: string): SearchQuery => ({ kind: 'text', text: s });
export const ascii = (b: Uint8Array): string => new TextDecoder('latin1').decode(b);
