import type { MemorySegment, SegmentKind } from '../../../workers/memory-protocol.ts';

/** How a byte is drawn: its contents (`data`) or why there are none. */
export type ByteClass = 'data' | 'not-dumped' | 'unmapped' | 'lazy' | 'missing';

const CLASS_OF: Record<SegmentKind, ByteClass> = {
  dumped: 'data',
  parent: 'data',
  'not-dumped': 'not-dumped',
  unmapped: 'unmapped',
  lazy: 'lazy',
  'parent-missing': 'missing',
  'pages-missing': 'missing',
};

const CODES: ByteClass[] = ['data', 'not-dumped', 'unmapped', 'lazy', 'missing'];

/** What a person is told about bytes that are not shown. */
export const CLASS_TITLE: Record<ByteClass, string> = {
  data: '',
  'not-dumped': 'not in the checkpoint: never touched, a zero page or a clean file page',
  unmapped: 'not mapped in this process',
  lazy: 'lazy page: left on the source host (lazy-pages / page server)',
  missing: 'in the pagemap, but its pages file (or parent checkpoint) is missing',
};

/** A fetched window with one class code per byte, so drawing a row needs no segment search. */
export interface ClassifiedWindow {
  address: bigint;
  bytes: Uint8Array;
  classes: Uint8Array;
}

export function classify(address: bigint, bytes: Uint8Array, segments: MemorySegment[]) {
  const classes = new Uint8Array(bytes.length);
  for (const s of segments) {
    classes.fill(CODES.indexOf(CLASS_OF[s.kind]), s.offset, s.offset + s.length);
  }
  return { address, bytes, classes } satisfies ClassifiedWindow;
}

/** A stretch of a row drawn the same way. */
export interface Run {
  text: string;
  cls: ByteClass;
  hit: boolean;
}

export interface HexRow {
  hex: Run[];
  ascii: Run[];
}

export const BYTES_PER_ROW = 16;

/**
 * One 16-byte row at `address`, from the window holding it. Bytes that are not in the
 * checkpoint are drawn as `··` (never as `00`), so a gap is never mistaken for zeros.
 * Printable ASCII only reaches the ASCII column; everything else is a dot.
 */
export function formatRow(
  w: ClassifiedWindow,
  address: bigint,
  highlight?: { start: bigint; end: bigint },
): HexRow {
  const at = Number(address - w.address);
  const hex: Run[] = [];
  const ascii: Run[] = [];
  for (let i = 0; i < BYTES_PER_ROW; i++) {
    const j = at + i;
    const inside = j >= 0 && j < w.bytes.length;
    const cls = inside ? CODES[w.classes[j]] : 'unmapped';
    const a = address + BigInt(i);
    const hit = !!highlight && a >= highlight.start && a < highlight.end;
    const b = w.bytes[j];
    const h = cls === 'data' ? b.toString(16).padStart(2, '0') : '··';
    const c = cls === 'data' ? (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.') : ' ';
    push(hex, (i === 0 ? '' : i === 8 ? '  ' : ' ') + h, cls, hit);
    push(ascii, c, cls, hit);
  }
  return { hex, ascii };
}

/** Appends to the last run when it is drawn the same way (few DOM nodes per row). */
function push(runs: Run[], text: string, cls: ByteClass, hit: boolean): void {
  const last = runs[runs.length - 1];
  if (last && last.cls === cls && last.hit === hit) last.text += text;
  else runs.push({ text, cls, hit });
}
