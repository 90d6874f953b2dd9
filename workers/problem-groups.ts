import type { Problem } from '../src/lib/problems.ts';
import type { ProblemGroup } from './protocol.ts';

/** How many problems of one kind travel to the UI in full; the rest are only counted. */
const EXAMPLES_PER_GROUP = 20;

/**
 * Groups problems by code and severity for the warnings panel. A damaged archive can yield
 * thousands of problems of one kind; the UI needs the counts and a few to read, not all.
 */
export function groupProblems(problems: Iterable<Problem>): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const key = `${p.severity}:${p.code}`;
    let g = groups.get(key);
    if (!g) {
      g = { code: p.code, severity: p.severity, count: 0, examples: [] };
      groups.set(key, g);
    }
    g.count++;
    if (g.examples.length < EXAMPLES_PER_GROUP) g.examples.push({ ...p });
  }
  return [...groups.values()];
}
