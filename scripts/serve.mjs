#!/usr/bin/env node
// A tiny static server for the built page, with no dependencies, so that an air-gapped laptop
// needs nothing beyond Node. It binds to 127.0.0.1 only and sends a strict Content Security
// Policy header: a meta CSP does not reach a worker loaded from a URL (measured), a header does.
//
//   node scripts/serve.mjs [DIR] [--port N]      (default DIR=dist, port $PORT or 5174; 0 = any)
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The served build's policy. `wasm-unsafe-eval` lets the worker compile the zstd WebAssembly
 * decoder (it allows WebAssembly compilation only, not JS eval); src/lib/archive/zstd.ts
 * compiles its embedded bytes without any fetch, so connect-src stays 'self'.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.zst': 'application/zstd',
  '.gz': 'application/gzip',
  '.tar': 'application/x-tar',
};

/** Start serving `root`; resolves with the server and its URL once listening. */
export function serve(root, port = 0, host = '127.0.0.1') {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    void handle(base, req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}

async function handle(base, req, res) {
  const headers = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, headers).end();
    return;
  }
  let rel;
  try {
    rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400, headers).end();
    return;
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.join(base, path.normalize(rel));
  // Never serve outside the root, whatever the request path says.
  if (file !== base && !file.startsWith(base + path.sep)) {
    res.writeHead(403, headers).end();
    return;
  }
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new Error('not a file');
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  } catch {
    res
      .writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
      .end('not found');
  }
}

function parseArgs(argv) {
  let dir = 'dist';
  let port = process.env.PORT ? Number(process.env.PORT) : 5174;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') port = Number(argv[++i]);
    else dir = argv[i];
  }
  return { dir, port };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { dir, port } = parseArgs(process.argv.slice(2));
  try {
    await fs.access(path.join(dir, 'index.html'));
  } catch {
    console.error(`${dir}/index.html not found: run "npm run build" first`);
    process.exit(1);
  }
  const { url } = await serve(dir, port);
  console.log(`cc-analyser is served at ${url}  (Ctrl+C to stop)`);
  console.log(`single-file build for file:// use: ${path.join(dir, 'cc-analyser.html')}`);
}
