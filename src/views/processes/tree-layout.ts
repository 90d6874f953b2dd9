/**
 * Process tree layout: d3-hierarchy does the maths (positions), Svelte draws the SVG. The
 * tree grows left to right, one row per leaf, so long trees scroll down like a listing.
 */
import { stratify, tree } from 'd3-hierarchy';
import type { ProcessRow } from '../../../workers/model-protocol.ts';

export const NODE_WIDTH = 210;
export const NODE_HEIGHT = 40;
const ROW_GAP = 12;
const COLUMN_GAP = 40;

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
}

/** Stands in for the parent of every root, so a forest lays out as one tree. */
const VIRTUAL_ROOT = -1;

export function layoutTree(rows: readonly ProcessRow[]): TreeLayout {
  if (rows.length === 0) return { nodes: [], links: [], width: 0, height: 0 };
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
  const laid = tree<Item>().nodeSize([NODE_HEIGHT + ROW_GAP, NODE_WIDTH + COLUMN_GAP])(root);

  const all = laid.descendants().filter((n) => n.data.row);
  const minX = Math.min(...all.map((n) => n.x));
  const depthOffset = 1; // the virtual root's column is not drawn
  const place = (n: (typeof all)[number]) => ({
    x: (n.depth - depthOffset) * (NODE_WIDTH + COLUMN_GAP),
    y: n.x - minX,
  });
  const nodes = all.map((n) => ({ row: n.data.row!, ...place(n) }));
  const links = laid
    .links()
    .filter((l) => l.source.data.row)
    .map((l) => {
      const s = place(l.source);
      const t = place(l.target);
      const x1 = s.x + NODE_WIDTH;
      const y1 = s.y + NODE_HEIGHT / 2;
      const x2 = t.x;
      const y2 = t.y + NODE_HEIGHT / 2;
      const mid = (x1 + x2) / 2;
      return {
        key: `${l.source.data.pid}-${l.target.data.pid}`,
        d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`,
      };
    });
  return {
    nodes,
    links,
    width: Math.max(...nodes.map((n) => n.x)) + NODE_WIDTH + 2,
    height: Math.max(...nodes.map((n) => n.y)) + NODE_HEIGHT + 2,
  };
}
