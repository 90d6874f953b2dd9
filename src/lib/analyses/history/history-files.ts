/**
 * History files a shell or REPL writes (`.bash_history`, `.ash_history`, `.python_history`,
 * `.zsh_history`…), wherever the checkpoint has a trace of them: the container's root file
 * system changes (content), ghost files (deleted but still open: content), deleted.files
 * (the path only: the content is gone).
 */
import type { CheckpointModel } from '../../model/types.ts';
import { utcOf } from './readline.ts';
import type { HistoryFile, HistoryFileEntry } from './types.ts';

const HISTORY_NAMES = new Set([
  '.bash_history',
  '.ash_history',
  '.sh_history',
  '.zsh_history',
  '.zhistory',
  '.history',
  '.python_history',
  '.mysql_history',
  '.psql_history',
  '.sqlite_history',
  '.node_repl_history',
  '.lesshst',
  '.rediscli_history',
  '.irb_history',
]);

export function isHistoryPath(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  return HISTORY_NAMES.has(name) || (name.startsWith('.') && name.endsWith('_history'));
}

/** A history file's lines: bash's `#<epoch>` lines give the next command its time; zsh's extended lines `: <epoch>:<elapsed>;cmd` carry theirs. */
export function parseHistoryText(text: string): HistoryFileEntry[] {
  const out: HistoryFileEntry[] = [];
  let pending: number | undefined;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const stamp = /^#(\d{9,11})$/.exec(line);
    if (stamp) {
      pending = Number(stamp[1]);
      continue;
    }
    const zsh = /^: (\d{9,11}):\d+;(.*)$/.exec(line);
    const command = zsh ? zsh[2]! : line;
    const timestamp = zsh ? Number(zsh[1]) : pending;
    pending = undefined;
    const entry: HistoryFileEntry = { command };
    if (timestamp !== undefined) {
      entry.timestamp = timestamp;
      const utc = utcOf(timestamp);
      if (utc) entry.timeUtc = utc;
    }
    out.push(entry);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');
/** History files are small; a larger one is listed but not parsed whole. */
const MAX_PARSE = 16 << 20;

export async function historyFiles(
  model: CheckpointModel,
  readRootfsFile?: (path: string) => Promise<Uint8Array | undefined>,
): Promise<HistoryFile[]> {
  const out: HistoryFile[] = [];
  for (const e of model.fsChanges.rootfsDiff?.entries ?? []) {
    if (!isHistoryPath(e.path)) continue;
    const file: HistoryFile = {
      source: 'rootfs-diff',
      path: '/' + e.path.replace(/^\/+/, ''),
      size: e.size,
      entries: [],
      notes: [],
    };
    if (e.type !== 'file') file.notes.push(`a ${e.type}, not a regular file`);
    else if (e.size > MAX_PARSE) file.notes.push(`larger than ${MAX_PARSE} bytes: not parsed`);
    else if (readRootfsFile) {
      const bytes = await readRootfsFile(e.path);
      if (bytes) file.entries = parseHistoryText(utf8.decode(bytes));
      else file.notes.push('its content could not be read from rootfs-diff.tar');
    }
    out.push(file);
  }
  for (const g of model.ghostFiles) {
    if (!g.path || !isHistoryPath(g.path)) continue;
    const file: HistoryFile = {
      source: 'ghost-file',
      path: g.path,
      ghostId: g.ghostId,
      fileIds: g.fileIds,
      entries: [],
      notes: [],
    };
    if (g.size !== undefined) file.size = Number(g.size);
    if (g.content) file.entries = parseHistoryText(utf8.decode(g.content.subarray(0, MAX_PARSE)));
    else file.notes.push('the ghost file image holds no content');
    out.push(file);
  }
  for (const path of model.fsChanges.deletedFiles) {
    if (!isHistoryPath(path)) continue;
    out.push({
      source: 'deleted',
      path,
      entries: [],
      notes: ['deleted from the image before the checkpoint: only its name is left'],
    });
  }
  return out;
}
