/**
 * Checkpoints an attacker shaped (issue 18): valid tar, valid protobuf, but hostile content.
 * Each is the real kitchen checkpoint with its pstree, core, files, fdinfo or utsns images
 * decoded, edited and encoded again, or its rootfs-diff.tar rebuilt. Built in code at test
 * time (and by the bench), never committed.
 */
import { decodeImage } from '../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../src/lib/criu/encode-image.ts';
import { findMember, replaceMember } from './tar-edit.ts';
import { tarHeader } from './make-corpus.ts';

type Entries = Record<string, unknown>[];

/** Re-encode one image of `tar` after editing its decoded entries. */
export function editImage(tar: Uint8Array, re: RegExp, edit: (entries: Entries) => void) {
  const m = findMember(tar, re);
  const decoded = decodeImage(
    tar.slice(m.dataOffset, m.dataOffset + m.size),
    m.path.split('/').pop()!,
  );
  if (decoded.problems.length) throw new Error(`${m.path}: ${decoded.problems[0].message}`);
  edit(decoded.entries as Entries);
  return replaceMember(tar, m, encodeImage(decoded));
}

const task = (pid: number, ppid: number) => ({ pid, ppid, pgid: 1, sid: 1, threads: [pid] });

/** First pid of the tasks added by `deepChain` and `wideTree` (no core image: core-less). */
export const ADDED_PID = 100_000;

/**
 * `depth` tasks, each the child of the one before, under kitchen's pid 11. They have no core
 * image (core-less), so everything under the first of them sits under a core-less parent.
 */
export function deepChain(kitchen: Uint8Array, depth = 20_000): Uint8Array {
  return editImage(kitchen, /checkpoint\/pstree\.img$/, (e) => {
    for (let k = 0; k < depth; k++) e.push(task(ADDED_PID + k, k === 0 ? 11 : ADDED_PID + k - 1));
  });
}

/** `children` core-less children of pid 1, and pid 1 holding `fds` descriptors. */
export function wideTree(kitchen: Uint8Array, children = 50_000, fds = 200_000): Uint8Array {
  let tar = editImage(kitchen, /checkpoint\/pstree\.img$/, (e) => {
    for (let k = 0; k < children; k++) e.push(task(ADDED_PID + k, 1));
  });
  // pid 1's fd table is fdinfo-2.img (ids-1.img files_id 2): repeat its entries on new fds.
  tar = editImage(tar, /checkpoint\/fdinfo-2\.img$/, (e) => {
    const base = e.slice();
    for (let fd = e.length; e.length < fds; fd++)
      e.push({ ...base[fd % base.length], fd: 1000 + fd });
  });
  return tar;
}

/**
 * A ppid cycle (1 → 6 → 11 → 1: pid 1's parent is 11, 11's is 6, 6's is 1), pid 10 listed
 * twice, and pid 12 its own parent.
 */
export function cyclicTree(kitchen: Uint8Array): Uint8Array {
  return editImage(kitchen, /checkpoint\/pstree\.img$/, (e) => {
    const one = e.find((x) => x.pid === 1)!;
    one.ppid = 11;
    const ten = e.find((x) => x.pid === 10)!;
    e.push({ ...ten });
    e.push(task(12, 12));
  });
}

function tarMember(name: string, data: string, type: '0' | '5' = '0'): Uint8Array {
  const body = new TextEncoder().encode(data);
  const h = tarHeader(name, body.length);
  h[156] = type.charCodeAt(0);
  // Recompute the checksum after changing the type flag.
  h.fill(0x20, 148, 156);
  const sum = h.reduce((a, b) => a + b, 0);
  h.set(new TextEncoder().encode(sum.toString(8).padStart(6, '0') + '\0 '), 148);
  const out = new Uint8Array(512 + Math.ceil(body.length / 512) * 512);
  out.set(h);
  out.set(body, 512);
  return out;
}

/** The rootfs-diff names that collide, in the order they are written. */
export const COLLIDING = [
  'etc/passwd',
  '/etc/passwd',
  './etc/passwd',
  'etc/shadow',
  'etc/shadow',
  'etc/hosts',
  'etc/hosts/',
  'etc/hosts/evil',
];

/** kitchen with its rootfs-diff.tar replaced by one whose names collide. */
export function collidingDiff(kitchen: Uint8Array): Uint8Array {
  const parts = COLLIDING.map((name, i) =>
    name.endsWith('/') ? tarMember(name, '', '5') : tarMember(name, `entry ${i}\n`),
  );
  const size = parts.reduce((n, p) => n + p.length, 0) + 1024;
  const diff = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    diff.set(p, at);
    at += p.length;
  }
  return replaceMember(kitchen, findMember(kitchen, /^rootfs-diff\.tar$/), diff);
}

/** The hostile strings planted by `bidiNames`. */
export const BIDI = {
  /** Reads as "evil(enon) niamod ,exe.png" when the override is obeyed. */
  hostname: 'png.\u202eexe, domain (none)live',
  /** Looks like "admin". */
  comm: 'ad\u200bmin',
  /** Only invisible characters: blank when shown raw. */
  invisibleComm: '\u200b\u200c\u200d\u2060',
  /** A file name with a newline in it. */
  path: '/tmp/line\nbreak',
  /** The container's name (config.dump): reads as "ctr-exe.png". */
  name: 'ctr-\u202egnp.exe',
};

/** Bidi override, zero-width and newline names in the hostname, comms and a file path. */
export function bidiNames(kitchen: Uint8Array): Uint8Array {
  const config = findMember(kitchen, /^config\.dump$/);
  const json = JSON.parse(
    new TextDecoder().decode(kitchen.slice(config.dataOffset, config.dataOffset + config.size)),
  ) as Record<string, unknown>;
  json.name = BIDI.name;
  let tar = replaceMember(kitchen, config, new TextEncoder().encode(JSON.stringify(json)));
  tar = editImage(tar, /checkpoint\/utsns-12\.img$/, (e) => {
    e[0].nodename = BIDI.hostname;
  });
  tar = editImage(tar, /checkpoint\/core-6\.img$/, (e) => {
    (e[0].tc as Record<string, unknown>).comm = BIDI.comm;
  });
  tar = editImage(tar, /checkpoint\/core-11\.img$/, (e) => {
    (e[0].tc as Record<string, unknown>).comm = BIDI.invisibleComm;
  });
  tar = editImage(tar, /checkpoint\/files\.img$/, (e) => {
    // /tmp/app.log is pid 1's fd 8 (and pid 6's, which shares its fd table).
    const reg = e.find((x) => (x.reg as { name?: string } | undefined)?.name === '/tmp/app.log');
    (reg!.reg as Record<string, unknown>).name = BIDI.path;
  });
  return tar;
}
