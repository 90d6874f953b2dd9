/**
 * The report: one self-contained HTML document from a `ReportInput`. No script, nothing loaded
 * from anywhere (a CSP `<meta>` forbids both), one inline stylesheet that prints cleanly to PDF.
 * Every string is escaped by `text` (html.ts); only the markup written here is HTML.
 */
import { SEVERITIES, type Finding } from '../analyses/findings/types.ts';
import { targetText } from '../analyses/findings/text.ts';
import type { TimelineEvent } from '../analyses/timeline/types.ts';
import type { ArtefactRecord, Bookmark, BookmarkTarget } from '../case/types.ts';
import { reportCsp } from './csp.ts';
import { el, escapeHtml, facts, more, table, text } from './html.ts';
import { REPORT_CSS } from './style.ts';
import type { Brief, ReportContainer, ReportInput } from './types.ts';

export interface RenderOptions {
  /** Most timeline events listed (the rest are counted). */
  timelineLimit?: number;
  /** Most findings listed (the rest are counted). */
  findingLimit?: number;
}

export const TIMELINE_LIMIT = 1000;
export const FINDING_LIMIT = 1000;

const mono = (s: string | number | bigint | undefined) => el('span', text(s), 'mono');

function bytesText(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const exact = `${n.toLocaleString('en-US')} bytes`;
  return u === 0 ? exact : `${exact} (${v.toFixed(1)} ${units[u]})`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}">\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function containerTitle(c: ReportContainer, pod: boolean): string {
  const name = c.identity.name ?? (c.folder || 'container');
  return pod ? `Container ${c.index}: ${name}` : name;
}

function inputSection(r: ReportInput): string {
  return section(
    'input',
    'Input',
    facts([
      ['File name', text(r.input.name)],
      ['Size', text(bytesText(r.input.bytes))],
      [
        'SHA-256',
        r.input.sha256
          ? el('span', text(r.input.sha256), 'hash')
          : el('span', 'not computed (a folder has no single digest)', 'absent'),
      ],
      ['cc-analyser version', text(r.version)],
      ['Analysed at (UTC)', text(r.analysedAt)],
      ['Report made by', r.producer === 'cli' ? 'the command line' : 'the page'],
    ]),
  );
}

function identitySection(r: ReportInput): string {
  const pod = r.containers.length > 1;
  const body = r.containers.length
    ? r.containers
        .map((c) => {
          const i = c.identity;
          return (
            (pod ? el('h3', text(containerTitle(c, pod))) : '') +
            facts([
              ['Engine', text(i.engine)],
              ['Name', text(i.name)],
              ['ID', i.id === undefined ? undefined : mono(i.id)],
              ['Image', text(i.image)],
              ['Image ID', i.imageId === undefined ? undefined : mono(i.imageId)],
              ['Runtime', text(i.runtime)],
              ['Created', text(i.createdTime)],
              ['Checkpointed', text(i.checkpointedTime)],
              ['Pod', text(i.podName)],
              ['Namespace', text(i.podNamespace)],
              ['Hostname', text(i.hostname)],
              ['CRIU version', text(i.criuVersion)],
              ['Folder in the archive', c.folder ? text(c.folder) : undefined],
            ])
          );
        })
        .join('\n')
    : el('p', 'No container could be read from this input.', 'absent');
  return section('container', pod ? 'Containers' : 'Container', body);
}

function findingHtml(f: Finding, containers: ReportContainer[]): string {
  const where =
    f.container !== undefined && containers.length > 1
      ? ` — ${text(containerTitle(containers[f.container] ?? emptyContainer(f.container), true))}`
      : '';
  const evidence = f.evidence.length
    ? `<ul>${f.evidence.map((e) => `<li>${text(e.label)}${e.target ? ` <span class="mono">[${text(targetText(e.target))}]</span>` : ''}</li>`).join('')}</ul>`
    : '';
  return `<div class="finding ${f.severity}">
<p><span class="sev ${f.severity}">${f.severity}</span> <strong>${text(f.rule.title)}</strong> <span class="mono">${text(f.rule.id)}${f.rule.attack ? ` ${text(f.rule.attack)}` : ''}</span>${where}</p>
<p>${text(f.summary)}</p>
${f.severityNote ? `<p class="why">Severity: ${text(f.severityNote)}</p>` : ''}
${evidence ? `<p>Evidence:</p>${evidence}` : ''}
<p class="why"><strong>Why it matters:</strong> ${text(f.rule.why)}</p>
<p class="why"><strong>Benign causes:</strong> ${text(f.rule.benign)}</p>
</div>`;
}

function emptyContainer(index: number): ReportContainer {
  const none = { total: 0, shown: [] };
  return {
    index,
    folder: '',
    identity: { engine: '' },
    processes: none,
    listening: none,
    established: none,
    changedFiles: none,
    deletedFiles: none,
  };
}

function findingsSection(r: ReportInput, limit: number): string {
  const counts = SEVERITIES.map((s) => `${r.findings.filter((f) => f.severity === s).length} ${s}`);
  const head = r.findings.length
    ? el('p', `${r.findings.length} findings: ${counts.join(', ')}.`)
    : el('p', 'No findings.');
  const notes = (r.findingsNotes ?? []).map((n) => el('p', text(n))).join('');
  const shown = r.findings.slice(0, limit);
  return section(
    'findings',
    'Findings',
    head +
      notes +
      shown.map((f) => findingHtml(f, r.containers)).join('\n') +
      more(shown.length, r.findings.length, 'findings'),
  );
}

function bookmarkTargetText(t: BookmarkTarget): string {
  switch (t.to) {
    case 'finding':
      return `finding ${t.ruleId}: ${t.summary}`;
    case 'row':
      return `${t.table} row ${t.key}`;
    case 'event':
      return `timeline event ${t.timestampDesc} at ${t.timestampUs} µs: ${t.message}`;
    default:
      return targetText(t);
  }
}

function notesSection(r: ReportInput): string {
  if (r.producer === 'cli')
    return section(
      'notes',
      'Notes and bookmarks',
      el('p', 'Notes live in the page; a report made by the command line has none.', 'absent'),
    );
  if (r.bookmarks.length === 0)
    return section('notes', 'Notes and bookmarks', el('p', 'No bookmarks.', 'absent'));
  const rows = r.bookmarks.map((b: Bookmark) => [
    text(b.label) +
      (b.container !== undefined && r.containers.length > 1
        ? ` <span class="absent">(container ${b.container})</span>`
        : ''),
    mono(bookmarkTargetText(b.target)),
    b.note ? el('div', text(b.note, 20000), 'note') : el('span', 'no note', 'absent'),
    mono(b.updated || b.created),
  ]);
  return section(
    'notes',
    'Notes and bookmarks',
    table(['Bookmarked', 'Evidence', 'Note', 'Updated (UTC)'], rows, {
      columns: ['long', 'long', 'long', 'n'],
    }),
  );
}

function briefTable<T>(
  list: Brief<T>,
  headers: string[],
  row: (item: T) => string[],
  what: string,
  columns: ('n' | 'long' | '')[],
): string {
  if (list.total === 0) return el('p', `No ${what}.`, 'absent');
  return (
    table(headers, list.shown.map(row), { columns }) + more(list.shown.length, list.total, what)
  );
}

function containerBriefs(
  r: ReportInput,
  id: string,
  title: string,
  body: (c: ReportContainer) => string,
): string {
  const pod = r.containers.length > 1;
  const parts = r.containers.map(
    (c) => (pod ? el('h3', text(containerTitle(c, pod))) : '') + body(c),
  );
  return section(id, title, parts.join('\n') || el('p', 'No container.', 'absent'));
}

function processesSection(r: ReportInput): string {
  return containerBriefs(
    r,
    'processes',
    'Process tree',
    (c) =>
      el('p', `${c.processes.total} processes.`) +
      briefTable(
        c.processes,
        ['PID', 'PPID', 'Process', 'State', 'Executable', 'Command line'],
        (p) => [
          mono(p.pid),
          mono(p.ppid),
          el('span', escapeHtml('  '.repeat(Math.min(p.depth, 20))) + text(p.comm, 200), 'tree'),
          text(p.state),
          mono(p.exe),
          mono(p.cmdline),
        ],
        'processes',
        ['n', 'n', 'n', 'n', 'long', 'long'],
      ),
  );
}

function networkSection(r: ReportInput): string {
  const row = (s: ReportContainer['listening']['shown'][number]) => [
    mono(s.pid),
    mono(s.fd),
    text(s.protocol),
    text(s.state),
    mono(s.local),
    mono(s.remote),
  ];
  const headers = ['PID', 'FD', 'Protocol', 'State', 'Local', 'Remote'];
  const columns: ('n' | 'long')[] = ['n', 'n', 'n', 'n', 'long', 'long'];
  return containerBriefs(
    r,
    'network',
    'Network',
    (c) =>
      el('h3', `Listening (${c.listening.total})`) +
      briefTable(c.listening, headers, row, 'listening sockets', columns) +
      el('h3', `Connected (${c.established.total})`) +
      briefTable(c.established, headers, row, 'connected sockets', columns),
  );
}

function fsSection(r: ReportInput): string {
  return containerBriefs(
    r,
    'files',
    'File-system changes',
    (c) =>
      el('h3', `Written or changed files (${c.changedFiles.total})`) +
      briefTable(
        c.changedFiles,
        ['Path', 'Type', 'Bytes', 'Modified (UTC)'],
        (f) => [mono(f.path), text(f.type), mono(f.size), mono(f.mtime)],
        'changed files',
        ['long', 'n', 'n', 'n'],
      ) +
      el('h3', `Deleted files (${c.deletedFiles.total})`) +
      briefTable(c.deletedFiles, ['Path'], (p) => [mono(p)], 'deleted files', ['long']),
  );
}

function timelineSection(r: ReportInput, limit: number): string {
  if (r.timeline.length === 0)
    return section('timeline', 'Timeline', el('p', 'No dated events.', 'absent'));
  const shown = r.timeline.slice(0, limit);
  const rows = shown.map((e: TimelineEvent) => [
    mono(e.datetime),
    text(e.source),
    text(e.timestampDesc),
    text(e.message) +
      (e.precision === 'derived'
        ? ` <span class="absent">(derived${e.note ? `: ${text(e.note)}` : ''})</span>`
        : ''),
    text(e.evidence.label),
  ]);
  return section(
    'timeline',
    'Timeline',
    el('p', `${r.timeline.length} dated events, in UTC.`) +
      table(['Time (UTC)', 'Source', 'What', 'Event', 'Evidence'], rows, {
        columns: ['n', 'n', '', 'long', 'long'],
      }) +
      more(shown.length, r.timeline.length, 'events'),
  );
}

function artefactsSection(r: ReportInput): string {
  const intro = el(
    'p',
    'Every file written in this session, with the SHA-256 of exactly the bytes written: compare it with <span class="mono">sha256sum</span> of the file you hold.',
  );
  if (r.artefacts.length === 0)
    return section(
      'artefacts',
      'Artefacts',
      intro + el('p', 'No artefacts were written before this report.', 'absent'),
    );
  const rows = r.artefacts.map((a: ArtefactRecord) => [
    mono(a.name),
    text(a.what),
    mono(a.bytes),
    el('span', text(a.sha256), 'hash'),
    mono(a.written),
  ]);
  return section(
    'artefacts',
    'Artefacts',
    intro +
      table(['File', 'What', 'Bytes', 'SHA-256', 'Written (UTC)'], rows, {
        cls: 'manifest',
        columns: ['long', 'long', 'n', 'long', 'n'],
      }),
  );
}

function problemsSection(r: ReportInput): string {
  if (r.problems.length === 0) return '';
  const shown = r.problems.slice(0, 200);
  return section(
    'problems',
    'Problems while reading',
    `<ul>${shown.map((p) => `<li>${text(p)}</li>`).join('')}</ul>` +
      more(shown.length, r.problems.length, 'problems'),
  );
}

export function renderReport(r: ReportInput, options: RenderOptions = {}): string {
  const title = `cc-analyser report: ${r.input.name}`;
  const body = [
    `<header><h1>${text(title)}</h1><p>A static analysis of a container checkpoint. This file needs no script and loads nothing.</p></header>`,
    inputSection(r),
    identitySection(r),
    findingsSection(r, options.findingLimit ?? FINDING_LIMIT),
    notesSection(r),
    processesSection(r),
    networkSection(r),
    fsSection(r),
    timelineSection(r, options.timelineLimit ?? TIMELINE_LIMIT),
    artefactsSection(r),
    problemsSection(r),
    `<footer>Made by cc-analyser ${text(r.version)} at ${text(r.analysedAt)}. Checkpoint strings are shown as text; hidden characters appear as escapes (\\x.., \\u{..}).</footer>`,
  ]
    .filter(Boolean)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportCsp(REPORT_CSS))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
