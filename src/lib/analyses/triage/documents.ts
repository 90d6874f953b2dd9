/**
 * Fleet triage documents: what `cli triage` writes for each archive, one JSON document per
 * archive and one per finding, flat enough that a search engine (OpenSearch/Elasticsearch
 * `_bulk`) or an embedded one (DuckDB `read_json_auto`) can filter on every field without a
 * mapping. The fields are documented once, in docs/triage-fields.md (a test keeps that list
 * and these builders in step).
 */
import type { Finding, Severity } from '../findings/types.ts';
import { SEVERITIES } from '../findings/types.ts';
import type { CheckpointModel } from '../../model/types.ts';
import type { Problem } from '../../problems.ts';
import type { CheckpointSummary } from '../../summary/types.ts';

/** Bumped when a field changes meaning or type; loaders can branch on it. */
export const TRIAGE_SCHEMA_VERSION = 1;

export type SeverityCounts = Record<Severity, number>;

export interface TriageContainer {
  /** Index in a pod checkpoint (0 for a single container). */
  index: number;
  /** The container's folder inside the archive (`` for a single-container export). */
  root: string;
  name?: string;
  id?: string;
  image?: string;
  pod?: string;
  namespace?: string;
  processes: number;
  sockets: number;
  listening_ports: number[];
  findings: SeverityCounts;
}

export interface ArchiveDocument {
  doc_type: 'archive';
  schema_version: number;
  /** The path as given on the command line or found in a folder (never opened for writing). */
  path: string;
  file_name: string;
  size: number;
  /** SHA-256 of the file as given (hex): the document's identity, and how reruns skip it. */
  sha256: string;
  analysed_at: string;
  tool_version: string;
  engine: string;
  compression: string;
  container_count: number;
  containers: TriageContainer[];
  /** Every process of every container: `comm` and the executable's base name, deduplicated. */
  process_names: string[];
  process_count: number;
  socket_count: number;
  findings: SeverityCounts;
  finding_count: number;
  /** The highest severity among the findings, or `none`. */
  max_severity: Severity | 'none';
  /** Present once the secrets and history analyses ran for this archive. */
  secret_count?: number;
  history_entry_count?: number;
  /** True when the archive could not be fully read; `problems` says what. */
  damaged: boolean;
  problems: { code: string; severity: string; message: string; file?: string }[];
}

export interface FindingDocument {
  doc_type: 'finding';
  schema_version: number;
  archive_sha256: string;
  path: string;
  container_index: number;
  container_name?: string;
  rule: string;
  title: string;
  severity: Severity;
  rule_severity: Severity;
  attack?: string;
  summary: string;
  severity_note?: string;
  pid?: number;
  evidence: string[];
}

export type TriageDocument = ArchiveDocument | FindingDocument;

/** What one analysed container contributes. */
export interface ContainerResult {
  root: string;
  model: CheckpointModel;
  findings: Finding[];
  secrets?: number;
  historyEntries?: number;
}

export interface ArchiveFacts {
  path: string;
  size: number;
  sha256: string;
  analysedAt: string;
  toolVersion: string;
  summary?: CheckpointSummary;
  containers: ContainerResult[];
  /** Problems of the archive itself (open, layout) and of every container's model. */
  problems: Problem[];
}

export function emptyCounts(): SeverityCounts {
  return { high: 0, medium: 0, low: 0, info: 0 };
}

function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = emptyCounts();
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function baseName(path: string): string {
  const cut = path.replace(/ \(deleted\)$/, '');
  return cut.slice(cut.lastIndexOf('/') + 1);
}

function listeningPorts(model: CheckpointModel): number[] {
  const ports = new Set<number>();
  for (const s of model.sockets)
    if (s.state === 'LISTEN' && s.local?.port !== undefined) ports.add(s.local.port);
  return [...ports].sort((a, b) => a - b);
}

function containerDoc(c: ContainerResult, index: number): TriageContainer {
  const info = c.model.container;
  return {
    index,
    root: c.root,
    ...(info.name !== undefined ? { name: info.name } : {}),
    ...(info.id !== undefined ? { id: info.id } : {}),
    ...(info.image !== undefined ? { image: info.image } : {}),
    ...(info.podName !== undefined ? { pod: info.podName } : {}),
    ...(info.podNamespace !== undefined ? { namespace: info.podNamespace } : {}),
    processes: c.model.processes.length,
    sockets: c.model.sockets.length,
    listening_ports: listeningPorts(c.model),
    findings: countBySeverity(c.findings),
  };
}

function sum(values: (number | undefined)[]): number | undefined {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length ? present.reduce((a, b) => a + b, 0) : undefined;
}

/** The archive document and one document per finding, in container then finding order. */
export function triageDocuments(facts: ArchiveFacts): TriageDocument[] {
  const all = facts.containers.flatMap((c) => c.findings);
  const counts = countBySeverity(all);
  const names = new Set<string>();
  for (const c of facts.containers)
    for (const p of c.model.processes) {
      if (p.comm) names.add(p.comm);
      if (p.exe) names.add(baseName(p.exe));
    }
  const problems = facts.problems.filter((p) => p.severity !== 'info');
  const secrets = sum(facts.containers.map((c) => c.secrets));
  const history = sum(facts.containers.map((c) => c.historyEntries));
  const archive: ArchiveDocument = {
    doc_type: 'archive',
    schema_version: TRIAGE_SCHEMA_VERSION,
    path: facts.path,
    file_name: baseName(facts.path),
    size: facts.size,
    sha256: facts.sha256,
    analysed_at: facts.analysedAt,
    tool_version: facts.toolVersion,
    engine: facts.summary?.engine ?? 'unknown',
    compression: facts.summary?.compression ?? 'unknown',
    container_count: facts.containers.length,
    containers: facts.containers.map(containerDoc),
    process_names: [...names].sort(),
    process_count: facts.containers.reduce((n, c) => n + c.model.processes.length, 0),
    socket_count: facts.containers.reduce((n, c) => n + c.model.sockets.length, 0),
    findings: counts,
    finding_count: all.length,
    max_severity: SEVERITIES.find((s) => counts[s] > 0) ?? 'none',
    ...(secrets !== undefined ? { secret_count: secrets } : {}),
    ...(history !== undefined ? { history_entry_count: history } : {}),
    damaged: problems.some((p) => p.severity === 'error'),
    problems: problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      message: p.message,
      ...(p.file !== undefined ? { file: p.file } : {}),
    })),
  };
  const docs: TriageDocument[] = [archive];
  facts.containers.forEach((c, index) => {
    for (const f of c.findings)
      docs.push({
        doc_type: 'finding',
        schema_version: TRIAGE_SCHEMA_VERSION,
        archive_sha256: facts.sha256,
        path: facts.path,
        container_index: index,
        ...(c.model.container.name !== undefined ? { container_name: c.model.container.name } : {}),
        rule: f.rule.id,
        title: f.rule.title,
        severity: f.severity,
        rule_severity: f.rule.severity,
        ...(f.rule.attack !== undefined ? { attack: f.rule.attack } : {}),
        summary: f.summary,
        ...(f.severityNote !== undefined ? { severity_note: f.severityNote } : {}),
        ...(f.pid !== undefined ? { pid: f.pid } : {}),
        evidence: f.evidence.map((e) => e.label),
      });
  });
  return docs;
}

/** An archive that could not be opened at all is still one document, with its problem. */
export function unreadableDocument(
  facts: Omit<ArchiveFacts, 'containers' | 'summary'>,
): ArchiveDocument {
  const [doc] = triageDocuments({ ...facts, containers: [] });
  return { ...(doc as ArchiveDocument), damaged: true };
}
