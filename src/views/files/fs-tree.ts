/**
 * The rootfs diff as a folder tree: tar entries arrive as flat paths (and parent folders are
 * often not entries of their own), so folders are made up from the paths. The diff comes from
 * the checkpoint: names may collide (`etc/passwd`, `/etc/passwd`, `./etc/passwd`, a member
 * twice, a file `etc` beside `etc/passwd`) and paths may be thousands of folders deep. Every
 * entry gets its own node with a unique key, colliding ones carry a marker, nothing recurses,
 * and a node's path is only spelled out when asked for (a 20,000-folder path spelled out at
 * every level would be quadratic).
 */
import {
  findPathCollisions,
  pathSegments,
  type PathCollision,
} from '../../lib/model/path-collisions.ts';
import type { FsEntryRow } from '../../../workers/model-protocol.ts';

export interface FsNode {
  /** Unique per node (paths are not: they may collide); what the open set holds. */
  key: number;
  name: string;
  parent?: FsNode;
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

/** The normalised path of a node (`etc/passwd`), from its folders. */
export function nodePath(node: FsNode): string {
  const parts: string[] = [];
  for (let n: FsNode | undefined = node; n?.parent; n = n.parent) parts.push(n.name);
  return parts.reverse().join('/');
}

function collisionNote(c: PathCollision): string {
  return c.kind === 'same-path'
    ? `collides: ${c.entries.length} entries name ${c.path}`
    : `collides: ${c.path} is both a file and a folder`;
}

export function buildFsTree(entries: readonly FsEntryRow[]): FsNode {
  let keys = 0;
  const root: FsNode = { key: keys++, name: '/', children: [] };
  const folders = new Map<FsNode, Map<string, FsNode>>();
  const folderIn = (parent: FsNode, name: string): FsNode => {
    let kids = folders.get(parent);
    if (!kids) folders.set(parent, (kids = new Map()));
    let node = kids.get(name);
    if (!node) {
      node = { key: keys++, name, parent, children: [] };
      parent.children.push(node);
      kids.set(name, node);
    }
    return node;
  };
  const notes = new Map<number, string>();
  // Each colliding entry says how it is spelled: the tree shows them under one name.
  for (const c of findPathCollisions(entries))
    for (const i of c.entries)
      if (!notes.has(i)) notes.set(i, `${collisionNote(c)}; this one is ${entries[i].path}`);
  entries.forEach((e, i) => {
    const parts = pathSegments(e.path);
    if (parts.length === 0) return;
    const collision = notes.get(i);
    let dir = root;
    for (let k = 0; k < parts.length - 1; k++) dir = folderIn(dir, parts[k]);
    const name = parts[parts.length - 1];
    if (e.type === 'directory') {
      const f = folderIn(dir, name);
      // A directory listed twice keeps its second entry as a node of its own.
      if (!f.entry) {
        f.entry = e;
        f.collision = collision;
        return;
      }
    }
    dir.children.push({ key: keys++, name, parent: dir, entry: e, collision, children: [] });
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

/** The lines shown: every child of an open folder (by key), depth first. */
export function visibleLines(root: FsNode, open: ReadonlySet<number>): FsLine[] {
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
    if (folder && open.has(node.key)) pushChildren(node, depth + 1);
  }
  return out;
}

/** Every folder's key, to open the whole tree at once (diffs are usually small). */
export function allFolders(root: FsNode): number[] {
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.children)
      if (isFolder(c)) {
        out.push(c.key);
        stack.push(c);
      }
  }
  return out;
}
