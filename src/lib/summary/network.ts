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
 * [{ipnet, gateway}], mac_address}}}}`; Podman < 4 wrote CNI results instead (see
 * `cniInterfaces`). A container without networking stores `null`. This is the one reader of
 * the file: `show` prints it and the model (`inspect`, the page) converts it.
 */
export function podmanInterfaces(status: unknown): NetworkInterfaceSummary[] {
  if (Array.isArray(status)) return cniInterfaces(status);
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

/**
 * CNI results: `[{interfaces: [{name, mac, sandbox?}], ips: [{address, gateway, interface:
 * <index>}]}]`; each address names its interface by index.
 */
function cniInterfaces(results: unknown[]): NetworkInterfaceSummary[] {
  const out: NetworkInterfaceSummary[] = [];
  for (const r of results.filter(isRecord)) {
    const ifaces = Array.isArray(r.interfaces) ? r.interfaces : [];
    for (const ip of (Array.isArray(r.ips) ? r.ips : []).filter(isRecord)) {
      const index = typeof ip.interface === 'number' ? ip.interface : -1;
      const iface: unknown = ifaces[index];
      const entry: NetworkInterfaceSummary = {
        network: str(r.network) ?? str(r.name) ?? '',
        interface: (isRecord(iface) ? str(iface.name) : undefined) ?? '',
        addresses: [str(ip.address)].filter((s): s is string => s !== undefined),
        gateways: [str(ip.gateway)].filter((s): s is string => s !== undefined),
      };
      const mac = isRecord(iface) ? str(iface.mac) : undefined;
      if (mac) entry.mac = mac;
      out.push(entry);
    }
  }
  return out;
}
