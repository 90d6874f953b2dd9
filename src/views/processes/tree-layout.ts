/**
 * Process tree layout, as an indented tree (like `ps --forest` / pstree): one row per
 * process in depth-first order, children indented under their parent; Svelte draws the SVG.
 * The root stays at the top and a shell with 60 children stays readable by scrolling down.
 * The order comes from the model's safe forest, not d3's stratify: pstree.img may hold a ppid
 * cycle, a pid twice or a 20,000-deep chain, and every row must still be drawn exactly once.
 */
import { buildForest, forestLines, type ProcessForest } from '../../lib/model/process-forest.ts';
import type { ProcessRow } from '../../../workers/model-protocol.ts';

/** Room for pid, name, threads, state badge and a finding mark. */
export const NODE_WIDTH = 500;
export const NODE_HEIGHT = 26;
const ROW_GAP = 6;
const INDENT = 26;
/** Room right of the boxes for notes such as `ppid 11 ignored: cycle`. */
export const NOTE_WIDTH = 190;

export interface PlacedProcess {
  row: ProcessRow;
  /** Unique even when a pid is listed twice (the row's place in the input). */
  key: number;
  /** Why the row is not where its ppid puts it, or is drawn twice (an edited pstree). */
  note?: string;
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
  /** Whether any row has a note (the drawing then makes room for it). */
  notes: boolean;
}

/** Rows whose place the forest changed: a duplicate pid, a self-parent, a cut cycle. */
function noteOf(
  rows: readonly ProcessRow[],
  forest: ProcessForest,
  index: number,
  pids: Set<number>,
) {
  const row = rows[index];
  if (forest.duplicate[index]) return `pid ${row.pid} listed again`;
  if (forest.parent[index] >= 0 || row.ppid === 0) return undefined;
  if (row.ppid === row.pid) return 'its own parent';
  return pids.has(row.ppid) ? `ppid ${row.ppid} ignored: cycle` : undefined;
}

export function layoutTree(rows: readonly ProcessRow[]): TreeLayout {
  if (rows.length === 0)
    return { nodes: [], links: [], width: 0, height: 0, maxIndent: 0, notes: false };
  const forest = buildForest(rows);
  const lines = forestLines(forest, (a, b) => rows[a].pid - rows[b].pid || a - b);
  const at = new Map<number, { x: number; y: number }>();
  const nodes: PlacedProcess[] = [];
  let maxIndent = 0;
  const pids = new Set(rows.map((r) => r.pid));
  let notes = false;
  lines.forEach(({ index, depth }, line) => {
    const place = { x: depth * INDENT, y: line * (NODE_HEIGHT + ROW_GAP) };
    at.set(index, place);
    const note = noteOf(rows, forest, index, pids);
    if (note) notes = true;
    nodes.push({ row: rows[index], key: index, ...place, ...(note ? { note } : {}) });
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
    notes,
    width: maxIndent + NODE_WIDTH + (notes ? NOTE_WIDTH : 0) + 2,
    height: lines.length * (NODE_HEIGHT + ROW_GAP),
  };
}
