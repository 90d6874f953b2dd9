/**
 * Which container of archive A goes with which of archive B: by name first (a pod checkpointed
 * twice keeps its container names; a restored container gets a new id), then by id. A single
 * container on each side is always a pair, whatever its name.
 */
import type { ContainerModel } from '../../model/from-archive.ts';

export interface ContainerPair {
  a: ContainerModel;
  b: ContainerModel;
  matchedBy: 'name' | 'id' | 'only container';
}

export interface ContainerPairing {
  pairs: ContainerPair[];
  onlyInA: ContainerModel[];
  onlyInB: ContainerModel[];
}

export function pairContainers(
  a: readonly ContainerModel[],
  b: readonly ContainerModel[],
): ContainerPairing {
  if (a.length === 1 && b.length === 1)
    return {
      pairs: [{ a: a[0]!, b: b[0]!, matchedBy: 'only container' }],
      onlyInA: [],
      onlyInB: [],
    };
  const restA = [...a];
  const restB = [...b];
  const pairs: ContainerPair[] = [];
  const take = (by: 'name' | 'id', key: (c: ContainerModel) => string | undefined) => {
    for (let i = 0; i < restA.length;) {
      const k = key(restA[i]!);
      const j = k === undefined ? -1 : restB.findIndex((c) => key(c) === k);
      if (j < 0) {
        i++;
        continue;
      }
      pairs.push({ a: restA[i]!, b: restB[j]!, matchedBy: by });
      restA.splice(i, 1);
      restB.splice(j, 1);
    }
  };
  take('name', (c) => c.model.container.name);
  take('id', (c) => c.model.container.id);
  return { pairs, onlyInA: restA, onlyInB: restB };
}
