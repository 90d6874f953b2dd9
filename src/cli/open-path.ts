import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../lib/archive/open-archive.ts';
import type { Archive, FolderFile, OpenOptions } from '../lib/archive/types.ts';
import { CliError } from './command.ts';
import { NodeFileSource } from './node-file-source.ts';
import { nodeGunzip } from './node-gunzip.ts';
import { nodeSha256 } from './node-hash.ts';
import { chooseZstd } from './native-zstd.ts';
import { TempFileSink } from './temp-file-sink.ts';

/** Files of a directory tree, named relative to the directory's parent like a dropped folder. */
async function folderFiles(dir: string, opened: NodeFileSource[]): Promise<FolderFile[]> {
  const base = path.dirname(path.resolve(dir));
  const out: FolderFile[] = [];
  const walk = async (d: string) => {
    for (const entry of await fs.promises.readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const source = await NodeFileSource.open(full);
        opened.push(source);
        out.push({ path: path.relative(base, full).split(path.sep).join('/'), blob: source });
      }
    }
  };
  await walk(dir);
  return out;
}

/**
 * Open a checkpoint named on the command line: a file (read lazily by offset, as the browser
 * reads a dropped File) or a directory (as a dropped folder). The archive's `dispose()` also
 * closes the files opened here. Large members of a compressed archive go to a temporary file
 * (removed on dispose), so memory stays bounded whatever the archive's size.
 */
export async function openPath(file: string, openOptions: OpenOptions = {}): Promise<Archive> {
  const sink = new TempFileSink();
  const zstd = chooseZstd();
  const options: OpenOptions = {
    createHash: nodeSha256,
    gunzip: nodeGunzip,
    ...(zstd.decompress ? { unzstd: zstd.decompress } : {}),
    largeMemberSink: sink,
    ...openOptions,
  };
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot open ${file}: ${code === 'ENOENT' ? 'no such file or directory' : String(code)}`,
    );
  }
  if (!stat.isDirectory() && !stat.isFile()) {
    throw new CliError(`cannot open ${file}: not a regular file or directory`);
  }
  const name = path.basename(file);
  const opened: NodeFileSource[] = [];
  const closeAll = () =>
    Promise.all([
      ...opened.map((s) => s.close().catch(() => undefined)),
      sink.dispose().catch(() => undefined),
    ]);
  try {
    let archive: Archive;
    if (stat.isDirectory()) {
      archive = await openArchive(await folderFiles(file, opened), { ...options, name });
    } else {
      const source = await NodeFileSource.open(file);
      opened.push(source);
      archive = await openArchive(source, { ...options, name });
    }
    const disposeArchive = archive.dispose.bind(archive);
    return Object.assign(archive, {
      dispose: async () => {
        await disposeArchive();
        await closeAll();
      },
    });
  } catch (e) {
    await closeAll();
    if ((e as NodeJS.ErrnoException).code === 'EACCES')
      throw new CliError(`cannot open ${file}: permission denied`);
    throw e;
  }
}
