/** docs/findings.md is the rule data, written out: the two cannot drift apart. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsMarkdown } from '../../../../src/lib/analyses/findings/docs.ts';
import { ALL_RULES } from '../../../../src/lib/analyses/findings/rules.ts';
import { SEVERITIES } from '../../../../src/lib/analyses/findings/types.ts';

const DOC = path.resolve(import.meta.dirname, '../../../../docs/findings.md');

describe('the rules and their documentation', () => {
  it('docs/findings.md is generated from the rules (run node scripts/findings-doc.mjs)', () => {
    expect(fs.readFileSync(DOC, 'utf8')).toBe(findingsMarkdown(ALL_RULES));
  });

  it('every rule has a unique area.what id, a severity, a rationale and benign causes', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^(memory|exe|loader|network|rootfs|privilege)\.[a-z0-9-]+$/);
      expect(SEVERITIES).toContain(r.severity);
      expect(r.why.length, r.id).toBeGreaterThan(40);
      expect(r.benign.length, r.id).toBeGreaterThan(20);
      if (r.attack) expect(r.attack).toMatch(/^T\d{4}(\.\d{3})?$/);
    }
  });

  it('every rule is in the documentation with its rationale and benign causes', () => {
    const doc = fs.readFileSync(DOC, 'utf8');
    for (const r of ALL_RULES) {
      expect(doc).toContain(`### \`${r.id}\``);
      expect(doc).toContain(r.why);
      expect(doc).toContain(r.benign);
    }
  });
});
