/**
 * The page's warnings panel (the worker's `problems()`) lists what the model found once it is
 * built — pages and parent problems come from there — with each damaged image counted once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyserApi } from '../../../workers/api.ts';
import { makeCorpus, type CorpusItem } from '../../hostile/make-corpus.ts';

let dir = '';
let items: CorpusItem[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-hostile-worker-'));
  items = await makeCorpus(dir);
}, 120_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('worker problems for the warnings panel', () => {
  it('each partial corpus input: its problem, counted once, next to a readable model', async () => {
    for (const item of items.filter((i) => i.partial && i.code)) {
      const api = createAnalyserApi();
      const bytes = fs.readFileSync(path.join(dir, item.file));
      const outcome = await api.open(new File([bytes], item.file));
      expect(outcome.status, item.file).toBe('opened');
      await api.images(); // the Images view decodes every image
      await api.modelContainers(); // the overview builds the model
      const groups = await api.problems();
      const group = groups.find((g) => g.code === item.code);
      expect(group, `${item.file}: ${JSON.stringify(groups)}`).toBeDefined();
      expect(
        group!.examples.some((p) => item.message!.test(p.message)),
        item.file,
      ).toBe(true);
      if (item.code === 'unknown-magic') expect(group!.count, item.file).toBe(1);
      expect((await api.containerDetails(0)).container.name, item.file).toBe('kitchen');
      await api.close();
    }
  }, 300_000);
});

describe('problems name the archive member', () => {
  it('decoding problems say which member of which container', async () => {
    const api = createAnalyserApi();
    const bytes = fs.readFileSync(path.join(dir, 'unknown-magic.tar'));
    await api.open(new File([bytes], 'unknown-magic.tar'));
    await api.images();
    const group = (await api.problems()).find((g) => g.code === 'unknown-magic');
    expect(group?.examples[0]).toMatchObject({
      file: 'checkpoint/core-1.img',
      image: 'core-1.img',
      offset: 4,
    });
    await api.close();
  });
});
