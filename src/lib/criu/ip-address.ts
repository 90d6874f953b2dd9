/**
 * `(criu).ipadd` fields: repeated u32 words holding an address in network byte order, read
 * on a little-endian host. crit byte-swaps each word (ntohl) and prints the result with
 * Python's ipaddress module: dotted IPv4 for one word, else IPv6 from the first four words in
 * the `compressed` form (longest run of two or more zero groups becomes `::`, first run on a
 * tie; no special form for IPv4-mapped addresses, as in Python before 3.13).
 */
function ntohl(v: number): number {
  return (
    (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | ((v >>> 24) & 0xff)) >>> 0
  );
}

export function formatIpWords(words: number[]): string {
  if (words.length === 1) {
    const v = ntohl(words[0]);
    return [v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff].join('.');
  }
  const groups: number[] = [];
  for (let i = 0; i < 4; i++) {
    const v = ntohl(words[i] ?? 0);
    groups.push(v >>> 16, v & 0xffff);
  }
  return ipv6Text(groups);
}

/**
 * Eight 16-bit groups as IPv6 text: the first longest run of two or more zero groups becomes
 * `::` (RFC 5952 and Python's `compressed` agree on this).
 */
export function ipv6Text(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** The reverse: an address string back to its network-order words; undefined if malformed. */
export function parseIpWords(text: string): number[] | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const parts = text.split('.').map(Number);
    if (parts.some((p) => p > 255)) return undefined;
    return [ntohl(((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0)];
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parseGroups(halves[0]);
  const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  const groups = [...head, ...new Array<number>(fill).fill(0), ...tail];
  const words: number[] = [];
  for (let i = 0; i < 8; i += 2) words.push(ntohl(((groups[i] << 16) | groups[i + 1]) >>> 0));
  return words;
}
