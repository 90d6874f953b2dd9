/**
 * Wait statuses. CRIU stores a zombie's `exit_code` as the kernel's `exit_code` of the task,
 * which is what wait(2) returns: `_exit(3)` is 0x300 (768), death by SIGKILL is 9, and bit 7
 * says a core was dumped. Never show the raw number as if it were the exit status.
 */
import { signalName } from './signals.ts';

export interface WaitStatus {
  /** The value as CRIU recorded it (`tc.exit_code`). */
  raw: number;
  /** WIFEXITED: the process called exit(2)/_exit(2) or returned from main. */
  exited: boolean;
  /** WEXITSTATUS, when `exited`. */
  exitStatus?: number;
  /** WTERMSIG, when killed by a signal. */
  signal?: number;
  /** `SIGKILL`, … when killed by a signal. */
  signalName?: string;
  /** WCOREDUMP: the signal dumped a core. */
  coreDumped: boolean;
  /** `exited with status 3`, `killed by signal SIGKILL (9)`, `killed by signal SIGSEGV (11), core dumped`. */
  description: string;
}

export function decodeWaitStatus(raw: number): WaitStatus {
  const low = raw & 0x7f;
  if (low === 0) {
    const exitStatus = (raw >> 8) & 0xff;
    return {
      raw,
      exited: true,
      exitStatus,
      coreDumped: false,
      description: `exited with status ${exitStatus}`,
    };
  }
  if (low === 0x7f) {
    // WIFSTOPPED: a stopped child's status (never a zombie's, but the number can be anything).
    const signal = (raw >> 8) & 0xff;
    return {
      raw,
      exited: false,
      signal,
      signalName: signalName(signal),
      coreDumped: false,
      description: `stopped by signal ${signalName(signal)} (${signal})`,
    };
  }
  const coreDumped = (raw & 0x80) !== 0;
  return {
    raw,
    exited: false,
    signal: low,
    signalName: signalName(low),
    coreDumped,
    description: `killed by signal ${signalName(low)} (${low})${coreDumped ? ', core dumped' : ''}`,
  };
}

/** The description of a raw wait status, for views that only carry the number. */
export function waitStatusText(raw: number): string {
  return decodeWaitStatus(raw).description;
}
