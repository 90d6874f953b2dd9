/**
 * Saves bytes produced in the worker as a file. A blob: URL on an <a download> works the same
 * served and from file://, needs no network and no CSP exception.
 */
export function saveBytes(bytes: Uint8Array<ArrayBuffer>, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
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
