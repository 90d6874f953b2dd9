// Types for the generated wrapper of libyara-wasm 1.2.1 (see scripts/gen-yara.mjs).

export interface EmbindVector<T> {
  size(): number;
  get(i: number): T;
  delete(): void;
}

export interface LibyaraResolvedMatch {
  location: number;
  matchLength: number;
  data: string;
  stringIdentifier: string;
  dataLength: number;
}

export interface LibyaraMeta {
  identifier: string;
  data: string;
}

export interface LibyaraMatchedRule {
  ruleName: string;
  resolvedMatches: EmbindVector<LibyaraResolvedMatch>;
  metadata: EmbindVector<LibyaraMeta>;
}

export interface LibyaraCompileError {
  message: string;
  lineNumber: number;
  warning: boolean;
}

export interface LibyaraResult {
  compileErrors: EmbindVector<LibyaraCompileError>;
  matchedRules: EmbindVector<LibyaraMatchedRule>;
  consoleLogs: EmbindVector<string>;
  delete(): void;
}

export interface LibyaraModule {
  /** Compiles `rules` and scans `data` with them; both are copied into the wasm heap. */
  run(data: Uint8Array, rules: Uint8Array): LibyaraResult;
}

export interface LibyaraOptions {
  print?: (text: string) => void;
  printErr?: (text: string) => void;
  wasmBinary?: ArrayBuffer;
}

export function libyaraFactory(
  Function: FunctionConstructor,
): (options?: LibyaraOptions) => Promise<LibyaraModule>;
