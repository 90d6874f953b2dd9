import { isRecord, str } from './json-file.ts';

export interface NetworkInterfaceSummary {
  network: string;
  interface: string;
  /** Addresses with prefix length, e.g. `10.88.0.5/16`. */
  addresses: string[];
  gateways: string[];
  mac?: string;
}

/**
 * Podman's `network.status` (Podman ≥ 4): `{<network>: {interfaces: {<ifname>: {subnets:
 * [{ipnet, gateway}], mac_address}}}}`. A container without networking stores `null`; any
 * other shape (older CNI results) yields no interfaces rather than an error.
 */
export function podmanInterfaces(status: unknown): NetworkInterfaceSummary[] {
  if (!isRecord(status)) return [];
  const out: NetworkInterfaceSummary[] = [];
  for (const [network, value] of Object.entries(status)) {
    if (!isRecord(value) || !isRecord(value.interfaces)) continue;
    for (const [ifname, iface] of Object.entries(value.interfaces)) {
      if (!isRecord(iface)) continue;
      const subnets = Array.isArray(iface.subnets) ? iface.subnets.filter(isRecord) : [];
      const entry: NetworkInterfaceSummary = {
        network,
        interface: ifname,
        addresses: subnets.map((s) => str(s.ipnet)).filter((s): s is string => s !== undefined),
        gateways: subnets.map((s) => str(s.gateway)).filter((s): s is string => s !== undefined),
      };
      const mac = str(iface.mac_address);
      if (mac) entry.mac = mac;
      out.push(entry);
    }
  }
  return out;
}
