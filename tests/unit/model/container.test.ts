/** Container facts from engine files that the fixtures do not cover (network.status shapes). */
import { describe, expect, it } from 'vitest';
import { MapMemberStore } from '../../../src/lib/archive/member-store.ts';
import { buildContainer } from '../../../src/lib/model/container.ts';
import type { Problem } from '../../../src/lib/problems.ts';

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const images = new MapMemberStore({
  'pages-1.img': new Uint8Array(8192),
  'core-1.img': new Uint8Array(10),
});

describe('buildContainer', () => {
  it('reads Podman 4 network.status (StatusBlock per network)', async () => {
    const root = new MapMemberStore({
      'network.status': json({
        podman: {
          interfaces: {
            eth0: {
              subnets: [{ ipnet: '10.88.0.4/16', gateway: '10.88.0.1' }],
              mac_address: '2e:e1:db:6b:68:93',
            },
          },
        },
      }),
      'spec.dump': json({ annotations: { 'io.container.manager': 'libpod' } }),
    });
    const c = await buildContainer(root, images, []);
    expect(c.engine).toBe('Podman');
    expect(c.network).toEqual([
      {
        network: 'podman',
        interface: 'eth0',
        ip: '10.88.0.4/16',
        gateway: '10.88.0.1',
        mac: '2e:e1:db:6b:68:93',
      },
    ]);
    expect(c.sizes).toEqual({ checkpoint: 8202, memoryPages: 8192, rootFsDiff: undefined });
  });

  it('reads Podman 3 CNI results', async () => {
    const root = new MapMemberStore({
      'network.status': json([
        {
          cniVersion: '0.4.0',
          interfaces: [
            { name: 'cni-podman0', mac: 'aa' },
            { name: 'veth1', mac: 'bb' },
            { name: 'eth0', mac: 'cc', sandbox: '/run/netns/x' },
          ],
          ips: [{ version: '4', interface: 2, address: '10.88.0.9/16', gateway: '10.88.0.1' }],
        },
      ]),
    });
    const c = await buildContainer(root, images, []);
    expect(c.network).toEqual([
      { interface: 'eth0', mac: 'cc', ip: '10.88.0.9/16', gateway: '10.88.0.1' },
    ]);
  });

  it('reports a broken config.dump and still describes the rest', async () => {
    const problems: Problem[] = [];
    const root = new MapMemberStore({
      'config.dump': new TextEncoder().encode('{"name": '),
      'network.status': json(null),
    });
    const c = await buildContainer(root, images, problems);
    // network.status is a file only Podman exports: `show` (the layout) says Podman too.
    expect(c.engine).toBe('Podman');
    expect(c.engineId).toBe('podman');
    expect(c.network).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-json', file: 'config.dump' })]);
  });
});
