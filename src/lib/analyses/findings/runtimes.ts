/**
 * JIT runtimes keep writable and executable code caches on purpose. They are recognised from
 * what the process has mapped (the runtime's own library or executable), never from its name
 * alone: a process calling itself `java` proves nothing.
 */
import type { ProcessInfo } from '../../model/types.ts';
import { basename } from './paths.ts';
import { fileOrMemfd } from './vma-kinds.ts';

interface Runtime {
  name: string;
  /** Matched against the basename of every file-backed mapping. */
  file: RegExp;
}

const RUNTIMES: readonly Runtime[] = [
  { name: 'JVM (HotSpot)', file: /^libjvm\.so$/ },
  { name: 'OpenJ9', file: /^libj9jit\d*\.so$/ },
  { name: 'Node.js (V8)', file: /^(node|nodejs|libnode\.so(\.\d+)*)$/ },
  { name: 'V8', file: /^libv8\.so$/ },
  { name: '.NET (CoreCLR)', file: /^(libcoreclr\.so|libclrjit\.so)$/ },
  { name: 'Mono', file: /^libmonosgen-2\.0\.so(\.\d+)*$/ },
  { name: 'LuaJIT', file: /^(luajit[\w.-]*|libluajit[\w.-]*\.so(\.\d+)*)$/ },
  { name: 'PyPy', file: /^libpypy[\w.-]*\.so$/ },
  { name: 'Erlang BEAM JIT', file: /^beam\.(smp|jit)$/ },
  { name: 'Chromium/Electron', file: /^(chrome|electron|libcef\.so)$/ },
];

/** The JIT runtime this process has mapped, and the file that says so. */
export function jitRuntime(p: ProcessInfo): { name: string; file: string } | undefined {
  for (const v of p.maps) {
    if (!v.path || !fileOrMemfd(v)) continue;
    const base = basename(v.path);
    const hit = RUNTIMES.find((r) => r.file.test(base));
    if (hit) return { name: hit.name, file: v.path };
  }
  return undefined;
}
