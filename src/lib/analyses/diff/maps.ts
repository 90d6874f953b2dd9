/**
 * Memory layout per process: VMAs keyed by start address, what changed about each (end,
 * permissions, backing, flags) and how many pages each side stored. checkpointctl only gives
 * the size difference of the pages-*.img files; this says where the memory went.
 */
import type { MmInfo, ProcessInfo, ProcessVma } from '../../model/types.ts';
import { compareFacts, listText, pairByKey, statusOf, valueText, type Facts } from './keyed.ts';
import type { ProcessMapsDiff, SizeDelta, VmaDiff } from './types.ts';

export const sizeDelta = (a: number, b: number): SizeDelta => ({ a, b, delta: b - a });

const hexText = (v: bigint | undefined) => (v === undefined ? undefined : `0x${v.toString(16)}`);

function vmaFacts(v: ProcessVma): Facts {
  return {
    end: hexText(v.end),
    size: String(v.size),
    prot: v.prot,
    kind: v.kind,
    path: v.path,
    offset: hexText(v.offset),
    flags: listText(v.flags),
    madvise: listText(v.madvise),
  };
}

function mmFacts(mm: MmInfo | undefined): Facts {
  if (!mm) return {};
  return {
    brk: hexText(mm.brk),
    'start of heap': hexText(mm.startBrk),
    'start of stack': hexText(mm.startStack),
    'arguments at': hexText(mm.argStart),
    'environment at': hexText(mm.envStart),
    dumpable: valueText(mm.dumpable),
  };
}

const dumped = (v: ProcessVma | undefined) => (v ? v.pagesInImage + v.pagesInParent : 0);

function diffVmas(a: readonly ProcessVma[], b: readonly ProcessVma[]): VmaDiff[] {
  const pairs = pairByKey(a, b, (v) => v.start.toString(16));
  const out = pairs.map((pair): VmaDiff => {
    const v = (pair.b ?? pair.a)!;
    const changes = pair.a && pair.b ? compareFacts(vmaFacts(pair.a), vmaFacts(pair.b)) : [];
    const d: VmaDiff = {
      start: v.start,
      end: v.end,
      prot: v.prot,
      kind: v.kind,
      status: statusOf(pair, changes),
      changes,
      dumpedPages: sizeDelta(dumped(pair.a), dumped(pair.b)),
    };
    if (v.path !== undefined) d.path = v.path;
    return d;
  });
  return out.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
}

export function diffMaps(
  a: readonly ProcessInfo[],
  b: readonly ProcessInfo[],
  pageSize: number,
): ProcessMapsDiff[] {
  return pairByKey(a, b, (p) => String(p.pid)).map((pair) => {
    const p = (pair.b ?? pair.a)!;
    const vmas = diffVmas(pair.a?.maps ?? [], pair.b?.maps ?? []);
    const changes = pair.a && pair.b ? compareFacts(mmFacts(pair.a.mm), mmFacts(pair.b.mm)) : [];
    const pagesA = pair.a?.maps.reduce((n, v) => n + dumped(v), 0) ?? 0;
    const pagesB = pair.b?.maps.reduce((n, v) => n + dumped(v), 0) ?? 0;
    const vmasMoved = vmas.some((v) => v.status !== 'unchanged');
    return {
      pid: p.pid,
      comm: p.comm,
      status: statusOf(pair, changes, vmasMoved || pagesA !== pagesB),
      dumpedPages: sizeDelta(pagesA, pagesB),
      dumpedBytes: sizeDelta(pagesA * pageSize, pagesB * pageSize),
      changes,
      vmas,
    };
  });
}
