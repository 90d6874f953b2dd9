/**
 * Hash-based routing: the view lives in the URL (`#/overview`, `#/images/core-1.img`,
 * `#/process/1/files` later) so it survives a reload and can be shared, while the evidence
 * itself never goes into the URL. Hash routing works the same on a server and from file://.
 */
export class Route {
  /** Path segments after `#/`, e.g. `['images', 'core-1.img']`. */
  segments = $state<string[]>(parse(globalThis.location?.hash ?? ''));

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.segments = parse(location.hash);
    });
  }

  /** The first segment, the view name; `overview` when the hash is empty. */
  get view(): string {
    return this.segments[0] ?? 'overview';
  }

  go(...segments: string[]): void {
    location.hash = href(...segments);
  }
}

export function href(...segments: string[]): string {
  return '#/' + segments.map(encodeURIComponent).join('/');
}

function parse(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

export const route = new Route();
