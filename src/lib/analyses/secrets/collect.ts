/**
 * Gathers raw matches into rows: one per distinct value (the same key in ten places is one
 * row with ten locations), under its most confident rule; other rules that matched the same
 * value are named.
 */
import type { Confidence, Secret, SecretLocation, SecretRule } from './types.ts';

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
/** One value in more places than this is listed with the first ones and a count. */
export const MAX_LOCATIONS = 1000;

export class SecretCollector {
  readonly #rows = new Map<string, Secret & { more: number; keys: Set<string> }>();

  add(rule: SecretRule, value: string, location: SecretLocation): void {
    let row = this.#rows.get(value);
    if (!row) {
      row = {
        id: this.#rows.size + 1,
        rule: rule.id,
        description: rule.description,
        confidence: rule.confidence,
        alsoMatched: [],
        value,
        length: [...value].length,
        locations: [],
        more: 0,
        keys: new Set(),
      };
      this.#rows.set(value, row);
    } else if (row.rule !== rule.id) {
      if (RANK[rule.confidence] < RANK[row.confidence]) {
        row.alsoMatched.push(row.rule);
        row.rule = rule.id;
        row.description = rule.description;
        row.confidence = rule.confidence;
      } else if (!row.alsoMatched.includes(rule.id)) row.alsoMatched.push(rule.id);
      row.alsoMatched = row.alsoMatched.filter((r) => r !== row!.rule);
    }
    // Overlapping windows and two rules can report one place twice.
    const key = location.label;
    if (row.keys.has(key)) return;
    row.keys.add(key);
    if (row.locations.length < MAX_LOCATIONS) row.locations.push(location);
    else row.more++;
  }

  /** Most confident first, then by rule and value. */
  result(): (Secret & { moreLocations?: number })[] {
    return [...this.#rows.values()]
      .map(({ more, keys: _keys, ...s }) => (more ? { ...s, moreLocations: more } : s))
      .sort(
        (a, b) =>
          RANK[a.confidence] - RANK[b.confidence] || a.rule.localeCompare(b.rule) || a.id - b.id,
      );
  }
}
