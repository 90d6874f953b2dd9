import type { DroppedFile } from '../../workers/protocol.ts';

/**
 * Turns a drop into an input for the worker: one dropped file stays a File; a dropped folder
 * (or several files) becomes a list of files with their relative paths, read through
 * `webkitGetAsEntry` because `DataTransfer.files` does not descend into folders.
 */
export async function inputFromDrop(data: DataTransfer): Promise<File | DroppedFile[] | null> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 1 && entries[0]?.isFile) return data.files[0] ?? null;
  if (entries.length === 0) return data.files[0] ?? null;
  const files: DroppedFile[] = [];
  for (const entry of entries) await collect(entry, files);
  return files;
}

/** Files picked with `<input webkitdirectory>` carry their folder path in `webkitRelativePath`. */
export function inputFromPicker(list: FileList): File | DroppedFile[] | null {
  const files = [...list];
  if (files.length === 0) return null;
  if (files.length === 1 && !files[0]?.webkitRelativePath) return files[0] ?? null;
  return files.map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

async function collect(entry: FileSystemEntry, out: DroppedFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ path, file });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns the listing in batches (100 in Chromium) until an empty batch.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (batch.length === 0) break;
      for (const child of batch) await collect(child, out);
    }
  }
}
