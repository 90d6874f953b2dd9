/**
 * Tar members whose names point at the same file. A tar may hold `etc/passwd`, `/etc/passwd`
 * and `./etc/passwd` together, the same member twice, or a file `etc` next to `etc/passwd`;
 * extracting it, the last one silently wins. Tools never write such a diff, so a collision is
 * suspicious in itself: every entry is kept and shown, and the collision is said out loud.
 */

/** `etc/passwd` for `/etc/passwd`, `./etc/passwd`, `etc//passwd/` and `etc/./passwd`. */
export function normalTarPath(path: string): string {
  return path
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

export interface PathCollision {
  /** The normalised path the entries share. */
  path: string;
  /** Indices of the colliding entries in the input. */
  entries: number[];
  /** Same name more than once, or a non-folder entry that other entries sit under. */
  kind: 'same-path' | 'file-and-folder';
}

/** Collisions among tar entries (paths and types), in input order; none for a sane diff. */
export function findPathCollisions(
  entries: readonly { path: string; type: string }[],
): PathCollision[] {
  const byPath = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const p = normalTarPath(e.path);
    const list = byPath.get(p);
    if (list) list.push(i);
    else byPath.set(p, [i]);
  });
  const out: PathCollision[] = [];
  for (const [path, list] of byPath)
    if (list.length > 1) out.push({ path, entries: list, kind: 'same-path' });
  // A non-folder entry whose path is also a parent folder of another entry.
  const prefixes = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const parts = normalTarPath(e.path).split('/');
    for (let k = 1; k < parts.length; k++) {
      const folder = parts.slice(0, k).join('/');
      const plain = byPath.get(folder)?.filter((j) => entries[j].type !== 'directory');
      if (!plain?.length) continue;
      const list = prefixes.get(folder) ?? [...plain];
      list.push(i);
      prefixes.set(folder, list);
    }
  });
  for (const [path, list] of prefixes) out.push({ path, entries: list, kind: 'file-and-folder' });
  return out;
}

/** One line per collision, for a Problem or a tooltip. */
export function describeCollision(c: PathCollision, member: string): string {
  return c.kind === 'same-path'
    ? `${member}: ${c.entries.length} entries name the same path ${c.path} (the last one extracted wins)`
    : `${member}: ${c.path} is a file and also the folder of ${c.entries.length - 1} other entries`;
}
