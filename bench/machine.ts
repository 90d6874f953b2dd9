import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

function version(cmd: string): string {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')[0]
      .trim();
  } catch {
    return 'not found';
  }
}

/** What a reader needs to compare these numbers with another machine's. */
export function machineFacts(): Record<string, string> {
  return {
    date: new Date().toISOString(),
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    chromium: version('/usr/bin/chromium --version'),
    tar: version('tar --version'),
    zstd: version('zstd --version'),
    gzip: version('gzip --version'),
    grep: version('grep --version'),
  };
}
