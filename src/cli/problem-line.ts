import type { Problem } from '../lib/problems.ts';
import { printable } from './text.ts';

/**
 * One line that says what is wrong with an input: its name, the first error (where it is:
 * member, image, byte offset) and how many more problems there are. Used on stderr, so a
 * script sees the reason and a person is not buried in a list.
 */
export function problemLine(name: string, problems: readonly Problem[]): string {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  if (!first) return `${printable(name)}: no checkpoint found`;
  const where: string[] = [];
  const file = first.file ?? first.image;
  if (file !== undefined && file !== name && !first.message.includes(file)) where.push(file);
  if (first.offset !== undefined && !first.message.includes(`offset ${first.offset}`))
    where.push(`at byte ${first.offset}`);
  const more = problems.length - 1;
  return [
    first.message.includes(name) ? '' : `${name}: `,
    first.message,
    where.length ? ` (${where.join(' ')})` : '',
    more > 0 ? `; ${more} more problem${more === 1 ? '' : 's'}` : '',
  ]
    .map(printable)
    .join('');
}
