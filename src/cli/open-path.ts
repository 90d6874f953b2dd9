import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../lib/archive/open-archive.ts';
import type { Archive, FolderFile, OpenOptions } from '../lib/archive/types.ts';
import { CliError } from './command.ts';

/** Files of a directory tree, named relative to the directory's parent like a dropped folder. */
async function folderFiles(dir: string): Promise<FolderFile[]> {
  const base = path.dirname(path.resolve(dir));
  const out: FolderFile[] = [];
  const walk = async (d: string) => {
    for (const entry of await fs.promises.readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        out.push({
          path: path.relative(base, full).split(path.sep).join('/'),
          blob: await fs.openAsBlob(full),
        });
      }
    }
  };
  await walk(dir);
  return out;
}

/**
 * Open a checkpoint named on the command line: a file (read lazily through a Blob, as the
 * browser does with a dropped File) or a directory (as a dropped folder).
 */
export async function openPath(file: string, options: OpenOptions = {}): Promise<Archive> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot open ${file}: ${code === 'ENOENT' ? 'no such file or directory' : String(code)}`,
    );
  }
  const name = path.basename(file);
  if (stat.isDirectory()) return openArchive(await folderFiles(file), { ...options, name });
  if (!stat.isFile()) throw new CliError(`cannot open ${file}: not a regular file or directory`);
  return openArchive(await fs.openAsBlob(file), { ...options, name });
}
