/**
 * The rootfs diff as a folder tree: tar entries arrive as flat paths (and parent folders are
 * often not entries of their own), so folders are made up from the paths. The diff comes from
 * the checkpoint: names may collide (`etc/passwd`, `/etc/passwd`, `./etc/passwd`, a member
 * twice, a file `etc` beside `etc/passwd`) and paths may be thousands of folders deep. Every
 * entry gets its own node with a unique key, colliding ones carry a marker, and nothing here
 * recurses.
 */
import {
  findPathCollisions,
  normalTarPath,
  type PathCollision,
} from '../../lib/model/path-collisions.ts';
import type { FsEntryRow } from '../../../workers/model-protocol.ts';

export interface FsNode {
  /** Unique per node (paths are not: they may collide). */
  key: number;
  name: string;
  path: string;
  entry?: FsEntryRow;
  /** Why this entry is suspicious: another entry names the same file. */
  collision?: string;
  children: FsNode[];
}

export interface FsLine {
  node: FsNode;
  depth: number;
  folder: boolean;
}

function collisionNote(c: PathCollision): string {
  return c.kind === 'same-path'
    ? `collides: ${c.entries.length} entries name ${c.path}`
    : `collides: ${c.path} is both a file and a folder`;
}

export function buildFsTree(entries: readonly FsEntryRow[]): FsNode {
  let keys = 0;
  const root: FsNode = { key: keys++, name: '/', path: '', children: [] };
  const folders = new Map<string, FsNode>([['', root]]);
  const folder = (path: string): FsNode => {
    const parts = path ? path.split('/') : [];
    let node = root;
    for (let k = 1; k <= parts.length; k++) {
      const at = parts.slice(0, k).join('/');
      let next = folders.get(at);
      if (!next) {
        next = { key: keys++, name: parts[k - 1], path: at, children: [] };
        node.children.push(next);
        folders.set(at, next);
      }
      node = next;
    }
    return node;
  };
  const notes = new Map<number, string>();
  for (const c of findPathCollisions(entries))
    for (const i of c.entries) if (!notes.has(i)) notes.set(i, collisionNote(c));
  entries.forEach((e, i) => {
    const path = normalTarPath(e.path);
    if (!path) return;
    const collision = notes.get(i);
    if (e.type === 'directory') {
      const f = folder(path);
      if (!f.entry) {
        f.entry = e;
        f.collision = collision;
        return;
      }
    }
    const cut = path.lastIndexOf('/');
    folder(cut < 0 ? '' : path.slice(0, cut)).children.push({
      key: keys++,
      name: path.slice(cut + 1),
      path,
      entry: e,
      collision,
      children: [],
    });
  });
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    n.children.sort((a, b) => a.name.localeCompare(b.name) || a.key - b.key);
    for (const c of n.children) stack.push(c);
  }
  return root;
}

const isFolder = (n: FsNode) => n.children.length > 0 || n.entry?.type === 'directory';

/** The lines shown: every child of an open folder, depth first. */
export function visibleLines(root: FsNode, open: ReadonlySet<string>): FsLine[] {
  const out: FsLine[] = [];
  const stack: { node: FsNode; depth: number }[] = [];
  const pushChildren = (n: FsNode, depth: number) => {
    for (let k = n.children.length - 1; k >= 0; k--) stack.push({ node: n.children[k], depth });
  };
  pushChildren(root, 0);
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    const folder = isFolder(node);
    out.push({ node, depth, folder });
    if (folder && open.has(node.path)) pushChildren(node, depth + 1);
  }
  return out;
}

/** Every folder path, to open the whole tree at once (diffs are usually small). */
export function allFolders(root: FsNode): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.children)
      if (isFolder(c)) {
        out.push(c.path);
        stack.push(c);
      }
  }
  return out;
}
