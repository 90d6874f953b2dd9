#!/usr/bin/env node
// Regenerates src/lib/criu/generated/ from proto/*.proto with protobufjs-cli:
//   criu.js    static ESM code (decode + encode) on protobufjs/minimal
//   criu.d.ts  its types (pbts)
//   criu.json  JSON descriptor, used only as metadata (field options, enum names)
// The page runs under a CSP without 'unsafe-eval', so the generated code is
// checked for eval/Function and the run fails if any is found.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const protoDir = join(root, 'proto');
const outDir = join(root, 'src/lib/criu/generated');
const bin = (name) => join(root, 'node_modules/.bin', name);

const HEADER = 'generated from proto/ — do not edit; regenerate with `npm run gen:proto`';

const protos = readdirSync(protoDir)
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoDir, f));

const work = mkdtempSync(join(tmpdir(), 'gen-proto-'));

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

try {
  // 1. JSON descriptor of everything (also gives the list of type names).
  const jsonTmp = join(work, 'all.json');
  run(bin('pbjs'), ['-t', 'json', '--keep-case', '-p', protoDir, '-o', jsonTmp, ...protos]);
  const descriptor = JSON.parse(readFileSync(jsonTmp, 'utf8'));
  const topNames = Object.keys(descriptor.nested).filter((n) => n !== 'google' && n !== 'criu');

  // 2. Static code for the CRIU types only: the filter drops
  //    google.protobuf.descriptor, which would otherwise be bundled whole.
  const filter = join(work, 'filter.json');
  writeFileSync(filter, JSON.stringify({ messageNames: topNames }));
  const staticArgs = (out, extra) => [
    '-t',
    'static-module',
    '-w',
    'esm',
    '--es6',
    '--keep-case',
    '--no-typeurl',
    ...extra,
    '--filter',
    filter,
    '-p',
    protoDir,
    '-o',
    out,
    ...protos,
  ];
  // With JSDoc comments for pbts; the committed code leaves them out (pbts
  // needs them, the bundle does not).
  const jsDocTmp = join(work, 'criu-doc.js');
  run(bin('pbjs'), staticArgs(jsDocTmp, []));
  const jsTmp = join(work, 'criu.js');
  run(bin('pbjs'), staticArgs(jsTmp, ['--no-comments']));
  let js = readFileSync(jsTmp, 'utf8');
  const forbidden = [/\beval\s*\(/, /\bnew\s+Function\b/, /\bFunction\s*\(/];
  for (const re of forbidden) {
    if (re.test(js)) {
      throw new Error(`generated code matches ${re}: it would need 'unsafe-eval'`);
    }
  }
  if (/google\.protobuf\.(FileDescriptorSet|DescriptorProto)\b/.test(js)) {
    throw new Error('the filter did not keep google.protobuf.descriptor out of the static code');
  }
  js = `// ${HEADER}\n${js}`;
  writeFileSync(join(outDir, 'criu.js'), js);

  // 3. Types. pbts reads the JSDoc comments of the static code.
  const dtsTmp = join(work, 'criu.d.ts');
  run(bin('pbts'), ['--no-comments', '-o', dtsTmp, jsDocTmp]);
  const dts = readFileSync(dtsTmp, 'utf8');
  writeFileSync(join(outDir, 'criu.d.ts'), `// ${HEADER}\n${dts}`);

  // 4. The descriptor, with the header as its first key (JSON has no comments).
  const withHeader = { '//': HEADER, ...descriptor };
  writeFileSync(join(outDir, 'criu.json'), JSON.stringify(withHeader, null, 1) + '\n');

  console.log(`gen-proto: ${protos.length} files, ${topNames.length} top-level types`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
