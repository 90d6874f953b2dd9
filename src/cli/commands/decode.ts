/**
 * `decode ARCHIVE [IMAGE...] [--pretty] [--out DIR]`: CRIU images as the JSON `crit decode`
 * prints. One image on stdout is exactly crit's text; several are one JSON object keyed by
 * image name. `--out DIR` writes `DIR/<image>.json` (`.pretty.json` with --pretty) instead;
 * in a pod checkpoint each container's images go to `DIR/<container folder>/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeImage } from '../../lib/criu/decode-image.ts';
import { toCritJson, toCritValue } from '../../lib/criu/crit-json.ts';
import { isRawImageName } from '../../lib/criu/magic.ts';
import type { JsonObject } from '../../lib/criu/json-value.ts';
import { pyJsonDumps } from '../../lib/criu/py-json.ts';
import type { DecodedImage } from '../../lib/criu/types.ts';
import type { ContainerLayout } from '../../lib/archive/types.ts';
import { parseArgs } from '../args.ts';
import { CliError, type CliCommand, type CliIO } from '../command.ts';
import { openPath } from '../open-path.ts';
import { printable } from '../text.ts';
import { writeFileReported } from '../written-file.ts';
import { appendAll } from '../../lib/append-all.ts';

interface Decoded {
  container: ContainerLayout;
  name: string;
  image: DecodedImage;
}

/** Decode the named images, or every image that is not raw and has a known magic. */
async function decodeContainer(
  container: ContainerLayout,
  wanted: string[],
  io: CliIO,
): Promise<Decoded[]> {
  const store = container.images;
  const names = wanted.length
    ? wanted.filter((n) => store.has(n))
    : store
        .list()
        .map((m) => m.name)
        .filter((n) => !isRawImageName(n))
        .sort();
  const out: Decoded[] = [];
  for (const name of names) {
    if (isRawImageName(name)) throw new CliError(`${printable(name)} is a raw image, not entries`);
    const image = decodeImage(await store.read(name), name);
    const unknown = image.problems.some((p) => p.code === 'unknown-magic');
    // Without a list, files that are not CRIU images (dump.log, descriptors.json) are skipped.
    if (unknown && !wanted.length) continue;
    for (const p of image.problems) io.stderr(`${p.severity}: ${printable(p.message)}\n`);
    if (unknown) throw new CliError(`${printable(name)} is not a CRIU image`);
    out.push({ container, name, image });
  }
  return out;
}

export const decode: CliCommand = {
  name: 'decode',
  summary: 'decode CRIU images to JSON exactly as `crit decode [--pretty]` does',
  usage: 'decode ARCHIVE [IMAGE...] [--pretty] [--crit-labels] [--out DIR]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { positional, flags, values } = parseArgs(args, {
      flags: ['pretty', 'crit-labels'],
      values: ['out'],
    });
    const [file, ...wanted] = positional;
    if (!file) throw new CliError('decode needs an ARCHIVE', 2);
    const pretty = flags.has('pretty');
    const opts = { pretty, critCompat: flags.has('crit-labels') };
    const archive = await openPath(file, { skipHash: true }); // prints no digest: no hashing in the pass
    try {
      const containers = archive.layout.containers.filter((c) => c.checkpointDir !== undefined);
      if (containers.length === 0) {
        throw new CliError(
          `${printable(archive.name)}: ${archive.problems[0]?.message ?? 'no CRIU images found'}`,
        );
      }
      const decoded: Decoded[] = [];
      for (const c of containers) appendAll(decoded, await decodeContainer(c, wanted, io));
      const missing = wanted.filter((w) => !decoded.some((d) => d.name === w));
      if (missing.length) throw new CliError(`no image ${missing.map(printable).join(', ')}`);
      const pod = containers.length > 1;
      const label = (d: Decoded) => (pod ? `${d.container.root.replace(/\/$/, '')}/` : '') + d.name;

      const outDir = values.get('out');
      if (outDir !== undefined) {
        for (const d of decoded) {
          // Names come from the archive: `..` or `/` in a pod folder must not leave outDir.
          const safe = label(d)
            .split('/')
            .filter((seg) => seg !== '' && seg !== '.' && seg !== '..')
            .join('/');
          const target = path.join(outDir, `${safe}${pretty ? '.pretty' : ''}.json`);
          if (!path.resolve(target).startsWith(path.resolve(outDir) + path.sep))
            throw new CliError(`refusing to write ${printable(label(d))} outside ${outDir}`);
          await fs.promises.mkdir(path.dirname(target), { recursive: true });
          await writeFileReported(target, toCritJson(d.image, opts), io);
        }
        io.stderr(`wrote ${decoded.length} image(s) to ${outDir}\n`);
      } else if (decoded.length === 1) {
        io.stdout(toCritJson(decoded[0].image, opts) + '\n');
      } else {
        const all: JsonObject = {};
        for (const d of decoded) all[label(d)] = toCritValue(d.image, opts);
        io.stdout(pyJsonDumps(all, pretty ? 4 : undefined) + '\n');
      }
      return decoded.some((d) => d.image.problems.some((p) => p.severity === 'error')) ? 1 : 0;
    } finally {
      await archive.dispose();
    }
  },
};
