/**
 * The process tree as the checkpoint states it, made safe to walk. pstree.img is written by
 * CRIU but can be edited by whoever controls the evidence: a ppid chain 20,000 deep, ppids
 * that form a cycle (1→7→6→1), a task that is its own parent, a pid listed twice. Every view
 * walks this forest instead of following ppid links itself: it is built and walked without
 * recursion, every entry appears exactly once, and each anomaly becomes one Problem that says
 * where the tree was cut.
 */
import { problem, type Problem } from '../problems.ts';

export interface ForestEntry {
  pid: number;
  ppid: number;
}

export interface ProcessForest {
  /** The parent entry of each entry (an index into the input), or -1 for a root. */
  parent: Int32Array;
  /** Each entry's child entries, in input order. */
  children: number[][];
  /** Entries drawn at the top: ppid 0 or unknown, their own parent, or where a cycle was cut. */
  roots: number[];
  /** Entries whose pid an earlier entry already has (children attach to the first one). */
  duplicate: boolean[];
  problems: Problem[];
}

/** Each entry once, depth first (parents before children), with its depth. */
export interface ForestLine {
  index: number;
  depth: number;
}

export function buildForest(entries: readonly ForestEntry[], image = 'pstree.img'): ProcessForest {
  const n = entries.length;
  const problems: Problem[] = [];
  const first = new Map<number, number>();
  const duplicate = entries.map(() => false);
  const repeats = new Map<number, number[]>();
  entries.forEach((e, i) => {
    const seen = first.get(e.pid);
    if (seen === undefined) first.set(e.pid, i);
    else {
      duplicate[i] = true;
      const list = repeats.get(e.pid) ?? [seen];
      list.push(i);
      repeats.set(e.pid, list);
    }
  });
  for (const [pid, list] of repeats)
    problems.push(
      problem(
        'bad-process-tree',
        `pid ${pid} is listed ${list.length} times (entries #${list.join(', #')}): each entry is shown on its own; children attach to entry #${list[0]}`,
        { severity: 'warning', image },
      ),
    );

  const parent = new Int32Array(n).fill(-1);
  entries.forEach((e, i) => {
    if (e.ppid === 0) return;
    if (e.ppid === e.pid) {
      problems.push(
        problem('bad-process-tree', `pid ${e.pid} names itself as its parent: shown as a root`, {
          severity: 'warning',
          image,
        }),
      );
      return;
    }
    parent[i] = first.get(e.ppid) ?? -1;
  });

  // Entries that no root reaches hang off a cycle: cut each cycle once, at its lowest pid.
  const reached = new Uint8Array(n);
  const children: number[][] = entries.map(() => []);
  for (let i = 0; i < n; i++) if (parent[i] >= 0) children[parent[i]].push(i);
  const roots: number[] = [];
  const reach = (start: number): void => {
    const stack = [start];
    reached[start] = 1;
    while (stack.length) {
      for (const c of children[stack.pop()!])
        if (!reached[c]) {
          reached[c] = 1;
          stack.push(c);
        }
    }
  };
  for (let i = 0; i < n; i++)
    if (parent[i] < 0) {
      roots.push(i);
      reach(i);
    }
  const onPath = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (reached[i]) continue;
    // Follow parents until one repeats: that stretch is the cycle.
    let at = i;
    while (onPath[at] !== i) {
      onPath[at] = i;
      at = parent[at];
    }
    const cycle = [at];
    for (let c = parent[at]; c !== at; c = parent[c]) cycle.push(c);
    const cut = cycle.reduce((a, b) => (entries[b].pid < entries[a].pid ? b : a));
    const from = cycle.indexOf(cut);
    const ordered = [...cycle.slice(from), ...cycle.slice(0, from)].map((c) => entries[c].pid);
    problems.push(
      problem(
        'bad-process-tree',
        `ppid links form a cycle (${[...ordered, ordered[0]].join(' → ')}, each the parent of the one before): pid ${entries[cut].pid} is shown as a root, its ppid ${entries[cut].ppid} ignored`,
        { severity: 'warning', image },
      ),
    );
    const p = parent[cut];
    children[p].splice(children[p].indexOf(cut), 1);
    parent[cut] = -1;
    roots.push(cut);
    reach(cut);
  }
  roots.sort((a, b) => a - b);
  return { parent, children, roots, duplicate, problems };
}

/**
 * Depth-first order without recursion: each entry once, parents first. `compare` orders the
 * roots and the children of each entry (input order when absent).
 */
export function forestLines(
  forest: ProcessForest,
  compare?: (a: number, b: number) => number,
): ForestLine[] {
  const sorted = (list: number[]) => (compare ? [...list].sort(compare) : list);
  const out: ForestLine[] = [];
  const stack: ForestLine[] = [];
  const pushAll = (list: number[], depth: number) => {
    const s = sorted(list);
    for (let k = s.length - 1; k >= 0; k--) stack.push({ index: s[k], depth });
  };
  pushAll(forest.roots, 0);
  while (stack.length) {
    const line = stack.pop()!;
    out.push(line);
    pushAll(forest.children[line.index], line.depth + 1);
  }
  return out;
}
