/** The Findings table's columns (also what its CSV and JSON exports hold). */
import type { Column } from '../../components/table/columns.ts';
import { severityRank } from '../../lib/analyses/findings/index.ts';
import type { Finding } from '../../lib/analyses/findings/types.ts';
import { evidenceHref } from './evidence-link.ts';

/** The evidence the row's link opens: the most specific target there is. */
function mainEvidence(f: Finding) {
  const order = ['address', 'vma', 'fd', 'socket', 'rootfs', 'file', 'image', 'process'];
  return [...f.evidence]
    .filter((e) => e.target)
    .sort((a, b) => order.indexOf(a.target!.to) - order.indexOf(b.target!.to))[0];
}

export function findingColumns(withContainer: boolean): Column<Finding>[] {
  return [
    // Rank sorts by severity (1 = high); the word is what is read and exported beside it.
    {
      key: 'rank',
      label: 'Rank',
      value: (f) => severityRank(f.severity) + 1,
      width: '3.8rem',
      align: 'right',
    },
    { key: 'severity', label: 'Severity', value: (f) => f.severity, width: '5.5rem' },
    ...(withContainer
      ? [
          {
            key: 'container',
            label: 'Container',
            value: (f: Finding) => f.container,
            width: '5rem',
          },
        ]
      : []),
    {
      key: 'rule',
      label: 'Rule',
      value: (f) => f.rule.id,
      width: 'minmax(10rem, 1fr)',
      mono: true,
    },
    { key: 'pid', label: 'PID', value: (f) => f.pid, width: '4.5rem', align: 'right' },
    { key: 'summary', label: 'Summary', value: (f) => f.summary, width: 'minmax(16rem, 3fr)' },
    { key: 'attack', label: 'ATT&CK', value: (f) => f.rule.attack, width: '6rem', mono: true },
    {
      key: 'evidence',
      label: 'Evidence',
      value: (f) => f.evidence.map((e) => e.label).join(' | '),
      text: (f) => mainEvidence(f)?.label ?? '',
      href: (f) => evidenceHref(mainEvidence(f)?.target, f.container ?? 0),
      width: 'minmax(12rem, 2fr)',
      mono: true,
    },
    {
      key: 'why',
      label: 'Why',
      value: (f) => f.severityNote ?? f.rule.why,
      width: 'minmax(8rem, 1fr)',
    },
  ];
}
