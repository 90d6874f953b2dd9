import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Two artifacts from one codebase:
//  - default mode: dist/ for any static server (module worker, OPFS available);
//  - `--mode single`: dist/cc-analyser.html, one self-contained file for file:// (double-click).
//    From file:// the page has a null origin: a blob *module* worker fails silently there and a
//    classic one works (measured), so this build inlines the worker as an iife.

const root = path.dirname(fileURLToPath(import.meta.url));
export const SINGLE_FILE = 'cc-analyser.html';

/** Directives shared by both builds; sources differ because file:// has no usable 'self'. */
function policy(script: string, style: string, extra: string[]): string {
  return [
    "default-src 'none'",
    // WebAssembly compilation only (the zstd decoder), never JS eval.
    `script-src ${script} 'wasm-unsafe-eval'`,
    `style-src ${style}`,
    ...extra,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The served build gets a meta CSP as a second line of defence for static servers that send no
 * header (scripts/serve.mjs sends the same policy as a header, which also covers the worker).
 * connect-src is 'self' only: src/lib/archive/zstd.ts loads zstd's wasm without a data: fetch.
 */
function servedCsp(): Plugin {
  const csp = policy("'self'", "'self'", [
    "worker-src 'self' blob:",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
  ]);
  return {
    name: 'cc-analyser:served-csp',
    // The dev server injects styles and its client inline; the policy is for builds.
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: csp },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * After the single-file plugin has inlined everything, pin each inline <script> and <style> by
 * hash in a meta CSP, so no 'unsafe-inline' is needed. A blob worker inherits this policy.
 */
function singleFileCsp(outDir: string): Plugin {
  return {
    name: 'cc-analyser:single-file-csp',
    enforce: 'post',
    async writeBundle() {
      const file = path.join(outDir, SINGLE_FILE);
      const html = await readFile(file, 'utf8');
      const hashes = (tag: string) =>
        [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
          sha256(m[1] ?? ''),
        );
      const csp = policy(
        hashes('script').join(' ') || "'none'",
        hashes('style').join(' ') || "'none'",
        ['worker-src blob:', 'img-src data: blob:', "connect-src 'none'"],
      );
      const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
      await writeFile(file, html.replace(/<head>/, `<head>\n    ${meta}`));
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const outDir = path.join(root, 'dist');
  return {
    base: './',
    plugins: single
      ? [svelte(), viteSingleFile({ outputFileName: SINGLE_FILE }), singleFileCsp(outDir)]
      : [svelte(), servedCsp()],
    resolve: {
      // The one place the two builds differ in code: how the workers are created.
      alias: single
        ? [
            {
              find: /^.*\/make-worker\.ts$/,
              replacement: path.join(root, 'src/worker-client/make-worker-inline.ts'),
            },
            {
              find: /^.*\/make-decode-worker\.ts$/,
              replacement: path.join(root, 'workers/make-decode-worker-inline.ts'),
            },
          ]
        : [],
    },
    // The single file must not carry the example archive; the served build copies public/.
    publicDir: single ? false : 'public',
    build: {
      outDir,
      // The single-file build runs second and adds its file next to the served build.
      emptyOutDir: !single,
      target: 'es2022',
    },
    worker: { format: single ? 'iife' : 'es' },
    test: {
      include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
});
