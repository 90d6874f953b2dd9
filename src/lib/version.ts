/**
 * cc-analyser's version, from package.json. Only this field is bundled: Vite and esbuild
 * tree-shake a named import of a JSON module, so the page, the worker and the CLI all carry
 * the version they were built from without a build-time step of their own.
 */
import { version } from '../../package.json';

export const CC_ANALYSER_VERSION: string = version;
