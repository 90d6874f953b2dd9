import type { Column } from '../../components/table/columns.ts';
import type { SecretRow } from '../../../workers/history-secrets-protocol.ts';

/** The secrets table: the value column is the masked form, so exports stay masked too. */
export const SECRET_COLUMNS: Column<SecretRow>[] = [
  { key: 'confidence', label: 'Confidence', value: (r) => r.confidence, width: '6.5rem' },
  { key: 'rule', label: 'Rule', value: (r) => r.rule, width: '11rem' },
  { key: 'masked', label: 'Value (masked)', value: (r) => r.masked, width: '12rem', mono: true },
  { key: 'count', label: 'Places', value: (r) => r.count, width: '4.5rem', align: 'right' },
  { key: 'where', label: 'Where', value: (r) => r.where, width: 'minmax(16rem, 4fr)' },
];
