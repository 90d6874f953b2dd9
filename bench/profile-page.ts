/**
 * Where the page's time goes while it opens one archive: V8's CPU profiler in every worker
 * of the page (the analyser worker and the hash worker) and on the page itself, through the
 * DevTools protocol (playwright-core's CDP session, workers reached by auto-attach), from the
 * file input to the checkpoint shown and the SHA-256 shown. Prints self time by function,
 * per thread. `npx tsx bench/profile-page.ts FILE [TOP]` (needs `npm run build` first).
 */
import type { CDPSession } from 'playwright-core';
import { launchChromium, startServer } from '../tests/e2e/harness.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const READY = '[data-testid="process-tree"], [data-testid="container-0"]';

/** Self time (ms) by "function (file)" from the samples' time deltas. */
function selfTimes(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    if (!node) continue;
    const file = node.callFrame.url.split('/').pop() ?? '';
    const key = `${node.callFrame.functionName || '(anonymous)'} ${file}`.trim();
    // A sample's delta is the time until the next one: charge it to this sample's node.
    out.set(key, (out.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return out;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const top = Number(process.argv[3] ?? 25);
  if (!file) throw new Error('usage: profile-page.ts FILE [TOP]');
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    // Workers through the non-flat auto-attach: their protocol messages travel inside the page's.
    const workers = new Map<string, string>();
    let nextId = 1;
    const pending = new Map<number, (r: unknown) => void>();
    const send = (targetId: string, method: string, params: object = {}) =>
      new Promise<unknown>((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', {
          targetId,
          message: JSON.stringify({ id, method, params }),
        });
      });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown };
      if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
    });
    cdp.on('Target.attachedToTarget', (e) => {
      workers.set(e.targetInfo.targetId, e.targetInfo.url.split('/').pop() ?? e.targetInfo.url);
      void (async () => {
        await send(e.targetInfo.targetId, 'Profiler.enable');
        await send(e.targetInfo.targetId, 'Profiler.setSamplingInterval', { interval: 500 });
        await send(e.targetInfo.targetId, 'Profiler.start');
        await send(e.targetInfo.targetId, 'Runtime.runIfWaitingForDebugger');
      })();
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: false,
    });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="file-input"]', { state: 'attached' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
    const started = Date.now();
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForSelector(READY, { timeout: 30 * 60_000 });
    const shownMs = Date.now() - started;
    await page.waitForFunction(
      () =>
        /[0-9a-f]{64}/.test(document.querySelector('[data-testid="sha256"]')?.textContent ?? ''),
      undefined,
      { timeout: 30 * 60_000, polling: 100 },
    );
    const hashMs = Date.now() - started;
    const profiles: [string, Profile][] = [
      ['page', ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile],
    ];
    for (const [targetId, name] of workers) {
      const r = (await send(targetId, 'Profiler.stop')) as { profile?: Profile } | undefined;
      if (r?.profile) profiles.push([`worker ${name}`, r.profile]);
    }
    console.log(`checkpoint shown after ${shownMs} ms, SHA-256 shown after ${hashMs} ms`);
    for (const [thread, profile] of profiles) {
      const times = [...selfTimes(profile)].sort((a, b) => b[1] - a[1]);
      const total = times.reduce((s, [, ms]) => s + ms, 0);
      const busy = times
        .filter(([k]) => !/^\(idle\)|^\(program\)/.test(k))
        .reduce((s, [, ms]) => s + ms, 0);
      console.log(`\n## ${thread}: ${Math.round(total)} ms sampled, ${Math.round(busy)} ms busy`);
      for (const [key, ms] of times.slice(0, top))
        console.log(
          `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${key}`,
        );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
