import type { ProblemGroup } from '../../workers/protocol.ts';

/** Where a problem is: its image, else its member. */
const placeOf = (p: ProblemGroup['examples'][number]) => p.image ?? p.file;

/**
 * The one line a collapsed group of warnings shows. A group is one code, not one problem:
 * `pages-missing` for three different pages files must not read as the first file's message
 * alone, so a group whose examples differ names how many places it covers and the first few.
 */
export function warningHeadline(g: ProblemGroup): string {
  const first = g.examples[0]?.message ?? '';
  const messages = new Set(g.examples.map((p) => p.message));
  if (messages.size <= 1 && g.count <= g.examples.length) return first;
  const places = [...new Set(g.examples.map(placeOf).filter((x): x is string => !!x))];
  const more = g.count > g.examples.length;
  if (places.length > 1) {
    const named = places.slice(0, 3).join(', ');
    const rest = places.length > 3 || more ? ', …' : '';
    return `${g.count} problems in ${places.length}${more ? '+' : ''} places: ${named}${rest}`;
  }
  return `${g.count} problems${places[0] ? ` in ${places[0]}` : ''}, e.g. ${first}`;
}
