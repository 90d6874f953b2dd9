/**
 * The shape every triage finding has, whichever analysis raised it (memory and process rules,
 * shell history, secrets, YARA). Plain data: the CLI prints it, the worker sends it to the
 * page, exports write it. Rules are described once as data (`FindingRule`); a `Finding` is one
 * instance of a rule with its evidence.
 */

export type Severity = 'high' | 'medium' | 'low' | 'info';

/** Most severe first: the order the Overview, the Findings view and the CLI list them in. */
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** What a rule is and why it exists; shown with every finding and listed in docs/findings.md. */
export interface FindingRule {
  /** Stable id, `area.what`, e.g. `memory.wx-anonymous`; used by filters and exports. */
  id: string;
  title: string;
  severity: Severity;
  /** MITRE ATT&CK technique id where one fits, e.g. `T1055`. */
  attack?: string;
  /** Why this matters to an analyst. */
  why: string;
  /** What benign causes produce the same observation. */
  benign: string;
}

/**
 * Where a piece of evidence is, in terms the views can link to. Addresses are exact bigints.
 * `container` is the index of the container in a pod (absent: the only/first container).
 */
export type EvidenceTarget =
  | { to: 'process'; pid: number }
  | { to: 'fd'; pid: number; fd: number }
  | { to: 'socket'; id: number }
  | { to: 'vma'; pid: number; start: bigint; end: bigint }
  | { to: 'address'; pid: number; address: bigint; length?: number }
  /** A file of the rootfs diff (`rootfs-diff.tar`), at a byte offset of its contents. */
  | { to: 'rootfs'; path: string; offset?: number }
  /** The contents of an open file the model holds (ghost file, memfd, pipe/FIFO buffer). */
  | { to: 'file'; fileId: number; offset?: number }
  /** A CRIU image or a container root file (config.dump, spec.dump…). */
  | { to: 'image'; name: string };

export interface Evidence {
  /** One line saying what this is, e.g. `pid 12 fd 0: TCP 10.0.0.5:4444 → 10.0.0.9:53122`. */
  label: string;
  target?: EvidenceTarget;
}

export interface Finding {
  rule: FindingRule;
  /** One line about this instance: what was seen, where. */
  summary: string;
  /** The severity of this instance; usually the rule's, lowered when a benign cause is likely. */
  severity: Severity;
  /** Why this instance got another severity than the rule's (e.g. a JIT runtime's code cache). */
  severityNote?: string;
  pid?: number;
  container?: number;
  evidence: Evidence[];
}
