import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeBytes } from '../../../src/lib/criu/py-base64.ts';
import {
  decodeQuotedPrintable,
  encodeQuotedPrintable,
} from '../../../src/lib/criu/quoted-printable.ts';
import { formatIpWords, parseIpWords } from '../../../src/lib/criu/ip-address.ts';
import { pyJsonDumps } from '../../../src/lib/criu/py-json.ts';
import { parseExactJson } from '../../../src/lib/criu/exact-json.ts';

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('Python base64.encodebytes', () => {
  it('wraps at 76 characters and ends every line with a newline', () => {
    expect(encodeBytes(new Uint8Array())).toBe('');
    expect(encodeBytes(ascii('tcp-payload-in-flight'))).toBe('dGNwLXBheWxvYWQtaW4tZmxpZ2h0\n');
    const long = encodeBytes(new Uint8Array(58).fill(0xff));
    expect(long.split('\n').map((l) => l.length)).toEqual([76, 4, 0]);
  });
  it('decodes leniently and round-trips', () => {
    const data = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff);
    expect(decodeBytes(encodeBytes(data))).toEqual(data);
    expect(decodeBytes('aGk=\n')).toEqual(ascii('hi'));
  });
});

describe('quoted-printable (crit unix_name)', () => {
  // Expected strings are what Python's quopri.encodestring prints for the same bytes.
  it('escapes NUL, "=", trailing whitespace and a lone leading dot', () => {
    expect(encodeQuotedPrintable(ascii('/tmp/app.sock\0'))).toBe('/tmp/app.sock=00');
    expect(encodeQuotedPrintable(ascii('\0abc. \t=x\n. \n'))).toBe('=00abc. \t=3Dx\n.=20\n');
    expect(encodeQuotedPrintable(ascii('.'))).toBe('=2E');
    expect(encodeQuotedPrintable(Uint8Array.of(0xe9, 0x7f))).toBe('=E9=7F');
  });
  it('inserts soft line breaks before 76 columns and decodes back', () => {
    const name = ascii('x'.repeat(100));
    const qp = encodeQuotedPrintable(name);
    expect(qp).toBe('x'.repeat(75) + '=\n' + 'x'.repeat(25));
    expect(decodeQuotedPrintable(qp)).toEqual(name);
    const bin = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeQuotedPrintable(encodeQuotedPrintable(bin))).toEqual(bin);
  });
});

describe('ipadd words', () => {
  it('prints IPv4 from one network-order word and IPv6 compressed like Python', () => {
    expect(formatIpWords([0x0100007f])).toBe('127.0.0.1');
    expect(formatIpWords([0, 0, 0, 0])).toBe('::');
    expect(formatIpWords([0, 0, 0, 0x01000000])).toBe('::1');
    // 1:0:0:1:0:0:0:1 → the longer zero run wins
    expect(formatIpWords([0x00000100, 0x01000000, 0, 0x01000000])).toBe('1:0:0:1::1');
    expect(formatIpWords([0x00000100, 0x00000100, 0x00000100, 0x00000100])).toBe('1:0:1:0:1:0:1:0');
  });
  it('parses its own output back', () => {
    for (const words of [[0x0100007f], [0, 0, 0, 0], [0x00000100, 0x01000000, 0, 0x01000000]]) {
      expect(parseIpWords(formatIpWords(words))).toEqual(words);
    }
    expect(parseIpWords('1.2.3.400')).toBeUndefined();
    expect(parseIpWords('1::2::3')).toBeUndefined();
  });
});

describe('Python json.dumps', () => {
  const value = {
    magic: 'X',
    entries: [{ a: 18446744073709551615n, b: true, s: 'é"\n\u0001\u007f😀', e: [], o: {} }],
  };
  it('prints one line with ", " and ": " and escapes like ensure_ascii', () => {
    expect(pyJsonDumps(value)).toBe(
      '{"magic": "X", "entries": [{"a": 18446744073709551615, "b": true, ' +
        '"s": "\\u00e9\\"\\n\\u0001\\u007f\\ud83d\\ude00", "e": [], "o": {}}]}',
    );
  });
  it('indents by 4 with "," line ends', () => {
    expect(pyJsonDumps({ a: [1n, { b: null }], c: [] }, 4)).toBe(
      '{\n    "a": [\n        1,\n        {\n            "b": null\n        }\n    ],\n    "c": []\n}',
    );
  });
});

describe('exact JSON parser', () => {
  it('keeps integers above 2^53 exact and round-trips through pyJsonDumps', () => {
    const text =
      '{"a": [18446744073709551615, -9223372036854775808, 1.5], "s": "\\u00e9\\ud83d\\ude00"}';
    const r = parseExactJson(text);
    expect(r.ok && r.value).toEqual({
      a: [18446744073709551615n, -9223372036854775808n, 1.5],
      s: 'é😀',
    });
    if (r.ok) expect(pyJsonDumps(r.value)).toBe(text);
  });
  it('reports where bad JSON breaks instead of throwing', () => {
    expect(parseExactJson('{"a": [1, }')).toEqual({ ok: false, error: expect.any(String), at: 10 });
    expect(parseExactJson('{"a": 1} x').ok).toBe(false);
  });
});
