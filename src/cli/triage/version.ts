import { createRequire } from 'node:module';

/** cc-analyser's version, from package.json: written into every triage document. */
export const TOOL_VERSION: string = (() => {
  try {
    const pkg = createRequire(import.meta.url)('../../../package.json') as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();
