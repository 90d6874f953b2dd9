import type { Engine } from '../archive/types.ts';

/** Bytes the way checkpointctl prints them: `N B` below 1 KiB, else one decimal, 1024-based. */
export function formatBytes(bytes: number | bigint): string {
  const b = Number(bytes);
  if (b < 1024) return `${b} B`;
  let div = 1024;
  let exp = 0;
  for (let n = Math.floor(b / 1024); n >= 1024; n = Math.floor(n / 1024)) {
    div *= 1024;
    exp++;
  }
  return `${(b / div).toFixed(1)} ${'KMGTPE'[exp]}iB`;
}

/** CRIU reports its times in microseconds. */
export function formatMicroseconds(us: number | bigint | undefined): string {
  if (us === undefined) return '-';
  const n = Number(us);
  if (n < 1000) return `${n} µs`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} ms`;
  return `${(n / 1_000_000).toFixed(2)} s`;
}

const ENGINE_LABELS: Record<Engine, string> = {
  podman: 'Podman',
  'cri-o': 'CRI-O',
  containerd: 'containerd',
  'bare-criu': 'CRIU (no engine)',
  unknown: 'unknown',
};

export function engineLabel(engine: Engine): string {
  return ENGINE_LABELS[engine];
}
