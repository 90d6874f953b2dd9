/**
 * Process tree layout, as an indented tree (like `ps --forest` / pstree): one row per
 * process in depth-first order, children indented under their parent. d3-hierarchy builds
 * the hierarchy and the order; Svelte draws the SVG. Unlike a tidy tree, the root stays at
 * the top and a shell with 60 children stays readable by scrolling down.
 */
import { stratify } from 'd3-hierarchy';
import type { ProcessRow } from '../../../workers/model-protocol.ts';

/** Room for pid, name, threads, state badge and a finding mark. */
export const NODE_WIDTH = 500;
export const NODE_HEIGHT = 26;
const ROW_GAP = 6;
const INDENT = 26;

export interface PlacedProcess {
  row: ProcessRow;
  x: number;
  y: number;
}

export interface TreeLayout {
  nodes: PlacedProcess[];
  /** Parent → child connectors as SVG path data. */
  links: { key: string; d: string }[];
  width: number;
  height: number;
  /** The deepest indent: columns after the name start past it, so they line up. */
  maxIndent: number;
}

/** Stands in for the parent of every root, so a forest lays out as one tree. */
const VIRTUAL_ROOT = -1;

export function layoutTree(rows: readonly ProcessRow[]): TreeLayout {
  if (rows.length === 0) return { nodes: [], links: [], width: 0, height: 0, maxIndent: 0 };
  const pids = new Set(rows.map((r) => r.pid));
  type Item = { pid: number; parent: number; row?: ProcessRow };
  const items: Item[] = [
    { pid: VIRTUAL_ROOT, parent: NaN },
    ...rows.map((row) => ({
      pid: row.pid,
      parent: pids.has(row.ppid) && row.ppid !== row.pid ? row.ppid : VIRTUAL_ROOT,
      row,
    })),
  ];
  const root = stratify<Item>()
    .id((d) => String(d.pid))
    .parentId((d) => (Number.isNaN(d.parent) ? undefined : String(d.parent)))(items);
  root.sort((a, b) => a.data.pid - b.data.pid);

  const at = new Map<number, { x: number; y: number }>();
  const nodes: PlacedProcess[] = [];
  let line = 0;
  root.eachBefore((n) => {
    if (!n.data.row) return; // the virtual root is not drawn
    const place = { x: (n.depth - 1) * INDENT, y: line++ * (NODE_HEIGHT + ROW_GAP) };
    at.set(n.data.pid, place);
    nodes.push({ row: n.data.row, ...place });
  });
  const links = root
    .links()
    .filter((l) => l.source.data.row)
    .map((l) => {
      const s = at.get(l.source.data.pid)!;
      const t = at.get(l.target.data.pid)!;
      const x = s.x + INDENT / 2;
      const y = t.y + NODE_HEIGHT / 2;
      return {
        key: `${l.source.data.pid}-${l.target.data.pid}`,
        d: `M${x},${s.y + NODE_HEIGHT} V${y} H${t.x}`,
      };
    });
  const maxIndent = Math.max(...nodes.map((n) => n.x));
  return {
    nodes,
    links,
    maxIndent,
    width: maxIndent + NODE_WIDTH + 2,
    height: line * (NODE_HEIGHT + ROW_GAP),
  };
}
