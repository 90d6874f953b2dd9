import { describe, expect, it } from 'vitest';
import { buildElfCore } from '../../../src/lib/memory/elf-core.ts';
import { allMatches, fixtureMemory, text } from './fixture-memory.ts';

interface Phdr {
  type: number;
  flags: number;
  offset: number;
  vaddr: bigint;
  filesz: number;
}

function parse(core: Uint8Array) {
  const v = new DataView(core.buffer, core.byteOffset, core.byteLength);
  const phnum = v.getUint16(56, true);
  const phdrs: Phdr[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = v.getUint32(32, true) + 56 * i;
    phdrs.push({
      type: v.getUint32(at, true),
      flags: v.getUint32(at + 4, true),
      offset: Number(v.getBigUint64(at + 8, true)),
      vaddr: v.getBigUint64(at + 16, true),
      filesz: Number(v.getBigUint64(at + 32, true)),
    });
  }
  const notes: Array<{ type: number; desc: Uint8Array }> = [];
  const n = phdrs[0];
  for (let at = n.offset; at < n.offset + n.filesz;) {
    const namesz = v.getUint32(at, true);
    const descsz = v.getUint32(at + 4, true);
    const type = v.getUint32(at + 8, true);
    const descAt = at + 12 + Math.ceil(namesz / 4) * 4;
    notes.push({ type, desc: core.subarray(descAt, descAt + descsz) });
    at = descAt + Math.ceil(descsz / 4) * 4;
  }
  return { v, phdrs, notes };
}

describe('ELF core file of a process', () => {
  it('kitchen pid 6: header, one NT_PRSTATUS per thread, memory at its address, no segment for undumped memory', async () => {
    const { mem, store } = await fixtureMemory('kitchen.tar.zst');
    const core = await buildElfCore(mem, store, 6);
    expect(core.problems).toEqual([]);
    const parts: Uint8Array[] = [];
    for await (const c of core.chunks()) parts.push(c);
    const bytes = new Uint8Array(core.size);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    expect(at).toBe(core.size);
    const { v, phdrs, notes } = parse(bytes);
    expect([...bytes.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
    expect(v.getUint16(16, true)).toBe(4); // ET_CORE
    expect(v.getUint16(18, true)).toBe(62); // x86_64
    expect(phdrs[0].type).toBe(4);
    const prstatus = notes.filter((x) => x.type === 1);
    const tids = prstatus.map((x) =>
      new DataView(x.desc.buffer, x.desc.byteOffset).getInt32(32, true),
    );
    expect(tids).toEqual([6, 7, 8, 9]);
    const psinfo = notes.find((x) => x.type === 3)!;
    expect(new TextDecoder().decode(psinfo.desc.subarray(40, 49))).toBe('ks-worker');
    expect(new TextDecoder().decode(psinfo.desc.subarray(56, 136))).toContain(
      '--token=argv-canary-19c2',
    );

    const [key] = await allMatches(mem, text('{"api_key":"sk-test-51f0c0ffee"}'), { pids: [6] });
    const load = phdrs.find(
      (p) => p.type === 1 && p.vaddr <= key.address && key.address < p.vaddr + BigInt(p.filesz),
    )!;
    const off = load.offset + Number(key.address - load.vaddr);
    expect(new TextDecoder().decode(bytes.subarray(off, off + 32))).toBe(
      '{"api_key":"sk-test-51f0c0ffee"}',
    );
    // vvar is never dumped: no PT_LOAD covers it.
    const vvar = mem.vmas(6).find((x) => x.kind === 'vvar')!;
    expect(
      phdrs.some(
        (p) => p.type === 1 && p.vaddr < vvar.end && vvar.start < p.vaddr + BigInt(p.filesz),
      ),
    ).toBe(false);
  }, 60_000);

  it('reports an unknown pid as a problem and writes nothing', async () => {
    const { mem, store } = await fixtureMemory('kitchen.tar.zst');
    const core = await buildElfCore(mem, store, 4242);
    expect(core.size).toBe(0);
    expect(core.problems[0].code).toBe('missing-image');
  }, 60_000);
});
