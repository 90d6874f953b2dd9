/**
 * The report's Content-Security-Policy: nothing may load or run (`default-src 'none'`), and the
 * one inline stylesheet is allowed by its SHA-256, not by 'unsafe-inline' — so a `style`
 * attribute or `<style>` element smuggled in by a checkpoint string would not apply either.
 */
import { Sha256 } from '../hash/sha256.ts';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63] : '=';
  }
  return out;
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** The CSP `'sha256-…'` source of an inline element's exact text. */
export function cspHash(content: string): string {
  const digest = new Sha256().update(new TextEncoder().encode(content)).hex();
  return `'sha256-${base64(hexBytes(digest))}'`;
}

export function reportCsp(css: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(css)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
