/**
 * The problem taxonomy shared by every layer. Bad input never throws out of the core:
 * each layer records what it could not read as a Problem and returns what it could.
 */
export type ProblemCode =
  | 'not-an-archive'
  | 'no-criu-images'
  | 'truncated-archive'
  | 'bad-tar-checksum'
  | 'decompression-error'
  | 'size-limit'
  | 'unknown-magic'
  | 'truncated-entry'
  | 'oversized-entry'
  | 'malformed-protobuf'
  | 'missing-image'
  /** A file an engine writes next to the images (spec.dump, config.dump…) is absent. */
  | 'missing-file'
  | 'pages-missing'
  | 'pages-short'
  | 'parent-missing'
  | 'bad-json'
  | 'unsupported'
  /** The input could not be opened at all (permissions, I/O): nothing was read. */
  | 'unreadable-input'
  /** pstree.img links that do not form a tree: a ppid cycle, a self-parent, a pid twice. */
  | 'bad-process-tree'
  /** Archive members whose paths name the same file (`etc/x`, `/etc/x`, `./etc/x`). */
  | 'path-collision'
  /** A date or time the checkpoint holds that cannot be read as a wall-clock time. */
  | 'bad-time';

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** One line a person can act on, naming what was being read. */
  message: string;
  /** Archive member path (e.g. `checkpoint/core-1.img`) or input file name. */
  file?: string;
  /** CRIU image name when the problem is inside an image. */
  image?: string;
  /** Byte offset inside `file`/`image` where the problem starts. */
  offset?: number;
}

export function problem(
  code: ProblemCode,
  message: string,
  where: Omit<Problem, 'code' | 'message' | 'severity'> & { severity?: Severity } = {},
): Problem {
  const { severity = 'error', ...rest } = where;
  return { code, severity, message: oneLine(message), ...rest };
}

/**
 * Messages often quote the input (a path, a JSON parser's excerpt of a damaged file): control
 * characters from it must not break a message into several lines or reach a terminal raw.
 */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return message.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}
