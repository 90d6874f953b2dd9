/** Secrets as JSON data: masked unless revealed; addresses as `0x…` strings. */
import { hex } from '../../memory/addr.ts';
import { maskSecret, type Secret, type SecretLocation } from './types.ts';

function locationJson(l: SecretLocation): Record<string, unknown> {
  const { target: _target, ...rest } = l;
  return Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [k, typeof v === 'bigint' ? hex(v) : v]),
  );
}

export function secretJson(s: Secret & { moreLocations?: number }, reveal: boolean) {
  return {
    rule: s.rule,
    description: s.description,
    confidence: s.confidence,
    ...(s.alsoMatched.length ? { alsoMatched: s.alsoMatched } : {}),
    masked: maskSecret(s.value),
    ...(reveal ? { value: s.value } : {}),
    length: s.length,
    locations: s.locations.map(locationJson),
    ...(s.moreLocations ? { moreLocations: s.moreLocations } : {}),
  };
}
