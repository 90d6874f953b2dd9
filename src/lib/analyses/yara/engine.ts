/**
 * The YARA engine: libyara-wasm (YARA 4 built with Emscripten, the build CyberChef uses),
 * loaded on first use — its ~1.2 MB of code and embedded wasm stay out of the start-up path.
 * The same module runs in the worker and in Node: the generated wrapper hides the host's
 * globals from it (no Node branch, no fetch) and gives it an eval-free `Function`, so it works
 * under the page's CSP (`wasm-unsafe-eval` only).
 *
 * The engine's one entry point is `run(data, rules)`: it compiles the rules on EVERY call (no
 * compiled-rules handle is exposed). Data and rules are passed as Uint8Arrays, which its
 * std::string binding copies byte for byte into the wasm heap (a JS string would have to be
 * built byte for byte too; `TextDecoder('latin1')` is windows-1252 and changes 0x80–0x9F).
 */
import type { EmbindVector, LibyaraModule, LibyaraResult } from './generated/libyara-wasm.js';
import { NoEvalFunction } from './no-eval-function.ts';

export interface YaraMessage {
  /** 1-based line of the rules text (0 when the engine gave none). */
  line: number;
  message: string;
}

export interface YaraStringMatch {
  /** `$a`, `$h1`… as written in the rule. */
  identifier: string;
  /** Offset in the scanned data. */
  offset: number;
  length: number;
}

export interface YaraRuleMatch {
  rule: string;
  /** Meta values as the engine gives them: text; integers and booleans as their text. */
  meta: Array<{ key: string; value: string }>;
  strings: YaraStringMatch[];
}

export interface YaraRun {
  errors: YaraMessage[];
  warnings: YaraMessage[];
  matches: YaraRuleMatch[];
  /** Output of the `console` module. */
  console: string[];
}

export interface YaraEngine {
  /** Compiles `rules` and scans `data` with them (the engine cannot keep compiled rules). */
  run(data: Uint8Array, rules: Uint8Array): YaraRun;
  /**
   * Gives the engine's memory back when it has grown past `HEAP_RENEW_BYTES`, by starting a
   * fresh instance. A long scan awaits it between blocks: libyara-wasm keeps 8–10 MiB of its
   * heap per call (measured on 16 MiB blocks) and a wasm heap never shrinks, so without it a
   * 4 GiB checkpoint ran the heap into its 2 GiB ceiling ("memory access out of bounds").
   */
  settle(): Promise<void>;
  /** The engine's current wasm heap in bytes (for tests and the bench). */
  heapBytes(): number;
}

/** Above this heap size `settle()` starts a fresh instance (the limit is 2 GiB). */
export const HEAP_RENEW_BYTES = 512 * 2 ** 20;

let loading: Promise<YaraEngine> | undefined;

/** The engine, instantiated once per thread on first use. */
export function loadYaraEngine(): Promise<YaraEngine> {
  loading ??= instantiate().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

async function instantiate(): Promise<YaraEngine> {
  const { libyaraFactory } = await import('./generated/libyara-wasm.js');
  const printed: string[] = [];
  const fresh = (): Promise<LibyaraModule> =>
    libyaraFactory(NoEvalFunction)({
      // The engine prints only through the console module and on aborts; keep it off stdout.
      print: (t) => printed.push(t),
      printErr: (t) => printed.push(t),
    });
  let module = await fresh();
  const heapBytes = () => (module as unknown as { HEAP8: Int8Array }).HEAP8.length;
  return {
    run(data, rules) {
      printed.length = 0;
      const result = module.run(data, rules);
      try {
        return convert(result);
      } finally {
        result.delete();
      }
    },
    async settle() {
      // The old instance has no other reference once replaced: its memory is collected.
      if (heapBytes() > HEAP_RENEW_BYTES) module = await fresh();
    },
    heapBytes,
  };
}

/** Embind vectors are handles into the wasm heap: read them into plain data, then free them. */
function list<T>(v: EmbindVector<T>): T[] {
  try {
    const out: T[] = [];
    for (let i = 0; i < v.size(); i++) out.push(v.get(i));
    return out;
  } finally {
    v.delete();
  }
}

function convert(r: LibyaraResult): YaraRun {
  const errors: YaraMessage[] = [];
  const warnings: YaraMessage[] = [];
  for (const e of list(r.compileErrors)) {
    (e.warning ? warnings : errors).push({ line: e.lineNumber, message: e.message });
  }
  const matches = list(r.matchedRules).map((m) => ({
    rule: m.ruleName,
    meta: list(m.metadata).map((x) => ({ key: x.identifier, value: x.data })),
    strings: list(m.resolvedMatches).map((s) => ({
      identifier: s.stringIdentifier,
      offset: Number(s.location),
      length: Number(s.matchLength),
    })),
  }));
  return { errors, warnings, matches, console: list(r.consoleLogs) };
}
