/**
 * Strings from a checkpoint are chosen by whoever controlled the container. Some characters
 * change what the reader sees without being seen themselves: C0/C1 controls (a terminal
 * escape, a newline inside a file name), bidirectional overrides and isolates (U+202E turns
 * `gnp.exe` into `exe.png` and reorders the text around it), zero-width and other invisible
 * characters (`ad\u200bmin` reads as `admin`; a name made only of them reads as blank).
 * `visibleText` replaces each with a visible escape so what is shown is what is there; the
 * CLI, the page and the exports' display text all go through it (JSON keeps the raw value).
 */

/** Code points escaped as `\u{…}`: bidi controls, invisible and zero-width characters. */
function invisible(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    code === 0x034f || // combining grapheme joiner
    code === 0x061c || // Arabic letter mark
    code === 0x115f ||
    code === 0x1160 || // Hangul fillers
    code === 0x17b4 ||
    code === 0x17b5 ||
    code === 0x180e || // Mongolian vowel separator
    (code >= 0x200b && code <= 0x200f) || // zero-width space/non-joiner/joiner, LRM, RLM
    (code >= 0x2028 && code <= 0x202e) || // line/paragraph separators, bidi embeddings
    (code >= 0x2060 && code <= 0x206f) || // word joiner, invisible operators, isolates
    code === 0x3164 ||
    code === 0xffa0 || // Hangul fillers
    code === 0xfeff || // zero-width no-break space (BOM)
    (code >= 0xfff9 && code <= 0xfffb) || // interlinear annotation
    (code >= 0xd800 && code <= 0xdfff) || // a lone surrogate (for…of yields pairs whole)
    (code >= 0x1bca0 && code <= 0x1bca3) || // shorthand format controls
    (code >= 0x1d173 && code <= 0x1d17a) || // musical format controls
    (code >= 0xe0000 && code <= 0xe007f) // tag characters
  );
}

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);

/** Whether `text` holds anything `visibleText` would escape. */
export function hasHiddenCharacters(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isControl(code) || invisible(code)) return true;
  }
  return false;
}

/**
 * `text` with control characters as `\xNN` (a newline is `\x0a`, ESC `\x1b`) and bidi,
 * zero-width and other invisible characters as `\u{NNNN}`. A literal backslash is kept as is:
 * the escapes are for reading, not for decoding back.
 */
export function visibleText(text: string): string {
  if (!hasHiddenCharacters(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isControl(code)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (invisible(code)) out += `\\u{${code.toString(16).padStart(4, '0')}}`;
    else out += ch;
  }
  return out;
}
