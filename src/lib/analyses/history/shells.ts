/**
 * Which shell a process is, and what this analysis can say about shells whose history is not
 * kept the way readline keeps it. Said plainly, so that an empty history is never mistaken
 * for "nothing was typed".
 */
import type { ProcessInfo } from '../../model/types.ts';
import type { ProcessHistory } from './types.ts';

/** The names busybox's ash applet answers to (argv[0] or comm; `-sh` is a login shell). */
const ASH_APPLETS = /^-?(sh|ash)$/;

export function shellKind(
  p: Pick<ProcessInfo, 'exe' | 'comm' | 'cmdline'>,
): ProcessHistory['kind'] | undefined {
  const exe =
    (p.exe ?? '')
      .replace(/ \(deleted\)$/, '')
      .split('/')
      .pop() ?? '';
  const name = exe || p.comm;
  if (/^(bash|rbash)$/.test(name)) return 'readline';
  if (name === 'dash') return 'dash';
  if (name === 'ash') return 'busybox-ash';
  if (name === 'busybox') {
    // One binary, many applets: only its shell keeps a history (httpd, sleep… do not).
    const argv0 = (p.cmdline?.[0] ?? '').split('/').pop() ?? '';
    return ASH_APPLETS.test(p.comm ?? '') || ASH_APPLETS.test(argv0) ? 'busybox-ash' : undefined;
  }
  if (name === 'zsh') return 'zsh';
  if (/^(sh|ksh|mksh|tcsh|csh|fish)$/.test(name)) return 'other-shell';
  return undefined;
}

/** What cannot be recovered for a shell of this kind, when memory gave no readline history. */
export function shellNote(kind: ProcessHistory['kind']): string | undefined {
  switch (kind) {
    case 'dash':
      return 'dash keeps no command history (it is built without line editing): nothing to recover but the last line read, which may remain in its input buffer (use Search on its memory)';
    case 'busybox-ash':
      return 'no history line recovered from memory (look for .ash_history below, and use Strings or Search on its memory)';
    case 'zsh':
      return 'zsh keeps its history in its own structures (not readline): not recovered from memory; look for .zsh_history below';
    case 'other-shell':
      return 'this shell does not use GNU readline: its in-memory history is not recovered (fish keeps it in its own C++ structures, ksh/mksh in their own; look for their history files below)';
    case 'readline':
      return undefined;
  }
}
