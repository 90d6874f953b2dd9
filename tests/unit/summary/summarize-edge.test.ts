import { describe, expect, it } from 'vitest';
import { MemorySource } from '../../../src/lib/archive/byte-source.ts';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { formatBytes, formatMicroseconds } from '../../../src/lib/summary/format.ts';
import { toJson } from '../../../src/lib/model/json.ts';
import { decodeStatsFile } from '../../../src/lib/summary/stats-dump.ts';
import { summarize } from '../../../src/lib/summary/summarize.ts';
import { tar, type TarSpec } from '../archive/tar-builder.ts';

const inventory: TarSpec = {
  name: 'checkpoint/inventory.img',
  data: new Uint8Array([0x16, 0x31, 0x31, 0x58]),
};

function varint(n: bigint): number[] {
  const out: number[] = [];
  do {
    let b = Number(n & 0x7fn);
    n >>= 7n;
    if (n > 0n) b |= 0x80;
    out.push(b);
  } while (n > 0n);
  return out;
}

function statsFile(fields: [number, bigint][]): Uint8Array {
  const dump = fields.flatMap(([f, v]) => [...varint(BigInt(f << 3)), ...varint(v)]);
  const entry = [0x0a, ...varint(BigInt(dump.length)), ...dump];
  const out = new Uint8Array(12 + entry.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x55105940, true);
  view.setUint32(4, 0x57093306, true);
  view.setUint32(8, entry.length, true);
  out.set(entry, 12);
  return out;
}

async function summaryOf(specs: TarSpec[]) {
  return summarize(await openArchive(new MemorySource(tar(specs)), { name: 'built.tar' }));
}

describe('summary edge cases', () => {
  it('bad JSON in config.dump and spec.dump is a problem, not a crash', async () => {
    const s = await summaryOf([
      { name: 'config.dump', data: '{"id": "abc", ' },
      { name: 'spec.dump', data: 'not json' },
      inventory,
    ]);
    expect(s.containers).toHaveLength(1);
    expect(s.containers[0].name).toBeUndefined();
    expect(s.problems.filter((p) => p.code === 'bad-json').map((p) => p.file)).toEqual([
      'config.dump',
      'spec.dump',
    ]);
  });

  it('reads Podman network.status interfaces', async () => {
    const status = {
      podman: {
        interfaces: {
          eth0: {
            subnets: [{ ipnet: '10.88.0.5/16', gateway: '10.88.0.1' }],
            mac_address: '0a:58:0a:58:00:05',
          },
        },
      },
    };
    const s = await summaryOf([
      {
        name: 'spec.dump',
        data: JSON.stringify({ annotations: { 'io.container.manager': 'libpod' } }),
      },
      { name: 'network.status', data: JSON.stringify(status) },
      inventory,
    ]);
    expect(s.containers[0].network).toEqual([
      {
        network: 'podman',
        interface: 'eth0',
        addresses: ['10.88.0.5/16'],
        gateways: ['10.88.0.1'],
        mac: '0a:58:0a:58:00:05',
      },
    ]);
  });

  it('CRI-O name from the Metadata annotation, zero times ignored', async () => {
    const spec = {
      annotations: {
        'io.container.manager': 'cri-o',
        'io.kubernetes.cri-o.Metadata': '{"name":"from-metadata","attempt":1}',
        'io.kubernetes.cri-o.Created': '2026-01-02T03:04:05Z',
      },
    };
    const config = { id: 'x', name: 'config-name', checkpointedTime: '0001-01-01T00:00:00Z' };
    const s = await summaryOf([
      { name: 'spec.dump', data: JSON.stringify(spec) },
      { name: 'config.dump', data: JSON.stringify(config) },
      inventory,
    ]);
    expect(s.containers[0]).toMatchObject({
      engine: 'cri-o',
      name: 'from-metadata',
      created: '2026-01-02T03:04:05Z',
    });
    expect(s.containers[0].checkpointed).toBeUndefined();
  });

  it('decodes stats with 64-bit counters exactly', () => {
    const big = (1n << 63n) + 7n;
    const { stats, problems } = decodeStatsFile(
      statsFile([
        [1, 5n],
        [5, big],
        [99, 1n],
      ]),
      'stats-dump',
    );
    expect(problems).toEqual([]);
    expect(stats?.dump).toEqual({ freezing_time: 5, pages_scanned: big });
    expect(toJson(stats)).toContain(`"pages_scanned": ${big.toString()}`);
  });

  it('reports damaged stats files', () => {
    expect(decodeStatsFile(new Uint8Array(5), 'stats-dump').problems[0].code).toBe(
      'truncated-entry',
    );
    const wrongMagic = statsFile([[1, 1n]]);
    wrongMagic[4] ^= 0xff;
    expect(decodeStatsFile(wrongMagic, 'stats-dump').problems[0].code).toBe('unknown-magic');
    const cut = statsFile([[5, 300n]]);
    expect(decodeStatsFile(cut.subarray(0, cut.length - 1), 'stats-dump').problems[0].code).toBe(
      'truncated-entry',
    );
    const bad = statsFile([[5, 300n]]);
    bad[bad.length - 1] = 0x80; // a varint that never ends
    expect(decodeStatsFile(bad, 'stats-dump').problems[0].code).toBe('malformed-protobuf');
  });

  it('a stats-dump that is damaged still gives a summary', async () => {
    const s = await summaryOf([{ name: 'stats-dump', data: 'garbage!garbage!' }, inventory]);
    expect(s.containers[0].stats).toBeUndefined();
    expect(s.problems.map((p) => p.code)).toEqual(['unknown-magic']);
  });

  it('formats like checkpointctl', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(4608)).toBe('4.5 KiB');
    expect(formatBytes(26_646_715)).toBe('25.4 MiB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GiB');
    expect(formatMicroseconds(382)).toBe('382 µs');
    expect(formatMicroseconds(247_644)).toBe('247.6 ms');
    expect(formatMicroseconds(2_500_000)).toBe('2.50 s');
  });

  it('toJson keeps strings that look like markers as strings', () => {
    expect(JSON.parse(toJson({ s: '\u0000big:12', n: 12n }))).toEqual({ s: '\u0000big:12', n: 12 });
  });
});
