/**
 * The page hashes a dropped input in a second worker while the analyser opens it: the hash
 * API on its own, and the analyser's side of the hand-over (no hash in the pass, the digest
 * recorded afterwards for exports).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { createAnalyserApi } from '../../../workers/api.ts';
import { createHashApi } from '../../../workers/hash-api.ts';
import { HASH_BLOCK } from '../../../workers/hash-blob.ts';
import type { ProgressReport } from '../../../workers/protocol.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const SHELL_SHA256SUM = '309effa1084c0b6ede0321d7171e9fdbe7e7fe9f09093adc543b2c259b689fe3';
const nodeSha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('the hash worker API', () => {
  test('hashes a Blob in blocks with progress, like sha256sum', async () => {
    const data = Uint8Array.from({ length: 2 * HASH_BLOCK + 12_345 }, (_, i) => (i * 31) & 255);
    const reports: ProgressReport[] = [];
    const api = createHashApi({ wholeDigestMaxBytes: 0 });
    const digest = await api.sha256(new Blob([data]), (r) => reports.push(r));
    expect(digest).toBe(nodeSha256(data));
    expect(reports[0]).toEqual({ stage: 'hashing', bytes: 0, total: data.length });
    expect(reports.at(-1)).toEqual({ stage: 'hashing', bytes: data.length, total: data.length });
  });

  test.each([
    ['WebCrypto, the whole input at once', {}],
    ['hash-wasm in blocks', { wholeDigestMaxBytes: 0 }],
  ])('%s: the digest of a fixture equals sha256sum of the file', async (_, options) => {
    const bytes = await readFile(path.join(FIXTURES, 'shell.tar.zst'));
    const digest = await createHashApi(options).sha256(new File([bytes], 'shell.tar.zst'));
    // `sha256sum tests/fixtures/shell.tar.zst`
    expect(digest).toBe(SHELL_SHA256SUM);
  });

  test('an input within the bound is digested by WebCrypto in one call', async () => {
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
    try {
      const data = Uint8Array.from({ length: HASH_BLOCK + 7 }, (_, i) => i & 255);
      expect(await createHashApi().sha256(new Blob([data]))).toBe(nodeSha256(data));
      expect(digest).toHaveBeenCalledTimes(1);
      expect(digest.mock.calls[0]![0]).toBe('SHA-256');
      // Above the bound the blocks are streamed instead.
      digest.mockClear();
      const api = createHashApi({ wholeDigestMaxBytes: HASH_BLOCK });
      expect(await api.sha256(new Blob([data]))).toBe(nodeSha256(data));
      expect(digest).not.toHaveBeenCalled();
    } finally {
      digest.mockRestore();
    }
  });

  test('a new input supersedes the running hash, which then gives undefined', async () => {
    const api = createHashApi();
    const big = new Blob([new Uint8Array(4 * HASH_BLOCK)]);
    const small = new Uint8Array([1, 2, 3]);
    const first = api.sha256(big);
    const second = api.sha256(new Blob([small]));
    expect(await first).toBeUndefined();
    expect(await second).toBe(nodeSha256(small));
  });

  test('cancel stops a running hash', async () => {
    const api = createHashApi();
    const running = api.sha256(new Blob([new Uint8Array(4 * HASH_BLOCK)]));
    await api.cancel();
    expect(await running).toBeUndefined();
  });
});

describe('the analyser with the hash done elsewhere', () => {
  test('a compressed input is not hashed in the pass; the recorded digest is kept', async () => {
    const bytes = await readFile(path.join(FIXTURES, 'kitchen.tar.zst'));
    const file = new File([bytes], 'kitchen.tar.zst');
    const api = createAnalyserApi();
    const reports: ProgressReport[] = [];
    expect((await api.open(file, undefined, { hashElsewhere: true })).status).toBe('opened');
    const digest = await createHashApi().sha256(file);
    expect(digest).toBe(nodeSha256(bytes));
    await api.recordSha256(digest!);
    // The analyser now answers from the recorded digest without reading the input again.
    expect(await api.sha256((r) => reports.push(r))).toBe(digest);
    expect(reports).toEqual([{ stage: 'hashing', bytes: bytes.length, total: bytes.length }]);
    // And its exports carry it.
    expect(new TextDecoder().decode(await api.exportModelJson())).toContain(digest);
  });

  test('without a recorded digest the analyser still hashes on request (the fallback)', async () => {
    const bytes = await readFile(path.join(FIXTURES, 'kitchen.tar.zst'));
    const api = createAnalyserApi();
    await api.open(new File([bytes], 'kitchen.tar.zst'), undefined, { hashElsewhere: true });
    const reports: ProgressReport[] = [];
    expect(await api.sha256((r) => reports.push(r))).toBe(nodeSha256(bytes));
    // It read the input from the start: the open's pass had not hashed it.
    expect(reports[0]).toEqual({ stage: 'hashing', bytes: 0, total: bytes.length });
  });

  test('a malformed digest is not recorded', async () => {
    const bytes = await readFile(path.join(FIXTURES, 'kitchen.tar.zst'));
    const api = createAnalyserApi();
    await api.open(new File([bytes], 'kitchen.tar.zst'), undefined, { hashElsewhere: true });
    await api.recordSha256('<script>');
    expect(await api.sha256()).toBe(nodeSha256(bytes));
  });
});
