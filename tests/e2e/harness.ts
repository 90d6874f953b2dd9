/**
 * Shared end-to-end harness: serve dist/, launch Debian's Chromium (never a downloaded one)
 * with a fresh profile, and watch every page for what must never happen: a request outside
 * its own origin, a console error, an uncaught exception, a CSP violation.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The same server `npm start` uses, so the tests see the production CSP header.
import { serve } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const SINGLE_FILE_URL = pathToFileURL(path.join(DIST, 'cc-analyser.html')).href;
export const SHOTS = path.join(ROOT, 'tests/e2e/shots');

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function startServer(dir = DIST): Promise<Served> {
  const { server, url } = (await serve(dir, 0)) as {
    server: import('node:http').Server;
    url: string;
  };
  return {
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'cc-analyser-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that it must not do. Empty lists at the end of a test mean a clean run. */
export interface Offences {
  offOrigin: string[];
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/**
 * Opens a new page in `context` that records offences. `allowed(url)` says which request URLs
 * are the page's own (its origin, or for file:// the single HTML file itself).
 */
export async function watchedPage(
  context: BrowserContext,
  allowed: (url: string) => boolean,
): Promise<{ page: Page; offences: Offences; collectCsp: () => Promise<void> }> {
  const page = await context.newPage();
  const offences: Offences = {
    offOrigin: [],
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
  };
  // Installed before any page script: collects violations the page's CSP reports.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  // Chromium reports a dedicated worker's requests on its page too.
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!allowed(url)) offences.offOrigin.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') offences.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => offences.pageErrors.push(err.message));
  const collectCsp = async () => {
    const list = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
    offences.cspViolations.push(...list);
  };
  return { page, offences, collectCsp };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
