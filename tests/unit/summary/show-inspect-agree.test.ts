/**
 * `show --json` (the summary) and `inspect --json` (the model) read one container identity:
 * for every fixture they name the same engine, container names, IDs and network. Both sides
 * are compared as the JSON text the CLI prints, parsed back.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../src/lib/archive/open-archive.ts';
import { buildArchiveModels } from '../../../src/lib/model/from-archive.ts';
import { inspectJson } from '../../../src/lib/model/export.ts';
import { summarize, toJson } from '../../../src/lib/summary/index.ts';
import { FIXTURES, fixtureBlob } from '../archive/helpers.ts';

const fixtures = fs.readdirSync(FIXTURES).filter((n) => /\.tar\.(zst|gz)$/.test(n));

interface ShowContainer {
  engine: string;
  name?: string;
  id?: string;
  network: {
    network: string;
    interface: string;
    addresses: string[];
    gateways: string[];
    mac?: string;
  }[];
}
interface InspectContainer {
  container: {
    engineId: string;
    name?: string;
    id?: string;
    network: {
      network?: string;
      interface?: string;
      ip?: string;
      mac?: string;
      gateway?: string;
    }[];
  };
}

describe('show --json and inspect --json agree on the container identity', () => {
  it.each(fixtures)('%s', async (name) => {
    const archive = await openArchive(await fixtureBlob(name), { name });
    try {
      const show = JSON.parse(toJson(await summarize(archive))) as {
        containers: ShowContainer[];
      };
      const models = await buildArchiveModels(archive);
      const doc = JSON.parse(inspectJson(name, models)) as
        InspectContainer | { containers: InspectContainer[] };
      const inspected = 'containers' in doc ? doc.containers : [doc];
      expect(inspected).toHaveLength(show.containers.length);
      show.containers.forEach((s, i) => {
        const m = inspected[i]!.container;
        expect(m.engineId).toBe(s.engine);
        expect(m.name).toBe(s.name);
        expect(m.id).toBe(s.id);
        // network.status interfaces, as each command writes them (inspect keeps one address).
        const fromStatus = m.network.filter((n) => n.interface !== undefined);
        expect(fromStatus).toEqual(
          s.network.map((n) => ({
            network: n.network,
            interface: n.interface,
            ip: n.addresses[0],
            ...(n.mac ? { mac: n.mac } : {}),
            ...(n.gateways[0] ? { gateway: n.gateways[0] } : {}),
          })),
        );
      });
    } finally {
      await archive.dispose();
    }
  });
});
