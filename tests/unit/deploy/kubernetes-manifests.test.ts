import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { Job } from 'kubernetes-models/batch/v1/Job';

const DIR = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../../deploy/kubernetes',
);

type Manifest = Record<string, unknown>;
const load = (name: string) => parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as Manifest;

/** Validates against Kubernetes' own OpenAPI schemas (kubernetes-models ships them). */
function validate(m: Manifest): void {
  if (m.kind === 'Job') new Job(m as never).validate();
  else if (m.kind === 'DaemonSet') new DaemonSet(m as never).validate();
  else throw new Error(`unexpected kind ${String(m.kind)}`);
}

interface PodSpec {
  containers: {
    command?: string[];
    args?: string[];
    volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
  }[];
  volumes: { name: string; hostPath?: { path: string } }[];
}
const podSpec = (m: Manifest) =>
  (m as { spec: { template: { spec: PodSpec } } }).spec.template.spec;

/** kubectl's client dry-run still asks a cluster for its API groups: only with one reachable. */
function kubectlWithCluster(): boolean {
  const r = spawnSync('kubectl', ['cluster-info', '--request-timeout=3s'], { encoding: 'utf8' });
  return r.status === 0;
}

describe.each(['triage-job.yaml', 'triage-daemonset.yaml'])('%s', (name) => {
  it('is a valid Kubernetes object', () => {
    expect(() => validate(load(name))).not.toThrow();
  });

  it('mounts the kubelet checkpoint folder read-only and runs cc-analyser triage on it', () => {
    const spec = podSpec(load(name));
    const volume = spec.volumes.find((v) => v.hostPath?.path === '/var/lib/kubelet/checkpoints');
    expect(volume).toBeDefined();
    const mount = spec.containers[0]!.volumeMounts.find((m) => m.name === volume!.name)!;
    expect(mount.readOnly).toBe(true);
    const command = [...(spec.containers[0]!.command ?? []), ...(spec.containers[0]!.args ?? [])];
    expect(command.join(' ')).toMatch(new RegExp(`cc-analyser.*triage ${mount.mountPath} `));
  });

  it('kubectl apply --dry-run=client accepts it (when a cluster is reachable)', (ctx) => {
    if (!kubectlWithCluster()) {
      // Said, not silently skipped: the schema validation above ran either way.
      console.log(`${name}: kubectl dry-run not run (no kubectl or no reachable cluster)`);
      ctx.annotate('kubectl dry-run not run: no kubectl or no reachable cluster');
      expect(() => validate(load(name))).not.toThrow();
      return;
    }
    const r = spawnSync('kubectl', ['apply', '--dry-run=client', '-f', path.join(DIR, name)], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
  });
});

it('the validation is real: a broken manifest is refused', () => {
  const broken = load('triage-job.yaml');
  const spec = podSpec(broken) as unknown as { containers: unknown };
  spec.containers = 'not a list';
  expect(() => validate(broken)).toThrow();
});
