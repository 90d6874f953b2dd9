/**
 * What most end-to-end files share: one served build and one Chromium for the whole file,
 * watched pages of that build, and the offences a clean run ends with.
 */
import { afterAll, beforeAll } from 'vitest';
import { openThroughInput } from './checks.ts';
import { launchChromium, startServer, watchedPage, type Browser, type Served } from './harness.ts';

/** The offences of a run that did nothing it must not do (see `Offences`). */
export const CLEAN = { offOrigin: [], consoleErrors: [], pageErrors: [], cspViolations: [] };

export type Watched = Awaited<ReturnType<typeof watchedPage>>;

export interface ServedChromium {
  readonly server: Served;
  readonly browser: Browser;
  /** A new watched page at the start page: any request outside the origin is an offence. */
  page(): Promise<Watched>;
  /** The same with `file` opened through the page's file input. */
  open(file: string): Promise<Watched>;
}

/** Starts the server and Chromium before the file's tests and stops them after. */
export function servedChromium(): ServedChromium {
  let server: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!server || !browser) throw new Error('the served build is not started yet');
    return { server, browser };
  };
  const page = async (): Promise<Watched> => {
    const { server, browser } = started();
    const origin = new URL(server.url).origin;
    const watched = await watchedPage(browser.context, (url) => new URL(url).origin === origin);
    await watched.page.goto(server.url);
    return watched;
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    page,
    async open(file: string) {
      const watched = await page();
      await openThroughInput(watched.page, file);
      return watched;
    },
  };
}
