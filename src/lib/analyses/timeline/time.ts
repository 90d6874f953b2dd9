/**
 * Wall-clock times as the timeline keeps them: exact microseconds since the epoch (bigint, for
 * sorting and Timesketch's `timestamp`) and a UTC ISO 8601 string with the precision the
 * source holds (a tar header's seconds stay seconds, a Go time's nanoseconds stay nanoseconds).
 * Nothing here rounds up or fills in: a time that cannot be read is `undefined`, and the
 * caller reports it.
 */

export interface WallTime {
  /** Microseconds since the Unix epoch; finer digits of the source are cut, not rounded. */
  us: bigint;
  /** `2026-12-06T03:54:22.309632006Z`: UTC, as many fraction digits as the source had. */
  datetime: string;
}

/**
 * Years a checkpoint's dates can honestly have: a file time of 1970 is a real (if suspicious)
 * value; year 1 is Go's zero time, handled by `isGoZeroTime` before this.
 */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** Go's zero `time.Time` (`0001-01-01T00:00:00Z`): how Go engines write "never" (restoredTime). */
export function isGoZeroTime(text: string): boolean {
  return text.startsWith('0001-01-01');
}

/** An RFC 3339 time (`…Z` or `…+02:00`, up to nanoseconds), in UTC. */
export function parseRfc3339(text: string): WallTime | undefined {
  const m = RFC3339.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // 31 February rolls over into March: not a date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  date.setUTCHours(hour, minute, second, 0);
  let sec = BigInt(date.getTime() / 1000);
  if (m[9] !== undefined) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    const offset = BigInt((offsetHours * 60 + offsetMinutes) * 60);
    sec = m[9] === '+' ? sec - offset : sec + offset;
  }
  return fromEpochSeconds(sec, m[7] ?? '');
}

/**
 * Seconds since the epoch plus the fraction digits the source gave (`''` for whole seconds,
 * `'123456'` for a timeval's microseconds, nine digits for nanoseconds).
 */
export function fromEpochSeconds(sec: bigint, fraction = ''): WallTime | undefined {
  if (!/^\d{0,9}$/.test(fraction)) return undefined;
  const ms = Number(sec) * 1000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const us = sec * 1_000_000n + BigInt((fraction + '000000').slice(0, 6));
  const datetime = `${date.toISOString().slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
  return { us, datetime };
}

/** Microseconds since the epoch (a timeval, exact), shown to the microsecond. */
export function fromEpochMicros(us: bigint): WallTime | undefined {
  const sec = floorDiv(us, 1_000_000n);
  const rest = us - sec * 1_000_000n;
  return fromEpochSeconds(sec, rest.toString().padStart(6, '0'));
}

/** Nanoseconds since the epoch (containerd's `status`), shown to the nanosecond. */
export function fromEpochNanos(ns: bigint): WallTime | undefined {
  const sec = floorDiv(ns, 1_000_000_000n);
  const rest = ns - sec * 1_000_000_000n;
  return fromEpochSeconds(sec, rest.toString().padStart(9, '0'));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}
