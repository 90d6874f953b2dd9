/**
 * The report renderer on inputs built here: every section, the CSP, no script and no external
 * reference, and hostile checkpoint strings (markup, attribute breakers, bidi controls, very
 * long strings) shown as text.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/lib/analyses/findings/types.ts';
import type { TimelineEvent } from '../../../src/lib/analyses/timeline/types.ts';
import type { ArtefactRecord, Bookmark } from '../../../src/lib/case/types.ts';
import { reportFileName } from '../../../src/lib/report/file-name.ts';
import { renderReport } from '../../../src/lib/report/render.ts';
import type { ReportContainer, ReportInput } from '../../../src/lib/report/types.ts';

const SHA = 'a'.repeat(64);

function container(name: string, overrides: Partial<ReportContainer> = {}): ReportContainer {
  return {
    index: 0,
    folder: '',
    identity: {
      engine: 'Podman',
      name,
      id: '0123456789abcdef',
      image: 'docker.io/library/busybox:latest',
      createdTime: '2026-11-30T10:00:00.000000001Z',
      checkpointedTime: '2026-11-30T10:05:00Z',
    },
    processes: {
      total: 2,
      shown: [
        { pid: 1, ppid: 0, depth: 0, comm: 'init', state: 'alive', cmdline: 'init --x' },
        { pid: 7, ppid: 1, depth: 1, comm: 'sh', state: 'alive', exe: '/bin/sh' },
      ],
    },
    listening: {
      total: 1,
      shown: [{ pid: 1, fd: 3, protocol: 'TCP', state: 'LISTEN', local: '0.0.0.0:8080' }],
    },
    established: {
      total: 1,
      shown: [
        {
          pid: 7,
          fd: 0,
          protocol: 'TCP',
          state: 'ESTABLISHED',
          local: '10.0.0.2:4444',
          remote: '10.0.0.9:53122',
        },
      ],
    },
    changedFiles: { total: 1, shown: [{ path: '/tmp/x', type: 'file', size: 12 }] },
    deletedFiles: { total: 0, shown: [] },
    ...overrides,
  };
}

function finding(summary: string, label = 'pid 7 fd 0'): Finding {
  return {
    rule: {
      id: 'network.reverse-shell',
      title: 'Reverse shell',
      severity: 'high',
      attack: 'T1059',
      why: 'A shell whose input is a socket is driven from elsewhere.',
      benign: 'Remote administration tools.',
    },
    summary,
    severity: 'high',
    pid: 7,
    evidence: [{ label, target: { to: 'fd', pid: 7, fd: 0 } }],
  };
}

function event(i: number, message = `event ${i}`): TimelineEvent {
  const us = 1_764_496_800_000_000n + BigInt(i);
  return {
    datetime: new Date(Number(us / 1000n)).toISOString(),
    timestampUs: us,
    timestampDesc: 'File modified',
    message,
    source: 'rootfs',
    precision: 'recorded',
    evidence: { label: 'rootfs-diff.tar', target: { to: 'image', name: 'rootfs-diff.tar' } },
  };
}

const bookmark: Bookmark = {
  id: 'b1',
  target: { to: 'process', pid: 7 },
  label: 'pid 7 (sh)',
  note: 'The reverse shell; see fd 0.',
  created: '2026-12-06T08:00:00.000Z',
  updated: '2026-12-06T08:01:00.000Z',
};

const artefact: ArtefactRecord = {
  name: 'processes.csv',
  what: 'CSV of the processes table',
  bytes: 120,
  sha256: 'b'.repeat(64),
  written: '2026-12-06T08:02:00.000Z',
};

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    input: { name: 'kitchen.tar.zst', bytes: 123_456, sha256: SHA },
    version: '9.8.7',
    analysedAt: '2026-12-06T08:03:00.000Z',
    producer: 'page',
    containers: [container('kitchen')],
    findings: [finding('pid 7 (sh): fds 0, 1, 2 are one TCP connection')],
    bookmarks: [bookmark],
    timeline: [event(0), event(1)],
    artefacts: [artefact],
    problems: [],
    ...overrides,
  };
}

/** Every attribute name used by any tag of the document (text content is not a tag). */
function attributeNames(html: string): Set<string> {
  const names = new Set<string>();
  for (const tag of html.matchAll(/<[a-zA-Z][^>]*>/g))
    for (const a of tag[0].replace(/"[^"]*"/g, '""').matchAll(/\s([^\s=>]+)=/g))
      names.add(a[1].toLowerCase());
  return names;
}

/** The report's own markup uses these and nothing else: no src, href, style or on…. */
const OWN_ATTRIBUTES = ['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'scope'];

/** The text of the one <style> element, exactly as the CSP hash covers it. */
const styleOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];

describe('renderReport', () => {
  const html = renderReport(input());

  it('holds every section, the input identity, the version and the time', () => {
    for (const id of [
      'input',
      'container',
      'findings',
      'notes',
      'processes',
      'network',
      'files',
      'timeline',
      'artefacts',
    ])
      expect(html).toContain(`<section id="${id}">`);
    expect(html).toContain(SHA);
    expect(html).toContain('123,456 bytes');
    expect(html).toContain('9.8.7');
    expect(html).toContain('2026-12-06T08:03:00.000Z');
    expect(html).toContain('docker.io/library/busybox:latest');
    expect(html).toContain('2026-11-30T10:00:00.000000001Z');
    expect(html).toContain('Reverse shell');
    expect(html).toContain('network.reverse-shell');
    expect(html).toContain('A shell whose input is a socket is driven from elsewhere.');
    expect(html).toContain('The reverse shell; see fd 0.');
    expect(html).toContain('pid 7 (sh)');
    expect(html).toContain('0.0.0.0:8080');
    expect(html).toContain('10.0.0.9:53122');
    expect(html).toContain('/tmp/x');
    expect(html).toContain('b'.repeat(64));
    expect(html).toContain('processes.csv');
  });

  it('has no script, loads nothing, and pins its one stylesheet in a strict CSP', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect([...attributeNames(html)].filter((a) => !OWN_ATTRIBUTES.includes(a))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const policy = csp!.replace(/&#39;/g, "'");
    expect(policy).toMatch(/^default-src 'none'; /);
    const style = styleOf(html);
    const digest = createHash('sha256').update(style!, 'utf8').digest('base64');
    expect(policy).toContain(`style-src 'sha256-${digest}'`);
    expect(policy).not.toContain('unsafe-inline');
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('prints one section per page, with no fixed or sticky element', () => {
    const style = styleOf(html)!;
    expect(style).toMatch(/@media print \{[\s\S]*section \+ section \{ break-before: page; \}/);
    expect(style).not.toMatch(/position:\s*(fixed|sticky)/);
  });

  it('shows hostile checkpoint strings as text', () => {
    const evil = '<script>alert(1)</script>';
    const attr = '"onerror=alert(1) x="';
    const bidi = 'invoice\u202Efdp.exe';
    const long = 'A'.repeat(100_000);
    const hostile = renderReport(
      input({
        input: { name: `${evil}.tar`, bytes: 1, sha256: SHA },
        containers: [
          container(attr, {
            processes: {
              total: 1,
              shown: [{ pid: 1, ppid: 0, depth: 0, comm: bidi, state: 'alive', cmdline: long }],
            },
            deletedFiles: { total: 1, shown: ['<img src=x onerror=alert(2)>'] },
          }),
        ],
        findings: [finding(`${evil} ${attr}`, `<style>*{display:none}</style>`)],
        bookmarks: [{ ...bookmark, note: `${evil}\n${bidi}`, label: attr }],
        timeline: [event(0, `<a href="https://evil.example/">x</a>`)],
        artefacts: [{ ...artefact, name: `${evil}.csv`, what: bidi }],
        problems: [evil],
      }),
    );
    expect(hostile).not.toMatch(/<script/i);
    expect(hostile).not.toMatch(/<img|<a |<style>\*/i);
    expect(hostile.match(/<style>/g)).toHaveLength(1);
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('&quot;onerror=alert(1) x=&quot;');
    expect([...attributeNames(hostile)].filter((a) => !OWN_ATTRIBUTES.includes(a))).toEqual([]);
    // The bidi override is shown as an escape, never as the character that reorders the line.
    expect(hostile).not.toContain('\u202E');
    expect(hostile).toContain('invoice\\u{202e}fdp.exe');
    // A 100,000-character string is cut, and says how much was cut.
    expect(hostile).toContain('[98000 more characters]');
    expect(hostile.length).toBeLessThan(60_000);
    // A URL in a checkpoint string is text, not a reference.
    expect(hostile).toContain('&lt;a href=&quot;https://evil.example/&quot;&gt;x&lt;/a&gt;');
  });

  it('caps long lists and says how many more there are', () => {
    const many = renderReport(
      input({
        timeline: Array.from({ length: 1200 }, (_, i) => event(i)),
        containers: [
          container('big', {
            processes: {
              total: 5000,
              shown: [{ pid: 1, ppid: 0, depth: 0, comm: 'init', state: 'alive' }],
            },
          }),
        ],
      }),
      { timelineLimit: 1000 },
    );
    expect(many).toContain('1200 dated events');
    expect(many).toContain('200 more events not listed (the first 1000 of 1200 are shown)');
    expect(many).toContain('4999 more processes not listed');
    expect(many).toContain('event 999<');
    expect(many).not.toContain('event 1000<');
  });

  it('says a CLI report has no notes, and names containers of a pod', () => {
    const cli = renderReport(
      input({
        producer: 'cli',
        bookmarks: [],
        containers: [container('kitchen'), { ...container('web'), index: 1, folder: 'abc-web/' }],
      }),
    );
    expect(cli).toContain('a report made by the command line has none');
    expect(cli).toContain('Container 0: kitchen');
    expect(cli).toContain('Container 1: web');
    expect(cli).toContain('abc-web/');
  });

  it('says what is absent instead of leaving an empty section', () => {
    const empty = renderReport(
      input({
        input: { name: 'folder', bytes: 0 },
        containers: [],
        findings: [],
        bookmarks: [],
        timeline: [],
        artefacts: [],
      }),
    );
    expect(empty).toContain('a folder has no single digest');
    expect(empty).toContain('No findings.');
    expect(empty).toContain('No bookmarks.');
    expect(empty).toContain('No dated events.');
    expect(empty).toContain('No artefacts were written before this report.');
  });

  it('says above the findings what they leave out (a scan not run), as escaped text', () => {
    const html = renderReport(
      input({ findings: [], findingsNotes: ['The secrets scan was not run <before> this report'] }),
    );
    const findings = html.slice(html.indexOf('id="findings"'), html.indexOf('id="notes"'));
    expect(findings).toContain('No findings.');
    expect(findings).toContain('The secrets scan was not run &lt;before&gt; this report');
  });
});

describe('reportFileName', () => {
  it('names the report after the input, safely', () => {
    expect(reportFileName('kitchen.tar.zst')).toBe('report-kitchen.html');
    expect(reportFileName('shell.tar.gz')).toBe('report-shell.html');
    expect(reportFileName('../../etc/passwd')).toBe('report-etc_passwd.html');
    expect(reportFileName('a b\u202Ec.tar')).toBe('report-a_b_c.html');
    expect(reportFileName('...')).toBe('report-checkpoint.html');
    expect(reportFileName('x'.repeat(500))).toBe(`report-${'x'.repeat(100)}.html`);
  });
});
