/**
 * Process tree layout, as an indented tree (like `ps --forest` / pstree): one row per
 * process in depth-first order, children indented under their parent; Svelte draws the SVG.
 * The root stays at the top and a shell with 60 children stays readable by scrolling down.
 * The order comes from the model's safe forest, not d3's stratify: pstree.img may hold a ppid
 * cycle, a pid twice or a 20,000-deep chain, and every row must still be drawn exactly once.
 */
import { buildForest, forestLines } from '../../lib/model/process-forest.ts';
import type { ProcessRow } from '../../../workers/model-protocol.ts';

export const NODE_WIDTH = 420;
export const NODE_HEIGHT = 26;
const ROW_GAP = 6;
const INDENT = 26;

export interface PlacedProcess {
  row: ProcessRow;
  /** Unique even when a pid is listed twice (the row's place in the input). */
  key: number;
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

export function layoutTree(rows: readonly ProcessRow[]): TreeLayout {
  if (rows.length === 0) return { nodes: [], links: [], width: 0, height: 0, maxIndent: 0 };
  const forest = buildForest(rows);
  const lines = forestLines(forest, (a, b) => rows[a].pid - rows[b].pid || a - b);
  const at = new Map<number, { x: number; y: number }>();
  const nodes: PlacedProcess[] = [];
  let maxIndent = 0;
  lines.forEach(({ index, depth }, line) => {
    const place = { x: depth * INDENT, y: line * (NODE_HEIGHT + ROW_GAP) };
    at.set(index, place);
    nodes.push({ row: rows[index], key: index, ...place });
    if (place.x > maxIndent) maxIndent = place.x;
  });
  const links: TreeLayout['links'] = [];
  for (const { index } of lines) {
    const parent = forest.parent[index];
    if (parent < 0) continue;
    const s = at.get(parent)!;
    const t = at.get(index)!;
    links.push({
      key: `${parent}-${index}`,
      d: `M${s.x + INDENT / 2},${s.y + NODE_HEIGHT} V${t.y + NODE_HEIGHT / 2} H${t.x}`,
    });
  }
  return {
    nodes,
    links,
    maxIndent,
    width: maxIndent + NODE_WIDTH + 2,
    height: lines.length * (NODE_HEIGHT + ROW_GAP),
  };
}
