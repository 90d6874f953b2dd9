/**
 * Task states as CRIU's compel defines them. crit labels 3 as Zombie and 6 as Stopped, which
 * is backwards; and CRIU dumps a zombie with state 2 (Dead), see cr-dump.c dump_one_zombie.
 */
export type TaskState = 'alive' | 'dead' | 'stopped' | 'zombie' | 'unknown';

export function taskState(code: number | undefined): TaskState {
  switch (code) {
    case 1:
      return 'alive';
    case 2:
      return 'dead';
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
