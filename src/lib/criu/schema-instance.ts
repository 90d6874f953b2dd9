/**
 * The project's CRIU schemas (proto/ → generated/criu.json), compiled once on first use.
 * Only the JSON descriptor is read, as data: decoding never needs generated code or eval.
 */
import descriptor from './generated/criu.json';
import { Schema, type DescriptorNode } from './schema.ts';

let compiled: Schema | undefined;

export function criuSchema(): Schema {
  compiled ??= new Schema(descriptor as unknown as DescriptorNode);
  return compiled;
}
