/**
 * `npm run cli -- report ARCHIVE -o FILE [--json]` on real fixtures: the report holds the
 * input's SHA-256 as `sha256sum` gives it, every finding's title, the container's created
 * time (identity and timeline); stderr and `--json` give the written file's SHA-256; the report has no script.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';
import { FIXTURES } from '../model/fixtures.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-report-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sha256sum = (file: string) =>
  execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;

/** The findings' titles as `findings --json` gives them: the report must name each. */
async function findingTitles(archive: string): Promise<string[]> {
  const r = await cli('findings', archive, '--json');
  const doc = JSON.parse(r.stdout) as { findings: { rule: { title: string } }[] };
  return doc.findings.map((f) => f.rule.title);
}

/** The engine's config.dump, read with tar itself (not through our archive reader). */
function engineConfig(archive: string): { createdTime: string; name: string } {
  const text = execFileSync('tar', ['--zstd', '-xOf', archive, 'config.dump'], {
    encoding: 'utf8',
  });
  return JSON.parse(text) as { createdTime: string; name: string };
}

/** The HTML's text for a plain-text comparison (the titles are written escaped). */
const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.each(['kitchen.tar.zst', 'shell.tar.zst'])('cli report %s', (name) => {
  const archive = path.join(FIXTURES, name);
  const out = path.join(tmp, `${name}.html`);

  it('writes one HTML file holding the input digest, the findings and the identity', async () => {
    const r = await cli('report', archive, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain(sha256sum(archive));
    const titles = await findingTitles(archive);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(unescape(html)).toContain(t);
    const config = engineConfig(archive);
    expect(html).toContain(config.name);
    expect(html).toContain(config.createdTime);
    // The timeline lists the container's creation at config.dump's time.
    const timeline = html.slice(html.indexOf('<section id="timeline">'));
    expect(timeline).toMatch(
      new RegExp(
        `<span class="mono">${config.createdTime}</span></td><td[^>]*>engine</td><td[^>]*>Container created<`,
      ),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;`,
    );
    // The digest of the written file, as sha256sum prints it.
    expect(r.stderr.split('\n')).toContain(`sha256 ${sha256sum(out)}  ${out}`);
  });

  it('--json gives the report data and the written file with its SHA-256', async () => {
    const jsonOut = path.join(tmp, `${name}.json.html`);
    const r = await cli('report', archive, '-o', jsonOut, '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      report: {
        input: { sha256: string; bytes: number };
        producer: string;
        timeline: { datetime: string; timestampDesc: string }[];
      };
      output: { path: string; bytes: number; sha256: string };
    };
    expect(doc.report.input.sha256).toBe(sha256sum(archive));
    expect(doc.report.input.bytes).toBe(fs.statSync(archive).size);
    expect(doc.report.producer).toBe('cli');
    const created = doc.report.timeline.find((e) => e.timestampDesc === 'Container created');
    expect(created?.datetime).toBe(engineConfig(archive).createdTime);
    expect(doc.output).toEqual({
      path: jsonOut,
      bytes: fs.statSync(jsonOut).size,
      sha256: sha256sum(jsonOut),
    });
  });
});

describe('cli report usage', () => {
  it('needs -o, and never writes over its input', async () => {
    const archive = path.join(FIXTURES, 'kitchen.tar.zst');
    expect((await cli('report', archive)).code).toBe(2);
    const self = await cli('report', archive, '-o', archive);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('-o names the input itself');
  });
});
