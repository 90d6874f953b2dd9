/**
 * Quoted-printable as crit uses it for unix socket names (`(criu).conv = "unix_name"`):
 * Python's `quopri.encodestring`, i.e. `binascii.b2a_qp(data, quotetabs=False, istext=True,
 * header=False)`, reimplemented rule for rule so pretty and plain output match crit's bytes.
 */
const MAX_LINE = 76;
const HEX = '0123456789ABCDEF';

function mustQuote(data: Uint8Array, i: number, lineLen: number): boolean {
  const c = data[i];
  const last = i + 1 === data.length;
  if (c > 126 || c === 0x3d /* = */) return true;
  // A lone '.' at the start of a line would end an SMTP message.
  if (c === 0x2e && lineLen === 0) {
    const next = data[i + 1];
    if (last || next === 0x0a || next === 0x0d || next === 0) return true;
  }
  // Trailing whitespace would be stripped in transit.
  if ((c === 0x09 || c === 0x20) && last) return true;
  return c < 33 && c !== 0x0d && c !== 0x0a && c !== 0x09 && c !== 0x20;
}

export function encodeQuotedPrintable(data: Uint8Array): string {
  const nl = data.indexOf(0x0a);
  const crlf = nl > 0 && data[nl - 1] === 0x0d;
  const softBreak = crlf ? '=\r\n' : '=\n';
  const out: string[] = [];
  let lineLen = 0;
  let i = 0;
  while (i < data.length) {
    const c = data[i];
    if (mustQuote(data, i, lineLen)) {
      if (lineLen + 3 >= MAX_LINE) {
        out.push(softBreak);
        lineLen = 0;
      }
      out.push('=' + HEX[c >> 4] + HEX[c & 15]);
      lineLen += 3;
      i++;
    } else if (c === 0x0a || (c === 0x0d && i + 1 < data.length && data[i + 1] === 0x0a)) {
      lineLen = 0;
      const prev = out.length ? out[out.length - 1] : '';
      if (prev === ' ' || prev === '\t') {
        out[out.length - 1] = '=' + HEX[prev.charCodeAt(0) >> 4] + HEX[prev.charCodeAt(0) & 15];
      }
      out.push(crlf ? '\r\n' : '\n');
      i += c === 0x0d ? 2 : 1;
    } else {
      if (i + 1 !== data.length && data[i + 1] !== 0x0a && lineLen + 1 >= MAX_LINE) {
        out.push(softBreak);
        lineLen = 0;
      }
      lineLen++;
      out.push(String.fromCharCode(c));
      i++;
    }
  }
  return out.join('');
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** `quopri.decodestring`: `=XX` escapes and `=` soft line breaks; anything else literal. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x3d) {
      out.push(c & 0xff);
      i++;
      continue;
    }
    if (text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (text[i + 1] === '\r' && text[i + 2] === '\n') {
      i += 3;
      continue;
    }
    const hi = hexValue(text.charCodeAt(i + 1));
    const lo = hexValue(text.charCodeAt(i + 2));
    if (hi >= 0 && lo >= 0) {
      out.push((hi << 4) | lo);
      i += 3;
    } else {
      out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}
