/**
 * A netlink socket (no fixture holds one): added to kitchen's files.img with the project's own
 * encoder, read back through the model and the page's socket row. Its state is netlink's own
 * (0 unconnected), not a TCP state, and every view names it and its protocol the same way.
 */
import { describe, expect, it } from 'vitest';
import { socketRow } from '../../../src/lib/table/model-rows.ts';
import { MapMemberStore } from '../../../src/lib/archive/member-store.ts';
import { decodeImage } from '../../../src/lib/criu/decode-image.ts';
import { encodeImage } from '../../../src/lib/criu/encode-image.ts';
import { buildModel } from '../../../src/lib/model/build.ts';
import { fixtureArchive } from './fixtures.ts';

const fown = { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };
const opts = {
  so_sndbuf: 212992,
  so_rcvbuf: 212992,
  so_snd_tmo_sec: 0n,
  so_snd_tmo_usec: 0n,
  so_rcv_tmo_sec: 0n,
  so_rcv_tmo_usec: 0n,
};

async function kitchenWithNetlink(state: number) {
  const c = (await fixtureArchive('kitchen.tar.zst')).layout.containers[0]!;
  const files = new Map<string, Uint8Array>();
  for (const m of c.images.list()) files.set(m.name, await c.images.read(m.name));
  const d = decodeImage(files.get('files.img')!, 'files.img');
  d.entries.push({
    type: 13,
    id: 200,
    nlsk: {
      id: 200,
      ino: 77001,
      protocol: 0,
      state,
      flags: 0,
      portid: 4321,
      dst_portid: 0,
      dst_group: 0,
      fown,
      opts,
    },
  });
  files.set('files.img', encodeImage(d));
  return buildModel({ images: new MapMemberStore(files) });
}

describe('netlink sockets', () => {
  it('name their protocol and their own state, the same in the model, the CLI text and the page row', async () => {
    for (const [code, name] of [
      [0, 'UNCONNECTED'],
      [1, 'CONNECTED'],
    ] as const) {
      const m = await kitchenWithNetlink(code);
      const s = m.sockets.find((x) => x.id === 200)!;
      expect(s).toMatchObject({ family: 'NETLINK', protocol: 'NETLINK_ROUTE', state: name });
      expect(s.description).toBe('NETLINK NETLINK_ROUTE portid 4321');
      const row = socketRow(s, m);
      expect(row).toMatchObject({ family: 'NETLINK', protocol: 'NETLINK_ROUTE', state: name });
      expect(JSON.stringify(row)).not.toContain('UNKNOWN');
    }
  });
});
