/**
 * Tar members whose names point at the same file. A tar may hold `etc/passwd`, `/etc/passwd`
 * and `./etc/passwd` together, the same member twice, or a file `etc` next to `etc/passwd`;
 * extracting it, the last one silently wins. Tools never write such a diff, so a collision is
 * suspicious in itself: every entry is kept and shown, and the collision is said out loud.
 */

/** The path's segments without empty and `.` ones: `/etc//./passwd/` → `etc`, `passwd`. */
export function pathSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && s !== '.');
}

/** `etc/passwd` for `/etc/passwd`, `./etc/passwd`, `etc//passwd/` and `etc/./passwd`. */
export function normalTarPath(path: string): string {
  return pathSegments(path).join('/');
}

export interface PathCollision {
  /** The normalised path the entries share. */
  path: string;
  /** Indices of the colliding entries in the input. */
  entries: number[];
  /** Same name more than once, or a non-folder entry that other entries sit under. */
  kind: 'same-path' | 'file-and-folder';
}

/** One segment of the paths; walked by segments so that a very deep path costs its length. */
interface Segment {
  kids: Map<string, Segment>;
  /** Entries whose path ends here, and those of them that are not directories. */
  here: number[];
  plain: number[];
  /** Entries below a non-directory entry ending here. */
  under: number[];
}

/** Collisions among tar entries (paths and types), in input order; none for a sane diff. */
export function findPathCollisions(
  entries: readonly { path: string; type: string }[],
): PathCollision[] {
  const root: Segment = { kids: new Map(), here: [], plain: [], under: [] };
  const order: Segment[] = [];
  const walks = entries.map((e, i) => {
    let node = root;
    const walk: Segment[] = [];
    for (const s of pathSegments(e.path)) {
      let next = node.kids.get(s);
      if (!next) {
        next = { kids: new Map(), here: [], plain: [], under: [] };
        node.kids.set(s, next);
        order.push(next);
      }
      walk.push(next);
      node = next;
    }
    node.here.push(i);
    if (e.type !== 'directory') node.plain.push(i);
    return walk;
  });
  // A non-directory entry whose path is also a parent folder of another entry.
  walks.forEach((walk, i) => {
    for (let k = 0; k < walk.length - 1; k++) if (walk[k].plain.length) walk[k].under.push(i);
  });
  const pathOf = (s: Segment) => normalTarPath(entries[s.here[0] ?? s.under[0]].path);
  const out: PathCollision[] = [];
  for (const s of order)
    if (s.here.length > 1) out.push({ path: pathOf(s), entries: s.here, kind: 'same-path' });
  for (const s of order)
    if (s.under.length)
      out.push({ path: pathOf(s), entries: [...s.plain, ...s.under], kind: 'file-and-folder' });
  return out;
}

/** One line per collision, for a Problem or a tooltip. */
export function describeCollision(c: PathCollision, member: string): string {
  return c.kind === 'same-path'
    ? `${member}: ${c.entries.length} entries name the same path ${c.path} (the last one extracted wins)`
    : `${member}: ${c.path} is a file and also the folder of ${c.entries.length - 1} other entries`;
}
