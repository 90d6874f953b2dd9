import { BlobSource, type ByteSource } from './byte-source.ts';
import { ArchiveContents, normalizeMemberPath } from './contents.ts';
import type { FolderFile } from './types.ts';

/**
 * A dropped folder (for instance a bare CRIU images directory of `*.img` files, or an
 * unpacked engine export): each file is read straight from its Blob, like a tar member.
 * Parent folders are added as directory members so the listing looks like a tar's.
 */
export function openFolder(files: FolderFile[]): ArchiveContents {
  const contents = new ArchiveContents();
  const dirs = new Set<string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) {
    const path = normalizeMemberPath(f.path.replace(/^\/+/, ''));
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (dirs.has(dir)) continue;
      dirs.add(dir);
      contents.add(
        { path: dir, type: 'directory', size: 0, mode: 0o755, mtime: 0, available: false },
        undefined,
      );
    }
    const isBlob = typeof Blob !== 'undefined' && f.blob instanceof Blob;
    const source: ByteSource = isBlob ? new BlobSource(f.blob as Blob) : (f.blob as ByteSource);
    const lastModified = isBlob ? (f.blob as Partial<File>).lastModified : undefined;
    contents.add(
      {
        path,
        type: 'file',
        size: source.size,
        mode: 0o644,
        mtime: lastModified ? Math.floor(lastModified / 1000) : 0,
        available: true,
      },
      source,
    );
  }
  return contents;
}
