/** The one escape for untrusted strings (src/lib/visible-text.ts), used by the CLI and page. */
import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/cli/text.ts';
import { hasHiddenCharacters, visibleText } from '../../../src/lib/visible-text.ts';

describe('visibleText', () => {
  it('leaves ordinary text alone, whatever its script', () => {
    for (const s of ['admin', 'café', 'שלום', 'مرحبا', '漢字', '👍🏽', 'a\\b'])
      expect(visibleText(s)).toBe(s);
    expect(hasHiddenCharacters('admin')).toBe(false);
    // A zero-width joiner is shown even inside an emoji sequence: it can hide in any name.
    expect(hasHiddenCharacters('👩\u200d💻')).toBe(true);
  });

  it('shows controls as \\x escapes (a newline, ESC, DEL, C1)', () => {
    expect(visibleText('line\nbreak')).toBe('line\\x0abreak');
    expect(visibleText('\x1b[31mred')).toBe('\\x1b[31mred');
    expect(visibleText('a\tb\rc\x7f\x85')).toBe('a\\x09b\\x0dc\\x7f\\x85');
  });

  it('shows bidi controls, zero-width and invisible characters as \\u{…}', () => {
    expect(visibleText('png.\u202eexe')).toBe('png.\\u{202e}exe');
    expect(visibleText('ad\u200bmin')).toBe('ad\\u{200b}min');
    expect(visibleText('\u2066x\u2069\u200e\u200f\u061c')).toBe(
      '\\u{2066}x\\u{2069}\\u{200e}\\u{200f}\\u{061c}',
    );
    expect(visibleText('\ufeff\u00ad\u2060\u3164')).toBe('\\u{feff}\\u{00ad}\\u{2060}\\u{3164}');
    expect(visibleText('tag\u{e0041}')).toBe('tag\\u{e0041}');
    expect(visibleText('lone \ud800 surrogate')).toBe('lone \\u{d800} surrogate');
  });

  it('makes a name of only invisible characters visible', () => {
    const name = '\u200b\u200c\u200d\u2060';
    expect(visibleText(name)).toBe('\\u{200b}\\u{200c}\\u{200d}\\u{2060}');
    expect(visibleText(name).trim()).not.toBe('');
  });

  it('is what the CLI prints', () => {
    expect(printable('x\u202ey\n')).toBe(visibleText('x\u202ey\n'));
  });
});
