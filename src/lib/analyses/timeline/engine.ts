/**
 * The engine's own record of the container's life: created, started, finished, restored
 * (config.dump, spec.dump's CRI-O annotation, status.dump, containerd's `status`). The same
 * moment written in several files (CRI-O's created time is in three) is one event.
 */
import { isRecord } from '../../summary/json-file.ts';
import type { EngineFiles } from './engine-files.ts';
import type { TimelineSink } from './sink.ts';
import { fromEpochNanos, isGoZeroTime, parseRfc3339, type WallTime } from './time.ts';

/**
 * A time field of an engine file: absent → undefined; Go's zero time → undefined (the engine's
 * "never"); anything else that is not an RFC 3339 time → a problem.
 */
export function engineTime(
  sink: TimelineSink,
  value: unknown,
  file: string,
  field: string,
): WallTime | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    sink.badTime(`${file} ${field} is not a time string (${typeof value})`, file);
    return undefined;
  }
  if (isGoZeroTime(value)) return undefined;
  const time = parseRfc3339(value);
  if (!time) sink.badTime(`${file} ${field} is not an RFC 3339 time: ${value.slice(0, 80)}`, file);
  return time;
}

export function engineEvents(sink: TimelineSink, files: EngineFiles): void {
  const seen = new Set<string>();
  const add = (time: WallTime | undefined, desc: string, file: string, field: string) => {
    if (!time) return;
    const key = `${desc}|${time.us}`;
    if (seen.has(key)) return;
    seen.add(key);
    sink.add(time, {
      timestampDesc: desc,
      message: `${desc} (${file} ${field})`,
      source: 'engine',
      precision: 'recorded',
      evidence: { label: `${file} ${field}`, target: { to: 'image', name: file } },
    });
  };

  const c = files.config;
  if (c) {
    const created = engineTime(sink, c.createdTime, 'config.dump', 'createdTime');
    if (!created && c.createdTime === undefined)
      sink.badTime(
        'config.dump has no createdTime: no container creation time',
        'config.dump',
        'info',
      );
    add(created, 'Container created', 'config.dump', 'createdTime');
    add(
      engineTime(sink, c.restoredTime, 'config.dump', 'restoredTime'),
      'Container restored',
      'config.dump',
      'restoredTime',
    );
  }

  const annotations = isRecord(files.spec?.annotations) ? files.spec.annotations : {};
  const crioCreated = 'io.kubernetes.cri-o.Created';
  add(
    engineTime(sink, annotations[crioCreated], 'spec.dump', crioCreated),
    'Container created',
    'spec.dump',
    crioCreated,
  );

  const s = files.statusDump;
  if (s) {
    for (const [field, desc] of STATUS_DUMP_FIELDS)
      add(engineTime(sink, s[field], 'status.dump', field), desc, 'status.dump', field);
  }

  if (files.statusText !== undefined) containerdStatus(files.statusText, add, sink);
}

/** CRI's ContainerStatus as the engines dump it (RFC 3339 strings). */
const STATUS_DUMP_FIELDS: readonly [string, string][] = [
  ['createdAt', 'Container created'],
  ['startedAt', 'Container started'],
  ['finishedAt', 'Container finished'],
];

/** containerd's `status`: Go `time.UnixNano()` integers, 0 for "not yet". */
const CONTAINERD_FIELDS: readonly [string, string][] = [
  ['CreatedAt', 'Container created'],
  ['StartedAt', 'Container started'],
  ['FinishedAt', 'Container finished'],
];

function containerdStatus(
  text: string,
  add: (time: WallTime | undefined, desc: string, file: string, field: string) => void,
  sink: TimelineSink,
): void {
  for (const [field, desc] of CONTAINERD_FIELDS) {
    // Read the digits from the text: JSON.parse would round nanoseconds past 2^53.
    const m = new RegExp(`"${field}"\\s*:\\s*(-?[0-9.eE+]+|"[^"]*")`).exec(text);
    if (!m) continue;
    const raw = m[1]!;
    if (!/^\d+$/.test(raw)) {
      sink.badTime(`status ${field} is not a nanosecond count: ${raw.slice(0, 40)}`, 'status');
      continue;
    }
    const ns = BigInt(raw);
    if (ns === 0n) continue;
    const time = fromEpochNanos(ns);
    if (!time) sink.badTime(`status ${field} is out of range: ${raw}`, 'status');
    add(time, desc, 'status', field);
  }
}
