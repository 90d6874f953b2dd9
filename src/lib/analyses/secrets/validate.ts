/** Checks a candidate secret must pass after its rule's regex matched. */
import type { SecretRule } from './types.ts';

export function shannonEntropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  const n = [...s].length;
  for (const k of counts.values()) {
    const p = k / n;
    h -= p * Math.log2(p);
  }
  return h;
}

function base64UrlJson(part: string): unknown {
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** A JWT whose header decodes to a JSON object naming its algorithm. */
export function isJwt(token: string): boolean {
  const [header] = token.split('.');
  const h = header ? base64UrlJson(header) : undefined;
  return typeof h === 'object' && h !== null && typeof (h as { alg?: unknown }).alg === 'string';
}

export function accepted(rule: SecretRule, secret: string): boolean {
  if (!secret) return false;
  if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return false;
  if (rule.allowRegexes.some((re) => re.test(secret))) return false;
  const lower = secret.toLowerCase();
  if (rule.stopwords.some((w) => lower === w)) return false;
  if (rule.check === 'jwt' && !isJwt(secret)) return false;
  return true;
}
