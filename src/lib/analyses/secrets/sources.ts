/**
 * Everything of a container besides process memory that can hold a credential: environments
 * (read from memory, and configured in config.dump/spec.dump), command lines, rootfs-diff
 * files, ghost files, memfds, pipe and FIFO buffers, socket queues, SysV messages and shared
 * memory. Each source is scanned whole with every rule (they are small next to memory).
 */
import type { CheckpointModel } from '../../model/types.ts';
import type { SecretCollector } from './collect.ts';
import type { SecretScanner } from './scanner.ts';
import type { SecretLocation } from './types.ts';

type Where = (offset: number) => SecretLocation;

function scanBytes(scanner: SecretScanner, out: SecretCollector, bytes: Uint8Array, where: Where) {
  for (const m of scanner.scan(bytes, bytes.length, true))
    out.add(m.rule, m.value, where(m.offset));
}

const text = (s: string) => new TextEncoder().encode(s);

/** `--name value` pairs written `name=value`, so the named-credential rule sees them too. */
export function argvPairs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < argv.length; i++) {
    const flag = /^--?([A-Za-z][\w.-]*)$/.exec(argv[i]!);
    if (flag && !argv[i + 1]!.startsWith('-')) out.push(`${flag[1]}=${argv[i + 1]}`);
  }
  return out;
}

export interface SourceOptions {
  container?: number;
  /** Reads a rootfs-diff.tar file by its tar path. */
  readRootfsFile?: (path: string) => Promise<Uint8Array | undefined>;
  /** Files larger than this are not read (default 64 MiB). */
  maxFileBytes?: number;
  signal?: AbortSignal;
}

export async function scanModelSources(
  model: CheckpointModel,
  scanner: SecretScanner,
  out: SecretCollector,
  options: SourceOptions = {},
): Promise<string[]> {
  const notes: string[] = [];
  const c = options.container !== undefined ? { container: options.container } : {};
  for (const p of model.processes) {
    for (const kv of p.environ ?? []) {
      const name = kv.slice(0, Math.max(0, kv.indexOf('=')));
      scanBytes(scanner, out, text(kv), () => ({
        kind: 'env',
        pid: p.pid,
        from: 'memory',
        name,
        ...c,
        label: `environment of pid ${p.pid} (${name || kv.slice(0, 32)})`,
        target: { to: 'process', pid: p.pid },
      }));
    }
    const argv = p.cmdline ?? [];
    argv.forEach((arg, index) =>
      scanBytes(scanner, out, text(arg), () => ({
        kind: 'argv',
        pid: p.pid,
        index,
        ...c,
        label: `argv[${index}] of pid ${p.pid}`,
        target: { to: 'process', pid: p.pid },
      })),
    );
    for (const pair of argvPairs(argv))
      scanBytes(scanner, out, text(pair), () => ({
        kind: 'argv',
        pid: p.pid,
        index: argv.findIndex((a) => pair.endsWith('=' + a)),
        ...c,
        label: `argv of pid ${p.pid} (${pair.slice(0, pair.indexOf('='))})`,
        target: { to: 'process', pid: p.pid },
      }));
  }
  for (const kv of model.container.ociProcess?.env ?? []) {
    const name = kv.slice(0, Math.max(0, kv.indexOf('=')));
    scanBytes(scanner, out, text(kv), () => ({
      kind: 'env',
      from: 'config',
      name,
      ...c,
      label: `configured environment (config.dump/spec.dump: ${name})`,
      target: { to: 'image', name: 'config.dump' },
    }));
  }
  const maxFile = options.maxFileBytes ?? 64 << 20;
  for (const e of model.fsChanges.rootfsDiff?.entries ?? []) {
    if (options.signal?.aborted) return notes;
    if (e.type !== 'file' || e.size === 0 || !options.readRootfsFile) continue;
    if (e.size > maxFile) {
      notes.push(`/${e.path}: ${e.size} bytes, larger than ${maxFile}: not scanned`);
      continue;
    }
    const bytes = await options.readRootfsFile(e.path).catch(() => undefined);
    if (!bytes) continue;
    const path = '/' + e.path.replace(/^\/+/, '');
    scanBytes(scanner, out, bytes, (offset) => ({
      kind: 'rootfs',
      path,
      offset,
      ...c,
      label: `${path} (rootfs diff) +${offset}`,
      target: { to: 'rootfs', path: e.path, offset },
    }));
  }
  for (const g of model.ghostFiles) {
    if (!g.content) continue;
    const fileId = g.fileIds[0];
    scanBytes(scanner, out, g.content, (offset) => ({
      kind: 'ghost-file',
      ...(g.path !== undefined ? { path: g.path } : {}),
      ...(fileId !== undefined ? { fileId } : {}),
      offset,
      ...c,
      label: `ghost file ${g.path ?? g.ghostId} +${offset}`,
      ...(fileId !== undefined ? { target: { to: 'file' as const, fileId, offset } } : {}),
    }));
  }
  for (const m of model.memfds) {
    if (!m.content) continue;
    const fileId = m.fileIds[0];
    scanBytes(scanner, out, m.content, (offset) => ({
      kind: 'memfd',
      name: m.name,
      ...(fileId !== undefined ? { fileId } : {}),
      offset,
      ...c,
      label: `memfd ${m.name} +${offset}`,
      ...(fileId !== undefined ? { target: { to: 'file' as const, fileId, offset } } : {}),
    }));
  }
  for (const p of model.pipes) {
    if (!p.buffered?.length) continue;
    const file = model.files.find(
      (f) => (f.kind === 'pipe' || f.kind === 'fifo') && f.pipeId === p.pipeId,
    );
    scanBytes(scanner, out, p.buffered, (offset) => ({
      kind: 'pipe',
      pipeId: p.pipeId,
      ...(file ? { fileId: file.id } : {}),
      offset,
      ...c,
      label: `${p.kind} ${p.path ?? `pipe[${p.pipeId}]`} buffer +${offset}`,
      ...(file ? { target: { to: 'file' as const, fileId: file.id, offset } } : {}),
    }));
  }
  for (const s of model.sockets) {
    const queues: [string, Uint8Array | undefined][] = [
      ['TCP receive queue', s.tcp?.inQueue],
      ['TCP send queue', s.tcp?.outQueue],
      ...s.queued.map((q, i): [string, Uint8Array] => [`queued packet ${i + 1}`, q]),
    ];
    for (const [queue, bytes] of queues) {
      if (!bytes?.length) continue;
      scanBytes(scanner, out, bytes, (offset) => ({
        kind: 'socket',
        socketId: s.id,
        queue,
        offset,
        ...c,
        label: `socket ${s.description}: ${queue} +${offset}`,
        target: { to: 'socket', id: s.id },
      }));
    }
  }
  for (const ns of model.ipc) {
    for (const q of ns.messageQueues)
      q.messages.forEach((msg, i) =>
        scanBytes(scanner, out, msg.data, (offset) => ({
          kind: 'sysv-msg',
          key: q.key,
          message: i + 1,
          offset,
          ...c,
          label: `SysV message queue 0x${q.key.toString(16)} message ${i + 1} +${offset}`,
        })),
      );
    for (const shm of ns.sharedMemory) {
      if (!shm.content) continue;
      scanBytes(scanner, out, shm.content, (offset) => ({
        kind: 'sysv-shm',
        key: shm.key,
        offset,
        ...c,
        label: `SysV shared memory 0x${shm.key.toString(16)} +${offset}`,
      }));
    }
  }
  return notes;
}
