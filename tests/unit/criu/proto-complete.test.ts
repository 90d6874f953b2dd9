/**
 * proto/ must hold every field CRIU 4.2 writes: proto/criu-4.2-fields.tsv lists them (message,
 * field, number, label, type, read from CRIU's images/*.proto), and the descriptor generated
 * from proto/ must have each one under the same name and number. A missing field is not an
 * error at decode time, only an "unknown field" warning on every image that carries it (as
 * `tty_file_entry.regf_id` was on every checkpoint with a pty): this test finds it first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

interface Listed {
  message: string;
  field: string;
  number: number;
  label: string;
  type: string;
}

const listed: Listed[] = readFileSync(join(ROOT, 'proto/criu-4.2-fields.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [message, field, number, label, type] = l.split('\t') as [
      string,
      string,
      string,
      string,
      string,
    ];
    return { message, field, number: Number(number), label, type };
  });

interface Descriptor {
  nested?: Record<string, Descriptor>;
  fields?: Record<string, { id: number; rule?: string; type: string }>;
}
const descriptor = JSON.parse(
  readFileSync(join(ROOT, 'src/lib/criu/generated/criu.json'), 'utf8'),
) as Descriptor;

/** Messages proto/ names differently (the name is not on the wire; the numbers are). */
const RENAMED: Record<string, string> = {
  CRIU_Opts: 'criu_field_opts',
  timespec: 'timespec_entry',
};

/**
 * Scalar types proto/ deliberately widens, wire-compatible (a varint): proto/ follows criu-dev,
 * where a pidfd's inode is 64-bit.
 */
const WIDENED = new Set(['pidfd_entry.ino']);

const SCALARS = new Set(
  'double float int32 int64 uint32 uint64 sint32 sint64 fixed32 fixed64 sfixed32 sfixed64 bool string bytes'.split(
    ' ',
  ),
);

function message(name: string): Descriptor | undefined {
  let at: Descriptor | undefined = descriptor;
  for (const part of (RENAMED[name] ?? name).split('.')) at = at?.nested?.[part];
  return at;
}

describe('proto/ against CRIU 4.2', () => {
  it('the list is CRIU 4.2 (spot checks of fields added late)', () => {
    expect(listed.length).toBeGreaterThan(1000);
    const has = (m: string, f: string, n: number) =>
      listed.some((x) => x.message === m && x.field === f && x.number === n);
    expect(has('tty_file_entry', 'regf_id', 6)).toBe(true);
    expect(has('rseq_entry', 'rseq_cs_pointer', 4)).toBe(true);
    expect(has('sa_entry', 'mask_extended', 6)).toBe(true);
  });

  it('has every message and field CRIU 4.2 writes, with its number and label', () => {
    const missing: string[] = [];
    for (const x of listed) {
      const m = message(x.message);
      const f = m?.fields?.[x.field];
      const name = `${x.message}.${x.field} = ${x.number}`;
      if (!m) missing.push(`${name}: no message ${x.message}`);
      else if (!f) missing.push(`${name}: missing`);
      else if (f.id !== x.number) missing.push(`${name}: proto/ says ${f.id}`);
      else if ((f.rule ?? 'optional') !== x.label)
        missing.push(`${name}: ${x.label} in CRIU, ${f.rule ?? 'optional'} in proto/`);
      else if (SCALARS.has(x.type) && f.type !== x.type && !WIDENED.has(`${x.message}.${x.field}`))
        missing.push(`${name}: ${x.type} in CRIU, ${f.type} in proto/`);
    }
    expect(missing).toEqual([]);
  });
});
