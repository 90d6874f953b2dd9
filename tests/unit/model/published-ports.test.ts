/** The ports an engine publishes, read from Podman's config.dump (both generations). */
import { describe, expect, it } from 'vitest';
import { publishedPorts } from '../../../src/lib/model/ports.ts';
import { fixtureModels } from './fixtures.ts';

describe('published ports', () => {
  it('Podman 4 newPortMappings, with ranges and protocol lists', () => {
    expect(
      publishedPorts({
        newPortMappings: [
          { container_port: 80, host_port: 8080, protocol: 'tcp' },
          { container_port: 5000, host_port: 5000, range: 3, protocol: 'tcp,udp' },
        ],
      }),
    ).toEqual([
      { port: 80, range: 1, protocol: 'tcp' },
      { port: 5000, range: 3, protocol: 'tcp' },
      { port: 5000, range: 3, protocol: 'udp' },
    ]);
  });

  it('older portMappings; hostile values are skipped', () => {
    expect(
      publishedPorts({
        portMappings: [{ containerPort: 22, protocol: 'TCP' }, { containerPort: 70000 }, 'x', null],
      }),
    ).toEqual([{ port: 22, range: 1, protocol: 'tcp' }]);
  });

  it('a Podman config without mappings publishes nothing; no config says nothing', async () => {
    expect(publishedPorts({ spec: {} })).toEqual([]);
    expect(publishedPorts(undefined)).toBeUndefined();
    expect((await fixtureModels('web.tar.zst'))[0]!.model.container.publishedPorts).toEqual([]);
    expect(
      (await fixtureModels('crio-kitchen.tar.zst'))[0]!.model.container.publishedPorts,
    ).toBeUndefined();
  });
});
