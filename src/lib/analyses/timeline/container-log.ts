/**
 * Lines of the container's log that carry a time. Two formats: the CRI log format Podman's
 * k8s-file driver, CRI-O and containerd's CRI plugin write (`<RFC 3339 nano> stdout F text`,
 * where `P` marks a line split in parts, joined here under the first part's time), and
 * Docker's json-file lines (`{"log":…,"stream":…,"time":…}`). Lines in neither format carry
 * no time and are only counted.
 */
import type { MemberStore } from '../../archive/member-store.ts';
import { isRecord } from '../../summary/json-file.ts';
import type { TimelineSink } from './sink.ts';
import { parseRfc3339, type WallTime } from './time.ts';

/** The log files the engines keep next to the images (CRI-O's holds the log itself). */
export const CONTAINER_LOG_FILES = ['ctr.log', 'container.log', 'io.kubernetes.cri-o.LogPath'];

/** Read at most this much of a log: a chatty container's log can be gigabytes. */
const MAX_LOG_BYTES = 16 << 20;
/** Events kept per log; the rest are counted in a problem. */
const MAX_EVENTS = 20_000;
const MAX_MESSAGE = 400;

const CRI_LINE = /^(\S+) (stdout|stderr) ([PF]) ?(.*)$/;

interface LogLine {
  time: WallTime;
  stream: string;
  text: string;
  line: number;
}

export async function containerLogEvents(sink: TimelineSink, root: MemberStore): Promise<void> {
  for (const name of CONTAINER_LOG_FILES) {
    if (!root.has(name)) continue;
    const size = root.size(name) ?? 0;
    const bytes = await root.readRange(name, 0, Math.min(size, MAX_LOG_BYTES));
    if (size > MAX_LOG_BYTES)
      sink.badTime(
        `${name} is ${size} bytes: only its first ${MAX_LOG_BYTES} bytes were read for the timeline`,
        name,
        'info',
      );
    logEvents(sink, name, new TextDecoder().decode(bytes));
  }
}

export function logEvents(sink: TimelineSink, file: string, text: string): void {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let untimed = 0;
  let bad = 0;
  let firstBad = '';
  let kept = 0;
  let dropped = 0;
  let partial: LogLine | undefined;
  const emit = (l: LogLine) => {
    if (kept >= MAX_EVENTS) {
      dropped++;
      return;
    }
    kept++;
    const message = l.text.length > MAX_MESSAGE ? `${l.text.slice(0, MAX_MESSAGE)}…` : l.text;
    sink.add(l.time, {
      timestampDesc: 'Log line written',
      message: `${l.stream}: ${message}`,
      source: 'log',
      precision: 'recorded',
      note: `${file} line ${l.line}`,
      path: file,
      evidence: { label: `${file} line ${l.line}`, target: { to: 'image', name: file } },
    });
  };
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    const parsed = parseLine(line);
    if (parsed === 'untimed') {
      untimed++;
      continue;
    }
    if (parsed.time === undefined) {
      if (bad++ === 0) firstBad = `line ${i + 1}: ${line.slice(0, 60)}`;
      continue;
    }
    const entry: LogLine = {
      time: parsed.time,
      stream: parsed.stream,
      text: parsed.text,
      line: i + 1,
    };
    if (partial) {
      partial.text += entry.text;
      if (!parsed.partial) {
        emit(partial);
        partial = undefined;
      }
    } else if (parsed.partial) partial = entry;
    else emit(entry);
  }
  if (partial) emit(partial);
  if (bad > 0)
    sink.badTime(
      `${file}: ${bad} log line(s) have an unreadable time (first at ${firstBad})`,
      file,
    );
  if (untimed > 0 && kept === 0 && bad === 0)
    sink.badTime(`${file}: ${untimed} line(s) in no known log format carry no time`, file, 'info');
  if (dropped > 0)
    sink.badTime(
      `${file}: only the first ${MAX_EVENTS} timed lines are on the timeline (${dropped} more)`,
      file,
      'info',
    );
}

type Parsed =
  'untimed' | { time: WallTime | undefined; stream: string; text: string; partial: boolean };

function parseLine(line: string): Parsed {
  const cri = CRI_LINE.exec(line);
  if (cri) {
    return {
      time: parseRfc3339(cri[1]!),
      stream: cri[2]!,
      text: cri[4]!,
      partial: cri[3] === 'P',
    };
  }
  if (line.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      return 'untimed';
    }
    if (!isRecord(doc) || typeof doc.time !== 'string') return 'untimed';
    const text = typeof doc.log === 'string' ? doc.log.replace(/\n$/, '') : '';
    const stream = typeof doc.stream === 'string' ? doc.stream : 'log';
    return { time: parseRfc3339(doc.time), stream, text, partial: false };
  }
  return 'untimed';
}
