/**
 * Types of the comparison of the open checkpoint (A) with a second one (B) that cross the
 * worker boundary. The diffs are plain data (bigint addresses clone as they are).
 */
import type { CheckpointDiff, MemoryDiff } from '../src/lib/analyses/diff/index.ts';

export interface ComparedContainer {
  /** Its index among its archive's containers (the page's container number for A). */
  index: number;
  /** The container's folder in a pod archive ('' for a single container). */
  root: string;
  name?: string;
  id?: string;
}

export interface ComparisonPair {
  a: ComparedContainer;
  b: ComparedContainer;
  matchedBy: 'name' | 'id' | 'only container';
  diff: CheckpointDiff;
}

export type CompareOutcome =
  | { status: 'opened'; name: string; size: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface Comparison {
  /** Names of the two inputs. */
  a: string;
  b: string;
  pairs: ComparisonPair[];
  onlyInA: ComparedContainer[];
  onlyInB: ComparedContainer[];
}

export type { MemoryDiff };
