/**
 * Secrets in real checkpoints: the shell fixture's planted PEM key and AWS key id (facts.json
 * says where), kitchen's `api_key` in pid 1's heap, and its FORENSIC_MARKER, which is not one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../../src/lib/archive/open-archive.ts';
import { archiveSecrets } from '../../../../src/lib/analyses/secrets/archive.ts';
import { secretFindings } from '../../../../src/lib/analyses/secrets/findings.ts';
import { maskSecret } from '../../../../src/lib/analyses/secrets/types.ts';
import { openContainerMemory } from '../../../../src/lib/memory/archive-memory.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '../../../fixtures');
const facts = JSON.parse(
  fs.readFileSync(path.join(fixtures, 'expected/shell.tar.zst/facts.json'), 'utf8'),
) as {
  secrets: {
    pid: number;
    aws_access_key_id: string;
    aws_access_key_id_addrs: string[];
    pem: string;
    pem_whole_addrs: string[];
  };
};

/** The anonymous private mappings of `pid` in the archive's (only) container. */
async function anonOf(name: string, pid: number) {
  const archive = await openArchive(await fs.openAsBlob(path.join(fixtures, name)), { name });
  try {
    const mem = await openContainerMemory(archive, archive.layout.containers[0]!);
    return mem!.vmas(pid).filter((v) => v.kind === 'anon-private');
  } finally {
    await archive.dispose();
  }
}

async function secrets(name: string) {
  const archive = await openArchive(await fs.openAsBlob(path.join(fixtures, name)), { name });
  try {
    return (await archiveSecrets(archive))[0]!;
  } finally {
    await archive.dispose();
  }
}

describe('secrets in real checkpoints', () => {
  it('finds the PEM key and the AWS key id planted in the shell fixture', async () => {
    const r = await secrets('shell.tar.zst');
    const s = facts.secrets;
    const akid = r.secrets.find((x) => x.value === s.aws_access_key_id)!;
    expect(akid).toMatchObject({ rule: 'aws-access-key-id', confidence: 'high' });
    expect(
      akid.locations.map((l) => l.kind === 'memory' && [l.pid, `0x${l.address.toString(16)}`]),
    ).toEqual(s.aws_access_key_id_addrs.map((a) => [s.pid, a]));
    const pem = r.secrets.find((x) => x.rule === 'private-key')!;
    expect(pem.value).toBe(s.pem.trimEnd());
    expect(pem.locations).toHaveLength(s.pem_whole_addrs.length);
    expect(pem.locations[0]).toMatchObject({
      kind: 'memory',
      pid: s.pid,
      address: BigInt(s.pem_whole_addrs[0]!),
      target: { to: 'address', pid: s.pid, address: BigInt(s.pem_whole_addrs[0]!) },
    });
    const findings = secretFindings(r);
    expect(findings.map((f) => f.summary)).toEqual(
      expect.arrayContaining([expect.stringContaining(maskSecret(s.aws_access_key_id))]),
    );
    // A finding never carries the value itself.
    expect(
      JSON.stringify(findings, (_k, v) => (typeof v === 'bigint' ? String(v) : v)),
    ).not.toContain(s.aws_access_key_id);
  });

  it("finds kitchen's api_key in pid 1's heap and leaves FORENSIC_MARKER alone", async () => {
    const r = await secrets('kitchen.tar.zst');
    const key = r.secrets.find((x) => x.value === 'sk-test-51f0c0ffee')!;
    expect(key.rule).toBe('named-credential');
    // kitchen-sink.c mallocs its heap buffer (over a MiB: the allocator maps it anonymously)
    // and copies the JSON 4096 * 3 + 100 bytes in; the value starts 12 bytes into the JSON.
    // The mapping starts with the allocator's chunk header (a few words).
    const into = BigInt(4096 * 3 + 100 + 12);
    const anon = await anonOf('kitchen.tar.zst', 1);
    const inHeap = key.locations.filter(
      (l) =>
        l.kind === 'memory' &&
        l.pid === 1 &&
        anon.some((v) => l.address - v.start - into >= 0n && l.address - v.start - into < 64n),
    );
    expect(inHeap).toHaveLength(1);
    // Forked children hold the same heap page: one row, several places.
    expect(new Set(key.locations.map((l) => ('pid' in l ? l.pid : -1))).size).toBeGreaterThan(1);
    expect(r.secrets.some((x) => x.value.includes('env-canary-7f3a'))).toBe(false);
    // argv --token=… is a named credential, in argv and in memory.
    const token = r.secrets.find((x) => x.value === 'argv-canary-19c2')!;
    expect(token.locations.some((l) => l.kind === 'argv' && l.pid === 1)).toBe(true);
    expect(token.locations.some((l) => l.kind === 'memory')).toBe(true);
  });
});
