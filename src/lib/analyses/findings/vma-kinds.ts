/**
 * The VMA kinds the detectors ask about, in the one classification's words
 * (`src/lib/memory/vma.ts` `vmaKind`), so no rule compares against a word that no longer exists.
 */
import type { ProcessVma } from '../../model/types.ts';

/** A regular file maps it (private or shared). */
export function fileBacked(v: ProcessVma): boolean {
  return v.kind === 'file-private' || v.kind === 'file-shared';
}

/** A file or a memfd maps it: something with a name that code can be loaded from. */
export function fileOrMemfd(v: ProcessVma): boolean {
  return fileBacked(v) || v.kind === 'memfd';
}

/** Memory no file backs, where run-time code has no business being. */
export function anonymousLike(v: ProcessVma): boolean {
  return (
    v.kind === 'anon-private' || v.kind === 'anon-shared' || v.kind === 'heap' || v.kind === 'stack'
  );
}
