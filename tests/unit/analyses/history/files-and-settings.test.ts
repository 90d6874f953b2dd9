import { describe, expect, it } from 'vitest';
import { antiForensics } from '../../../../src/lib/analyses/history/anti-forensics.ts';
import { historyFindings } from '../../../../src/lib/analyses/history/findings.ts';
import {
  historyFiles,
  isHistoryPath,
  parseHistoryText,
} from '../../../../src/lib/analyses/history/history-files.ts';
import type { ProcessHistory } from '../../../../src/lib/analyses/history/types.ts';
import type { CheckpointModel } from '../../../../src/lib/model/types.ts';

/** The parts of a model these analyses read; the rest is never touched. */
function model(parts: {
  environ?: string[];
  ociEnv?: string[];
  rootfs?: { path: string; size: number }[];
  ghosts?: { ghostId: number; path: string; content: string }[];
  deleted?: string[];
}): CheckpointModel {
  return {
    processes: [{ pid: 5, comm: 'bash', environ: parts.environ }],
    container: { ociProcess: parts.ociEnv ? { args: [], env: parts.ociEnv } : undefined },
    ghostFiles: (parts.ghosts ?? []).map((g) => ({
      ghostId: g.ghostId,
      fileIds: [40],
      path: g.path,
      content: new TextEncoder().encode(g.content),
    })),
    fsChanges: {
      rootfsDiff: {
        member: 'rootfs-diff.tar',
        entries: (parts.rootfs ?? []).map((f) => ({ ...f, type: 'file', mode: 0o600 })),
      },
      deletedFiles: parts.deleted ?? [],
    },
  } as unknown as CheckpointModel;
}

describe('history files', () => {
  it('knows history file names', () => {
    expect(isHistoryPath('root/.bash_history')).toBe(true);
    expect(isHistoryPath('/home/a/.python_history')).toBe(true);
    expect(isHistoryPath('/root/.zsh_history')).toBe(true);
    expect(isHistoryPath('/root/.bashrc')).toBe(false);
  });

  it('parses bash timestamps and zsh extended lines', () => {
    expect(parseHistoryText('#1700000000\nls -l\npwd\n: 1700000100:0;id\n')).toEqual([
      { command: 'ls -l', timestamp: 1700000000, timeUtc: '2023-11-14T22:13:20Z' },
      { command: 'pwd' },
      { command: 'id', timestamp: 1700000100, timeUtc: '2023-11-14T22:15:00Z' },
    ]);
  });

  it('reads them from the rootfs diff and ghost files, and names deleted ones', async () => {
    const m = model({
      rootfs: [
        { path: 'root/.bash_history', size: 20 },
        { path: 'etc/passwd', size: 10 },
      ],
      ghosts: [{ ghostId: 3, path: '/home/u/.ash_history', content: 'wget x\nsh x\n' }],
      deleted: ['/root/.python_history', '/tmp/other'],
    });
    const files = await historyFiles(m, async (p) =>
      p === 'root/.bash_history'
        ? new TextEncoder().encode('#1700000000\ncat /etc/shadow\n')
        : undefined,
    );
    expect(files).toEqual([
      {
        source: 'rootfs-diff',
        path: '/root/.bash_history',
        size: 20,
        entries: [
          { command: 'cat /etc/shadow', timestamp: 1700000000, timeUtc: '2023-11-14T22:13:20Z' },
        ],
        notes: [],
      },
      {
        source: 'ghost-file',
        path: '/home/u/.ash_history',
        ghostId: 3,
        fileIds: [40],
        entries: [{ command: 'wget x' }, { command: 'sh x' }],
        notes: [],
      },
      {
        source: 'deleted',
        path: '/root/.python_history',
        entries: [],
        notes: ['deleted from the image before the checkpoint: only its name is left'],
      },
    ]);
  });
});

describe('history anti-forensics', () => {
  it('finds settings in environments and commands in history, each a finding', () => {
    const m = model({
      environ: ['HISTFILE=/dev/null', 'HISTSIZE=0', 'HISTTIMEFORMAT=%F %T ', 'HISTFILESIZE=500'],
      ociEnv: ['HISTFILESIZE=0'],
    });
    const bash: ProcessHistory = {
      pid: 5,
      kind: 'readline',
      entries: [
        {
          pid: 5,
          index: 1,
          command: 'ls',
          entryAddress: 0x100n,
          foundBy: 'timestamp',
          inList: true,
        },
        {
          pid: 5,
          index: 2,
          command: 'unset HISTFILE',
          entryAddress: 0x200n,
          foundBy: 'timestamp',
          inList: true,
        },
      ],
      notes: [],
    };
    const found = antiForensics(m, [bash]);
    expect(found).toEqual([
      { pid: 5, where: 'environment of pid 5', what: 'HISTFILE=/dev/null' },
      { pid: 5, where: 'environment of pid 5', what: 'HISTSIZE=0' },
      { where: 'the container configuration (config.dump/spec.dump)', what: 'HISTFILESIZE=0' },
      { pid: 5, where: 'history of pid 5', what: 'unset HISTFILE', address: 0x200n },
    ]);
    const findings = historyFindings({
      processes: [bash],
      files: [],
      antiForensics: found,
      problems: [],
    });
    expect(findings).toHaveLength(4);
    expect(findings[0]).toMatchObject({
      rule: { id: 'history.disabled', severity: 'medium' },
      pid: 5,
      summary: 'HISTFILE=/dev/null in the environment of pid 5',
      evidence: [{ target: { to: 'process', pid: 5 } }],
    });
    expect(findings[3]!.evidence[0]!.target).toEqual({ to: 'address', pid: 5, address: 0x200n });
  });
});
