import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The committed decoder (src/lib/archive/generated/zstd-wasm.ts) is what zstd's sources build
 * to with the recorded toolchain: `npm run gen:zstd -- --check` rebuilds it and compares byte
 * for byte. `.ci/run` installs the toolchain (Debian's clang-19, lld-19, the wasm32 compiler-rt
 * and wasi-libc) and zstd-napi brings the sources; where either is missing, this file says so
 * and checks only that it really is missing.
 */
function toolchain(): string | undefined {
  try {
    execFileSync('clang-19', ['--version'], { stdio: 'pipe' });
  } catch {
    return 'clang-19 is not installed';
  }
  if (!existsSync('/usr/lib/wasm32-wasi/libc.a')) return 'wasi-libc is not installed';
  if (!existsSync('node_modules/zstd-napi/deps/zstd/lib/zstd.h'))
    return "zstd-napi's zstd sources are not installed";
  return undefined;
}

const missing = toolchain();

describe('the zstd decoder build', () => {
  // One test either way (no skipped test): the rebuild where the toolchain is, else the check
  // that it really is missing.
  const name = missing
    ? `cannot be rebuilt here (${missing})`
    : 'rebuilds byte for byte from the pinned zstd sources';
  it(
    name,
    () => {
      if (missing) {
        expect(missing).toMatch(/not installed$/);
        return;
      }
      const out = execFileSync('node', ['scripts/gen-zstd-wasm.mjs', '--check'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(out).toMatch(/is what the sources build to/);
    },
    120_000,
  );
});
