import { problem, type Problem } from '../problems.ts';

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/**
 * Parse a JSON file of the archive. Bad JSON is a Problem (the file was written by an engine
 * we may not know, or damaged), never an exception.
 */
export function parseJsonFile(
  text: string | undefined,
  file: string,
  problems: Problem[],
): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    problems.push(
      problem(
        'bad-json',
        `${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
        {
          file,
          severity: 'warning',
        },
      ),
    );
    return undefined;
  }
}
