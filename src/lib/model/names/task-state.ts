/**
 * Task states as CRIU's compel defines them. crit labels 3 as Zombie and 6 as Stopped, which
 * is backwards, and 2 as Dead: CRIU writes 2 (TASK_DEAD) for every zombie it dumps (cr-dump.c
 * dump_one_zombie) and restores a task in state 2 as a zombie, so 2 reads as `zombie` here.
 * `dead` stays in the type for callers that name it; the model no longer produces it.
 */
export type TaskState = 'alive' | 'dead' | 'stopped' | 'zombie' | 'unknown';

export function taskState(code: number | undefined): TaskState {
  switch (code) {
    case 1:
      return 'alive';
    case 2: // TASK_DEAD: how CRIU dumps a zombie
      return 'zombie';
    case 3:
      return 'stopped';
    case 6:
      return 'zombie';
    default:
      return 'unknown';
  }
}

/** Dead (2) and zombie (6) tasks have only a core image: no mm, fs, ids or fds. */
export function hasResources(state: TaskState): boolean {
  return state === 'alive' || state === 'stopped';
}
