/**
 * Builds the benchmark's inputs from a real fixture: the kitchen checkpoint (4 processes,
 * Podman layout) with one extra anonymous VMA added to pid 1, filled with page data of mixed
 * kinds (text, random, zero) so that the archive reaches the target size. The result is a
 * consistent checkpoint: the VMA is in mm-1.img, its pages are in pid 1's pagemap (1 MiB
 * entries flagged PE_PRESENT|PE_LAZY, as CRIU writes anonymous private memory), and the
 * bytes are appended to pid 1's pages file in pagemap order. Needles `BENCH-NEEDLE-<n>` are
 * planted every 64 MiB at known addresses so search results can be checked.
 *
 * Outputs (kept out of git): bench/out/ckpt-<size>.tar, .tar.zst (zstd -3, 8 MiB window as
 * Podman writes), .tar.gz (gzip -6), and ckpt-<size>.json describing what was planted.
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  mkdirSync,
  openSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  fieldValue,
  joinImage,
  parseFields,
  serializeFields,
  splitImage,
  varintField,
  type WireField,
} from './protowire.ts';
import { listTar, padding, tarHeader } from './tar-write.ts';

const MIB = 1024 * 1024;
const PAGE = 4096;
const BLOCK = MIB;
const NEEDLE_EVERY_BLOCKS = 64;
const PE_PRESENT_LAZY = 6n;
const USER_SPACE_END = 0x7ffffffff000n;

export interface BenchInput {
  name: string;
  tar: string;
  zst: string;
  gz: string;
  manifest: BenchManifest;
}

export interface BenchManifest {
  pid: number;
  vmaStart: string;
  addedBytes: number;
  tarBytes: number;
  needles: { text: string; address: string }[];
  textPasswordLines: number;
}

function baseTar(fixture: string): Uint8Array {
  return new Uint8Array(execFileSync('zstd', ['-dc', fixture], { maxBuffer: 1 << 30 }));
}

/** xorshift32: fast, deterministic filler so compressed sizes look like real random memory. */
function fillRandom(block: Uint8Array, seed: number): void {
  const words = new Uint32Array(block.buffer, block.byteOffset, block.byteLength / 4);
  let x = seed | 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
}

const encoder = new TextEncoder();

function fillText(block: Uint8Array, blockIndex: number): number {
  let pos = 0;
  let passwords = 0;
  let line = 0;
  while (pos < block.length) {
    const withSecret = pos % PAGE < 128 && line % 7 === 0;
    const text = withSecret
      ? `user=svc${blockIndex % 97} password=hunter${(blockIndex * 31 + line) % 100000} host=10.0.${line % 256}.7\n`
      : `GET /api/v1/items/${blockIndex * 1000 + line} HTTP/1.1 accept=application/json session=${(line * 2654435761) >>> 0}\n`;
    const bytes = encoder.encode(text);
    const n = Math.min(bytes.length, block.length - pos);
    block.set(bytes.subarray(0, n), pos);
    if (withSecret && n === bytes.length) passwords++;
    pos += n;
    line++;
  }
  return passwords;
}

/** Directories whose files give real page contents: code, read-only data, text. */
const REAL_SOURCES = ['/usr/lib/x86_64-linux-gnu', '/usr/bin', '/usr/lib', '/usr/share'];

/**
 * Real bytes from the machine's files, in a fixed order (sorted paths) so two runs make the
 * same input; one page in eight is made sparse like a heap page.
 */
class RealBytes {
  readonly #files: string[] = [];
  #next = 0;
  #current: Uint8Array = new Uint8Array(0);
  #at = 0;
  #page = 0;

  constructor() {
    const walk = (dir: string, depth: number) => {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch {
        return;
      }
      for (const n of names) {
        const full = join(dir, n);
        let st;
        try {
          st = lstatSync(full);
        } catch {
          continue;
        }
        if (st.isDirectory() && depth < 4) walk(full, depth + 1);
        else if (st.isFile() && st.size >= PAGE && st.size < 64 * MIB) this.#files.push(full);
      }
    };
    for (const d of REAL_SOURCES) walk(d, 0);
    if (!this.#files.length) throw new Error('no files under /usr to take real bytes from');
  }

  fill(block: Uint8Array): void {
    for (let pos = 0; pos < block.length; pos += PAGE) {
      const page = block.subarray(pos, pos + PAGE);
      if (this.#page++ % 8 === 7) {
        page.fill(0);
        // A heap page: a few 8-byte pointers into a typical heap range.
        for (let i = 0; i < 24; i++) {
          const v = 0x5600_0000_0000n + BigInt((this.#page * 7919 + i * 104729) % 0x100_0000) * 16n;
          new DataView(page.buffer, page.byteOffset).setBigUint64(((i * 37) % 512) * 8, v, true);
        }
        continue;
      }
      let filled = 0;
      while (filled < PAGE) {
        if (this.#at >= this.#current.length) {
          this.#current = readFileSync(this.#files[this.#next++ % this.#files.length]);
          this.#at = 0;
        }
        const n = Math.min(PAGE - filled, this.#current.length - this.#at);
        page.set(this.#current.subarray(this.#at, this.#at + n), filled);
        filled += n;
        this.#at += n;
      }
    }
  }
}

function pickTemplateVma(vmas: WireField[][]): WireField[] {
  const anon = vmas.find((v) => fieldValue(v, 7) === 0x201n && fieldValue(v, 5) === 3n);
  if (!anon) throw new Error('no anonymous private rw VMA to use as a template');
  return anon;
}

function withStartEnd(vma: WireField[], start: bigint, end: bigint): WireField[] {
  return vma.map((f) =>
    f.field === 1 ? varintField(1, start) : f.field === 2 ? varintField(2, end) : f,
  );
}

/**
 * What the added memory holds. `synthetic`: repeated text, xorshift noise and zero blocks (fast
 * to make, but zstd squeezes the text far better than real memory, which flatters native zstd
 * and hides the cost around the decoder). `realistic`: the bytes of the machine's own
 * executables, libraries and text files (what a real process maps and copies onto its heap),
 * with one page in eight left sparse like a heap page (a few pointers, zeros elsewhere); it
 * compresses about as much as real checkpoints' pages do (see BENCHMARKS.md).
 */
export type PageContent = 'synthetic' | 'realistic';

export function makeInput(
  outDir: string,
  fixture: string,
  targetBytes: number,
  content: PageContent = 'synthetic',
): BenchInput {
  const suffix = content === 'realistic' ? '-real' : '';
  const name = `ckpt-${Math.round(targetBytes / (1024 * MIB))}g${suffix}`;
  const tarPath = join(outDir, `${name}.tar`);
  const manifestPath = join(outDir, `${name}.json`);
  const input = { name, tar: tarPath, zst: `${tarPath}.zst`, gz: `${tarPath}.gz` };
  if (existsSync(manifestPath) && existsSync(input.zst) && existsSync(input.gz)) {
    return { ...input, manifest: JSON.parse(String(execFileSync('cat', [manifestPath]))) };
  }
  mkdirSync(outDir, { recursive: true });
  const base = baseTar(fixture);
  const members = listTar(base);
  const get = (n: string) => {
    const m = members.find((x) => x.name === n);
    if (!m) throw new Error(`fixture has no ${n}`);
    return base.subarray(m.offset, m.offset + m.size);
  };

  const pid = 1;
  const pagemap = splitImage(get(`checkpoint/pagemap-${pid}.img`));
  const pagesId = fieldValue(parseFields(pagemap.entries[0]), 1);
  const pagesName = `checkpoint/pages-${pagesId}.img`;
  const mmImage = splitImage(get(`checkpoint/mm-${pid}.img`));
  const mmFields = parseFields(mmImage.entries[0]);
  const vmas = mmFields
    .filter((f) => f.field === 14)
    .map((f) => parseFields(f.value as Uint8Array));

  const addedBytes = Math.floor((targetBytes - base.length) / BLOCK) * BLOCK;
  const userEnds = vmas.map((v) => fieldValue(v, 2)!).filter((e) => e <= USER_SPACE_END);
  const top = userEnds.reduce((a, b) => (a > b ? a : b));
  const GiB = 1n << 30n;
  const vmaStart = ((top + GiB - 1n) / GiB) * GiB;
  const vmaEnd = vmaStart + BigInt(addedBytes);
  if (vmaEnd > USER_SPACE_END) throw new Error('not enough address space above the stack');

  // mm: insert the new VMA before the first one above user space (vsyscall) to keep order.
  const newVma: WireField = {
    field: 14,
    wireType: 2,
    value: serializeFields(withStartEnd(pickTemplateVma(vmas), vmaStart, vmaEnd)),
  };
  const firstKernel = mmFields.findIndex(
    (f) => f.field === 14 && fieldValue(parseFields(f.value as Uint8Array), 1)! >= USER_SPACE_END,
  );
  const mmOut = [...mmFields];
  mmOut.splice(firstKernel < 0 ? mmOut.length : firstKernel, 0, newVma);
  const newMm = joinImage(mmImage.head, [serializeFields(mmOut)]);

  // pagemap: 1 MiB entries after the last existing one (all existing vaddrs are lower).
  const extraEntries: Uint8Array[] = [];
  for (let off = 0; off < addedBytes; off += BLOCK) {
    extraEntries.push(
      serializeFields([
        varintField(1, vmaStart + BigInt(off)),
        varintField(2, 0n),
        varintField(4, PE_PRESENT_LAZY),
        varintField(5, BigInt(BLOCK / PAGE)),
      ]),
    );
  }
  const newPagemap = joinImage(pagemap.head, [...pagemap.entries, ...extraEntries]);

  const fd = openSync(tarPath, 'w');
  const needles: BenchManifest['needles'] = [];
  let passwordLines = 0;
  try {
    for (const m of members) {
      const replaced =
        m.name === `checkpoint/mm-${pid}.img`
          ? newMm
          : m.name === `checkpoint/pagemap-${pid}.img`
            ? newPagemap
            : undefined;
      const original = base.subarray(m.offset, m.offset + m.size);
      const size = replaced ? replaced.length : m.name === pagesName ? m.size + addedBytes : m.size;
      writeSync(fd, tarHeader({ ...m, size }));
      if (m.name === pagesName) {
        writeSync(fd, original);
        const block = new Uint8Array(BLOCK);
        const real = content === 'realistic' ? new RealBytes() : undefined;
        for (let b = 0; b < addedBytes / BLOCK; b++) {
          const kind = b % 8;
          if (real) {
            real.fill(block);
            if (b % NEEDLE_EVERY_BLOCKS === 0) {
              const text = `BENCH-NEEDLE-${String(b / NEEDLE_EVERY_BLOCKS).padStart(6, '0')}`;
              block.set(encoder.encode(text), 100);
              needles.push({
                text,
                address: `0x${(vmaStart + BigInt(b * BLOCK + 100)).toString(16)}`,
              });
            }
          } else if (kind < 4) {
            passwordLines += fillText(block, b);
            if (b % NEEDLE_EVERY_BLOCKS === 0) {
              const text = `BENCH-NEEDLE-${String(b / NEEDLE_EVERY_BLOCKS).padStart(6, '0')}`;
              block.set(encoder.encode(text), 100);
              needles.push({
                text,
                address: `0x${(vmaStart + BigInt(b * BLOCK + 100)).toString(16)}`,
              });
            }
          } else if (kind < 7) fillRandom(block, 0x9e3779b9 ^ b);
          else block.fill(0);
          writeSync(fd, block);
        }
      } else {
        writeSync(fd, replaced ?? original);
      }
      writeSync(fd, padding(size));
    }
    writeSync(fd, new Uint8Array(1024));
  } finally {
    closeSync(fd);
  }
  // Text lines cut by a needle no longer hold their password; count what is really there.
  const grep = spawnSync('grep', ['-c', '-a', '-E', 'password=hunter[0-9]+', tarPath], {
    encoding: 'utf8',
  });
  const manifest: BenchManifest = {
    pid,
    vmaStart: `0x${vmaStart.toString(16)}`,
    addedBytes,
    tarBytes: statSync(tarPath).size,
    needles,
    textPasswordLines: Number(grep.stdout.trim()) || passwordLines,
  };
  execFileSync('sh', ['-c', `zstd -q -f -3 -T2 --zstd=wlog=23 -o "${input.zst}" "${tarPath}"`]);
  execFileSync('sh', ['-c', `gzip -6 -c "${tarPath}" > "${input.gz}"`]);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { ...input, manifest };
}
