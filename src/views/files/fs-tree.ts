/**
 * The rootfs diff as a folder tree: tar entries arrive as flat paths (and parent folders are
 * often not entries of their own), so folders are made up from the paths.
 */
import type { FsEntryRow } from '../../../workers/model-protocol.ts';

export interface FsNode {
  name: string;
  path: string;
  entry?: FsEntryRow;
  children: FsNode[];
}

export interface FsLine {
  node: FsNode;
  depth: number;
  folder: boolean;
}

export function buildFsTree(entries: readonly FsEntryRow[]): FsNode {
  const root: FsNode = { name: '/', path: '', children: [] };
  const folders = new Map<string, FsNode>([['', root]]);
  const folder = (path: string): FsNode => {
    const known = folders.get(path);
    if (known) return known;
    const cut = path.lastIndexOf('/');
    const parent = folder(cut < 0 ? '' : path.slice(0, cut));
    const node: FsNode = { name: path.slice(cut + 1), path, children: [] };
    parent.children.push(node);
    folders.set(path, node);
    return node;
  };
  for (const e of entries) {
    const path = e.path.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    if (!path) continue;
    if (e.type === 'directory') {
      folder(path).entry = e;
      continue;
    }
    const cut = path.lastIndexOf('/');
    folder(cut < 0 ? '' : path.slice(0, cut)).children.push({
      name: path.slice(cut + 1),
      path,
      entry: e,
      children: [],
    });
  }
  const sort = (n: FsNode) => {
    n.children.sort((a, b) => a.name.localeCompare(b.name));
    n.children.forEach(sort);
  };
  sort(root);
  return root;
}

const isFolder = (n: FsNode) => n.children.length > 0 || n.entry?.type === 'directory';

/** The lines shown: every child of an open folder, depth first. */
export function visibleLines(root: FsNode, open: ReadonlySet<string>): FsLine[] {
  const out: FsLine[] = [];
  const walk = (n: FsNode, depth: number) => {
    for (const c of n.children) {
      const folder = isFolder(c);
      out.push({ node: c, depth, folder });
      if (folder && open.has(c.path)) walk(c, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

/** Every folder path, to open the whole tree at once (diffs are usually small). */
export function allFolders(root: FsNode): string[] {
  const out: string[] = [];
  const walk = (n: FsNode) => {
    for (const c of n.children)
      if (isFolder(c)) {
        out.push(c.path);
        walk(c);
      }
  };
  walk(root);
  return out;
}
