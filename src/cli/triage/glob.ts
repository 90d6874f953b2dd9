/**
 * The small glob language of `triage` arguments: `*` and `?` within one path part, `**` for
 * any number of folders. Shells expand unquoted globs themselves; this is for quoted ones and
 * for Jobs whose command line has no shell.
 */
export function hasGlob(text: string): boolean {
  return /[*?]/.test(text);
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` anything below.
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // Walked paths may carry a leading `./` the pattern did not have, or the reverse.
  return new RegExp(`^(?:\\./)?${re.replace(/^\\\.\//, '')}$`);
}
