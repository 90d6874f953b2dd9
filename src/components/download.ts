/**
 * The browser side of a download. Only `src/state/artefacts.ts` calls it: every file the page
 * writes is hashed and listed in the artefact manifest there.
 *
 * Saves a Blob as a file through a blob: URL on an <a download>: works the same served and
 * from file://, needs no network and no CSP exception, and a Blob built from a stream may live
 * on disk rather than in the page's heap.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
