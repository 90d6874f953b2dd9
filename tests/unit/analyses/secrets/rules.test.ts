import { describe, expect, it } from 'vitest';
import { SecretCollector } from '../../../../src/lib/analyses/secrets/collect.ts';
import {
  builtinRules,
  parseRules,
  translateGoRegex,
} from '../../../../src/lib/analyses/secrets/rules.ts';
import { SecretScanner } from '../../../../src/lib/analyses/secrets/scanner.ts';
import { scanModelSources } from '../../../../src/lib/analyses/secrets/sources.ts';
import { maskSecret } from '../../../../src/lib/analyses/secrets/types.ts';
import { isJwt } from '../../../../src/lib/analyses/secrets/validate.ts';
import type { CheckpointModel } from '../../../../src/lib/model/types.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const b64url = (s: string) => btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

function found(text: string, rules = builtinRules()) {
  return new SecretScanner(rules).scan(enc(text), undefined, true).map((m) => [m.rule.id, m.value]);
}

describe('built-in rules', () => {
  it('each kind of credential is found, with the secret part only', () => {
    const jwt = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"1234567890"}')}.c2lnbmF0dXJlLXNpZ25hdHVyZQ`;
    const gh = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    const cases: [string, string, string][] = [
      ['key=AKIAIOSFODNN7EXAMPLE;', 'aws-access-key-id', 'AKIAIOSFODNN7EXAMPLE'],
      [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
        'aws-secret-access-key',
        'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      ],
      [`Bearer ${jwt} `, 'jwt', jwt],
      [`x ${gh} y`, 'github-token', gh],
      ['glpat-abcdefghij0123456789 ', 'gitlab-token', 'glpat-abcdefghij0123456789'],
      ['xoxb-123456789012-abcdefghijkl', 'slack-token', 'xoxb-123456789012-abcdefghijkl'],
      ['sk_live_abcdefghijklmnop1234', 'stripe-key', 'sk_live_abcdefghijklmnop1234'],
      [
        'AIzaSyA-abcdefghijklmnopqrstuvwxyz01234 ',
        'google-api-key',
        'AIzaSyA-abcdefghijklmnopqrstuvwxyz01234',
      ],
      ['postgres://app:s3cr3t-pw@db.internal:5432/x', 'url-credentials', 's3cr3t-pw'],
      [
        'Authorization: Basic dXNlcjpwYXNzd29yZA==\r\n',
        'http-authorization',
        'dXNlcjpwYXNzd29yZA==',
      ],
      ['DB_PASSWORD=hunter22', 'named-credential', 'hunter22'],
    ];
    for (const [text, rule, value] of cases)
      expect(found(text), text).toContainEqual([rule, value]);
  });

  it('checks a JWT by decoding its header, and ignores placeholders and names without a value', () => {
    const notJwt = `eyJub3RhbGciOjF9.${b64url('{"sub":"x-long-enough"}')}.c2lnbmF0dXJlLXNpZ25h`;
    expect(isJwt(notJwt)).toBe(false);
    expect(found(`t ${notJwt} `).map(([r]) => r)).not.toContain('jwt');
    expect(found('PASSWORD=')).toEqual([]);
    expect(found('api_key: changeme')).toEqual([]);
    expect(found('FORENSIC_MARKER=env-canary-7f3a')).toEqual([]);
    expect(found('https://user:password@example.com/')).toEqual([]);
  });

  it('finds keywords in any case and across the scan of a longer buffer', () => {
    const pad = '\0'.repeat(5000);
    expect(found(`${pad}MY_Api_Key="abcd1234efgh"${pad}`)).toEqual([
      ['named-credential', 'abcd1234efgh'],
    ]);
  });

  it('masks a value to a prefix and its length', () => {
    expect(maskSecret('AKIAFIXTURE000000002')).toBe('AKIA•••••• (20 chars)');
    expect(maskSecret('hunter22')).toBe('hu•••••• (8 chars)');
    expect(maskSecret('abc')).toBe('•••••• (3 chars)');
  });
});

describe('gitleaks TOML', () => {
  it("translates Go's syntax and reads an analyst's rules", () => {
    expect(translateGoRegex('(?i)(?P<k>[[:alnum:]]+)\\z')).toEqual({
      source: '(?<k>[A-Za-z0-9]+)$',
      flags: 'i',
    });
    const { rules, problems } = parseRules(
      `
[[rules]]
id = "acme-key"
description = "ACME internal key"
regex = '''(?i)acme_[a-z0-9]{12}'''
keywords = ["acme_"]
tags = ["confidence:high"]

[[rules]]
id = "no-keywords"
regex = '''ZZTOP-[0-9]{6}'''

[[rules]]
id = "broken"
regex = '''(unclosed'''

[[rules]]
id = "path-only"
path = '''\\.pem$'''
`,
      'mine.toml',
    );
    expect(rules.map((r) => [r.id, r.confidence, r.keywords])).toEqual([
      ['acme-key', 'high', ['acme_']],
      ['no-keywords', 'medium', ['zztop-']],
    ]);
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /rule broken: the regex does not compile/,
    );
    expect(problems.map((p) => p.message).join('\n')).toMatch(/rule path-only has no regex/);
    expect(found('x ACME_abcdef123456 ZZTOP-123456', rules)).toEqual([
      ['acme-key', 'ACME_abcdef123456'],
      ['no-keywords', 'ZZTOP-123456'],
    ]);
    expect(parseRules('not toml [', 'bad.toml').problems[0]!.message).toMatch(
      /bad.toml is not valid TOML/,
    );
    // Where the error is, in one line (not the parser's excerpt run together).
    expect(
      parseRules('[[rules]]\nid = "x"\nregex = "abc\nkeywords = ["x"]\n', 'bad.toml').problems[0]!
        .message,
    ).toBe(
      'bad.toml is not valid TOML at line 3, column 13: control characters are not allowed in strings',
    );
  });
});

describe('sources besides memory', () => {
  it('scans env, argv pairs, config env, ghost files, pipes, sockets and SysV, one row per value', async () => {
    const model = {
      processes: [
        {
          pid: 3,
          environ: ['API_TOKEN=tok-aaaa-1111', 'HOME=/root'],
          cmdline: ['app', '--password', 'pw-bbbb-2222'],
        },
        { pid: 4, environ: ['API_TOKEN=tok-aaaa-1111'] },
      ],
      container: { ociProcess: { args: [], env: ['DB_SECRET=sec-cccc-3333'] } },
      fsChanges: { deletedFiles: [] },
      ghostFiles: [
        { ghostId: 1, fileIds: [9], path: '/tmp/.k', content: enc('AKIAGHOSTFILE0000001\n') },
      ],
      memfds: [],
      pipes: [
        {
          kind: 'pipe',
          pipeId: 77,
          readers: [],
          writers: [],
          buffered: enc('token: tok-aaaa-1111'),
        },
      ],
      files: [{ kind: 'pipe', pipeId: 77, id: 12 }],
      sockets: [
        {
          id: 5,
          description: 'TCP',
          queued: [],
          tcp: { inQueue: enc('GET / HTTP/1.1\r\nAuthorization: Bearer abcdefgh12345678\r\n') },
        },
      ],
      ipc: [
        {
          messageQueues: [
            { key: 0x10, messages: [{ type: 1n, data: enc('password=msg-dddd-4444') }] },
          ],
          sharedMemory: [],
        },
      ],
    } as unknown as CheckpointModel;
    const out = new SecretCollector();
    await scanModelSources(model, new SecretScanner(builtinRules()), out);
    const rows = out.result();
    const byValue = new Map(rows.map((r) => [r.value, r]));
    expect(byValue.get('tok-aaaa-1111')!.locations.map((l) => l.label)).toEqual([
      'environment of pid 3 (API_TOKEN)',
      'environment of pid 4 (API_TOKEN)',
      'pipe pipe[77] buffer +7',
    ]);
    expect(byValue.get('pw-bbbb-2222')!.locations[0]).toMatchObject({
      kind: 'argv',
      pid: 3,
      index: 2,
    });
    expect(byValue.get('sec-cccc-3333')!.locations[0]).toMatchObject({
      kind: 'env',
      from: 'config',
    });
    expect(byValue.get('AKIAGHOSTFILE0000001')!.locations[0]).toMatchObject({
      kind: 'ghost-file',
      target: { to: 'file', fileId: 9, offset: 0 },
    });
    expect(byValue.get('abcdefgh12345678')!.locations[0]).toMatchObject({
      kind: 'socket',
      target: { to: 'socket', id: 5 },
    });
    expect(byValue.get('msg-dddd-4444')!.locations[0]).toMatchObject({
      kind: 'sysv-msg',
      key: 0x10,
    });
    expect(rows[0]!.confidence).toBe('high');
  });
});
