/**
 * The model as a readable tree, in the spirit of `checkpointctl inspect --all`: container
 * facts, dump statistics, metadata, the process tree with command lines, environment, open
 * files and sockets, then mounts and the file-system changes. It goes past checkpointctl by
 * showing socket queues, pipe buffers, ghost files and memfds.
 */
import { printableText } from '../model/bytes.ts';
import { lockSummary } from '../model/locks.ts';
import type { CheckpointModel, ProcessInfo, SocketInfo } from '../model/types.ts';
import { buildForest } from '../model/process-forest.ts';
import type { TreeNode } from './tree.ts';

const leaf = (label: string): TreeNode => ({ label });
const node = (label: string, children: TreeNode[]): TreeNode => ({ label, children });

/** Queued payloads in one line: printable text, cut at 80 characters. */
function preview(b: Uint8Array | undefined): string {
  if (!b || b.length === 0) return '';
  const t = printableText(b.subarray(0, 80)).replace(/\n/g, '⏎');
  return `${b.length} bytes: "${t}${b.length > 80 ? '…' : ''}"`;
}

/** Sizes like checkpointctl: KiB/MiB/GiB with one decimal. */
function size(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v.toFixed(1)} ${units[i]}`;
}

function micro(us: bigint | undefined): string {
  if (us === undefined) return '-';
  const n = Number(us);
  return n >= 1e6
    ? `${(n / 1e6).toFixed(3)} s`
    : n >= 1e3
      ? `${(n / 1e3).toFixed(3)} ms`
      : `${n} µs`;
}

function socketNode(s: SocketInfo): TreeNode {
  const children: TreeNode[] = [];
  if (s.sendBuffer !== undefined)
    children.push(leaf(`buffers: ↑ ${s.sendBuffer} ↓ ${s.receiveBuffer ?? '-'}`));
  if (s.tcp?.inQueue?.length) children.push(leaf(`receive queue ${preview(s.tcp.inQueue)}`));
  if (s.tcp?.outQueue?.length) children.push(leaf(`send queue ${preview(s.tcp.outQueue)}`));
  s.queued.forEach((q, i) => children.push(leaf(`queued #${i + 1} ${preview(q)}`)));
  return node(s.description.replace(/ \((?:queued: |\d+ queued)[^)]*\)$/, ''), children);
}

/** The executable, saying when no file backs it any more and where its bytes are. */
function exeText(p: ProcessInfo, m: CheckpointModel): string {
  if (p.exeMemfd) {
    const memfd = m.memfds.find((x) => x.inodeId === p.exeMemfd!.inodeId);
    return `${p.exe} (run from a memfd, no file on disk; ${
      memfd?.content
        ? `its ${memfd.content.length} bytes are in the checkpoint`
        : 'contents not dumped'
    })`;
  }
  if (p.exeDeleted)
    return `${p.exe} (deleted; ${
      p.exeGhostId !== undefined ? `contents in ghost file ${p.exeGhostId}` : 'contents not kept'
    })`;
  return p.exe ?? '';
}

/** One process with its details; its child processes are attached by `processForest`. */
function processNode(
  p: ProcessInfo,
  m: CheckpointModel,
  sockets: ReadonlyMap<number, SocketInfo>,
  duplicate: boolean,
): TreeNode {
  const title = p.cmdline?.length ? p.cmdline.join(' ') : p.comm;
  const state =
    p.state === 'alive'
      ? ''
      : ` (${p.state}${p.waitStatus ? `, ${p.waitStatus.description}` : ''})`;
  const children: TreeNode[] = [];
  if (p.state === 'alive' || p.state === 'stopped') {
    children.push(leaf(`comm: ${p.comm}`));
    if (p.exe) children.push(leaf(`exe: ${exeText(p, m)}`));
    if (p.creds)
      children.push(
        node(`credentials: uid ${p.creds.uid} gid ${p.creds.gid} euid ${p.creds.euid}`, [
          leaf(`effective capabilities: ${p.creds.capEffective.join(' ') || 'none'}`),
          leaf(`seccomp: ${p.seccomp.mode}`),
        ]),
      );
    if (p.threads.length > 1)
      children.push(
        node(
          'Threads',
          p.threads.map((t) => leaf(`[${t.tid}]  ${t.comm}`)),
        ),
      );
    if (p.environ) children.push(node('Environment variables', p.environ.map(leaf)));
    const files = p.fds
      .filter((f) => !f.type.endsWith('SK'))
      .map((f) =>
        leaf(
          `[${f.type} ${f.fd}]  ${f.description}${f.locks?.length ? `  (locked: ${f.locks.join('; ')})` : ''}`,
        ),
      );
    if (p.cwd) files.push(leaf(`[cwd]  ${p.cwd}`));
    if (p.root) files.push(leaf(`[root]  ${p.root}`));
    children.push(node('Open files', files));
    const socketFds = p.fds
      .filter((f) => f.type.endsWith('SK'))
      .map((f) => {
        const s = sockets.get(f.fileId);
        return s
          ? { ...socketNode(s), label: `[${f.fd}]  ${socketNode(s).label}` }
          : leaf(`[${f.fd}]  ${f.description}`);
      });
    if (socketFds.length) children.push(node('Open sockets', socketFds));
  }
  const twice = duplicate ? ' (pid listed again in pstree.img)' : '';
  return node(`[${p.pid}${state}]  ${title}${twice}`, children);
}

/**
 * Every process, each once, under its parent whatever the parent's state (a dead or core-less
 * parent has no details but keeps its subtree). Built without recursion: the tree comes from
 * the checkpoint and may be any depth.
 */
function processForest(m: CheckpointModel): TreeNode[] {
  const forest = buildForest(m.processes);
  const sockets = new Map(m.sockets.map((s) => [s.id, s]));
  const nodes = m.processes.map((p, i) => processNode(p, m, sockets, forest.duplicate[i]));
  forest.children.forEach((kids, i) => {
    if (kids.length === 0) return;
    const list = (nodes[i].children ??= []);
    for (const k of kids) list.push(nodes[k]);
  });
  return forest.roots.map((i) => nodes[i]);
}

/** SysV IPC per namespace: what `ipcs` would have listed, with the queued messages' text. */
function ipcNode(m: CheckpointModel): TreeNode | undefined {
  const hex = (key: number) => `0x${(key >>> 0).toString(16).padStart(8, '0')}`;
  const mode = (v: number | undefined) =>
    v === undefined ? '' : ` mode 0${(v & 0o777).toString(8)}`;
  const namespaces = m.ipc.filter(
    (ns) => ns.sharedMemory.length || ns.messageQueues.length || ns.semaphores.length,
  );
  if (!namespaces.length) return undefined;
  return node(
    'SysV IPC',
    namespaces.map((ns) =>
      node(`IPC namespace ${ns.namespaceId}`, [
        ...ns.sharedMemory.map((s) =>
          leaf(
            `shared memory key ${hex(s.key)} id ${s.id}${mode(s.mode)}, ${s.size ?? '?'} bytes` +
              (s.content ? `: ${preview(s.content)}` : ' (contents not dumped)'),
          ),
        ),
        ...ns.messageQueues.map((q) =>
          node(
            `message queue key ${hex(q.key)} id ${q.id}${mode(q.mode)}, ${q.messages.length} messages`,
            q.messages.map((x) => leaf(`type ${x.type}: ${preview(x.data)}`)),
          ),
        ),
        ...ns.semaphores.map((x) =>
          leaf(
            `semaphore set key ${hex(x.key)} id ${x.id}${mode(x.mode)}: [${x.values.join(' ')}]`,
          ),
        ),
      ]),
    ),
  );
}

/**
 * `sha256`: the input archive's digest, printed first (chain of custody), as `inspect --json`
 * carries it.
 */
export function inspectTree(m: CheckpointModel, fallbackName: string, sha256?: string): TreeNode {
  const c = m.container;
  const top: TreeNode[] = [];
  const add = (label: string, v: string | undefined): void => {
    if (v) top.push(leaf(`${label}: ${v}`));
  };
  add('Input SHA-256', sha256);
  add('Image', c.image);
  add('ID', c.id);
  add('Runtime', c.runtime);
  add('Created', c.createdTime);
  add('Checkpointed', c.checkpointedTime);
  add('Engine', c.engine);
  add('Hostname', m.namespaces.uts[0]?.hostname ?? c.hostname);
  if (c.network.length)
    top.push(
      node(
        'Network Interfaces',
        c.network.map((n) =>
          node(`${n.network ?? 'network'}${n.interface ? ` (${n.interface})` : ''}`, [
            ...(n.ip ? [leaf(`IP: ${n.ip}`)] : []),
            ...(n.mac ? [leaf(`MAC: ${n.mac}`)] : []),
            ...(n.gateway ? [leaf(`Gateway: ${n.gateway}`)] : []),
          ]),
        ),
      ),
    );
  top.push(
    node(`Checkpoint size: ${size(c.sizes.checkpoint)}`, [
      leaf(`Memory pages size: ${size(c.sizes.memoryPages)}`),
    ]),
  );
  if (c.sizes.rootFsDiff !== undefined)
    top.push(leaf(`Root FS diff size: ${size(c.sizes.rootFsDiff)}`));
  add('CRIU version', c.criuVersion);
  const st = m.criu.stats;
  if (st)
    top.push(
      node('CRIU dump statistics', [
        leaf(`Freezing time: ${micro(st.freezingTimeUs)}`),
        leaf(`Frozen time: ${micro(st.frozenTimeUs)}`),
        leaf(`Memdump time: ${micro(st.memdumpTimeUs)}`),
        leaf(`Memwrite time: ${micro(st.memwriteTimeUs)}`),
        leaf(`Pages scanned: ${st.pagesScanned ?? '-'}`),
        leaf(`Pages written: ${st.pagesWritten ?? '-'}`),
      ]),
    );
  const ann = Object.entries(c.annotations);
  if (c.podName || c.podNamespace || ann.length)
    top.push(
      node('Metadata', [
        ...(c.podName ? [leaf(`Pod name: ${c.podName}`)] : []),
        ...(c.podNamespace ? [leaf(`Kubernetes namespace: ${c.podNamespace}`)] : []),
        node(
          'Annotations',
          ann.map(([k, v]) => leaf(`${k}: ${v}`)),
        ),
      ]),
    );
  top.push(node('Process tree', processForest(m)));
  const buffered = m.pipes.filter((p) => p.buffered?.length);
  if (buffered.length)
    top.push(
      node(
        'Pipe and FIFO buffers',
        buffered.map((p) =>
          leaf(`${p.kind}[${p.pipeId}]${p.path ? ` ${p.path}` : ''}: ${preview(p.buffered)}`),
        ),
      ),
    );
  if (m.ghostFiles.length)
    top.push(
      node(
        'Deleted files still open (ghost files)',
        m.ghostFiles.map((g) => leaf(`${g.path ?? g.ghostId}: ${preview(g.content)}`)),
      ),
    );
  if (m.memfds.length)
    top.push(
      node(
        'memfds and shared memory',
        m.memfds.map((x) => {
          // CRIU dumps MAP_SHARED|MAP_ANONYMOUS memory as a memfd named /dev/zero.
          const name =
            x.name === '/dev/zero' ? 'shared anonymous memory (/dev/zero)' : `memfd:${x.name}`;
          return leaf(
            x.content
              ? `${name}: ${preview(x.content)}`
              : `${name} (${x.size ?? '?'} bytes, not dumped)`,
          );
        }),
      ),
    );
  const ipc = ipcNode(m);
  if (ipc) top.push(ipc);
  if (m.fileLocks.length)
    top.push(
      node(
        'File locks',
        m.fileLocks.map((l) =>
          leaf(`${lockSummary(l)}: pid ${l.pid} fd ${l.fd} ${l.path ?? '(file unknown)'}`),
        ),
      ),
    );
  if (c.ociMounts.length)
    top.push(
      node(
        'Overview of mounts',
        c.ociMounts.map((x) =>
          node(`Destination: ${x.destination}`, [
            leaf(`Type: ${x.type ?? '-'}`),
            leaf(`Source: ${x.source ?? '-'}`),
          ]),
        ),
      ),
    );
  const fs = m.fsChanges;
  if (fs.rootfsDiff)
    top.push(
      node(
        'Root FS diff',
        fs.rootfsDiff.entries.map((e) =>
          leaf(`${e.modeString ?? ''} ${e.size} ${e.mtime ?? ''} ${e.path}`),
        ),
      ),
    );
  if (fs.deletedFiles.length) top.push(node('Deleted files', fs.deletedFiles.map(leaf)));
  if (m.problems.length)
    top.push(
      node(
        'Problems',
        m.problems.map((p) => leaf(`${p.severity}: ${p.message}`)),
      ),
    );
  return node(c.name || fallbackName, top);
}
