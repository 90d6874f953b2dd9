/**
 * Persistence and tampering in the container's file-system changes (`rootfs-diff.tar`, the
 * files written or replaced since the container started; `deleted.files`, the ones removed).
 * The diff cannot tell an added file from a replaced one: both are "written".
 */
import type { CheckpointModel, TarFileEntry } from '../../model/types.ts';
import { rootfsEvidence } from './evidence.ts';
import { absolute, basename, inTempDir } from './paths.ts';
import { RULES } from './rules.ts';
import type { Finding, FindingRule } from './types.ts';

const BIN_DIRS = ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin'];
const SHELL_RC = new Set([
  '.bashrc',
  '.bash_profile',
  '.bash_login',
  '.bash_logout',
  '.profile',
  '.zshrc',
  '.zprofile',
  '.zshenv',
  '.kshrc',
  '.cshrc',
  '.tcshrc',
]);

/** The persistence rule a written path falls under, if any (ld.so.preload: loader rules). */
export function persistenceRule(path: string): FindingRule | undefined {
  const p = absolute(path);
  const base = basename(p);
  if (/^\/etc\/(passwd|shadow|group|gshadow|sudoers)$/.test(p) || p.startsWith('/etc/sudoers.d/'))
    return RULES.accountFiles;
  if (base === 'authorized_keys' || base === 'authorized_keys2') return RULES.authorizedKeys;
  if (
    /^\/etc\/(crontab|anacrontab)$/.test(p) ||
    /^\/etc\/cron\.(d|hourly|daily|weekly|monthly)\//.test(p) ||
    /^\/var\/spool\/cron\//.test(p)
  )
    return RULES.cron;
  if (
    SHELL_RC.has(base) ||
    /^\/etc\/(profile|bash\.bashrc|bashrc|zshrc|zsh\/zshrc|environment)$/.test(p) ||
    p.startsWith('/etc/profile.d/')
  )
    return RULES.shellRc;
  if (
    /^\/(etc|usr\/lib|lib|usr\/local\/lib|run)\/systemd\/(system|user)\/.+\.(service|timer|socket|path)$/.test(
      p,
    ) ||
    /\/\.config\/systemd\/user\/.+\.(service|timer)$/.test(p)
  )
    return RULES.systemdUnit;
  return undefined;
}

const isRegular = (e: TarFileEntry) => e.type === 'file' || e.type === 'hardlink';

export function rootfsFindings(model: CheckpointModel): Finding[] {
  const out: Finding[] = [];
  const diff = model.fsChanges.rootfsDiff?.entries ?? [];
  for (const e of diff) {
    if (e.type === 'directory') continue;
    const p = absolute(e.path);
    const label = `rootfs diff: ${p} (${e.modeString ?? e.mode.toString(8)}, ${e.size} bytes${e.mtime ? `, modified ${e.mtime}` : ''})`;
    const add = (rule: FindingRule, summary: string, severity = rule.severity, note?: string) =>
      out.push({
        rule,
        summary,
        severity,
        ...(note ? { severityNote: note } : {}),
        evidence: [rootfsEvidence(e.path, label)],
      });
    const persistence = persistenceRule(p);
    if (persistence) add(persistence, `${p} was written`);
    const dir = p.slice(0, p.lastIndexOf('/')) || '/';
    if (BIN_DIRS.includes(dir) && e.type !== 'fifo')
      add(RULES.replacedBinary, `${p} was added or replaced`);
    if (isRegular(e) && (e.mode & 0o6000) !== 0)
      add(
        RULES.setuidFile,
        `${p} is ${e.mode & 0o4000 ? 'setuid' : 'setgid'}${e.uid === 0 ? ' root' : ''}`,
      );
    if (isRegular(e) && (e.mode & 0o111) !== 0 && inTempDir(p))
      add(RULES.tempExecutable, `${p} is executable`);
  }
  for (const e of model.fsChanges.devShm?.entries ?? []) {
    if (!isRegular(e) || (e.mode & 0o111) === 0) continue;
    out.push({
      rule: RULES.tempExecutable,
      summary: `/dev/shm/${e.path.replace(/^\.?\//, '')} is executable`,
      severity: RULES.tempExecutable.severity,
      evidence: [
        {
          label: `devshm-checkpoint.tar: ${e.path} (${e.modeString ?? e.mode.toString(8)}, ${e.size} bytes)`,
          target: { to: 'image', name: model.fsChanges.devShm!.member },
        },
      ],
    });
  }
  for (const d of model.fsChanges.deletedFiles) {
    const reason = cleanupReason(d);
    if (!reason) continue;
    out.push({
      rule: RULES.cleanupDeletion,
      summary: `${absolute(d)} was deleted (${reason})`,
      severity: RULES.cleanupDeletion.severity,
      evidence: [
        { label: `deleted.files: ${absolute(d)}`, target: { to: 'image', name: 'deleted.files' } },
      ],
    });
  }
  return out;
}

/** Why deleting this path looks like covering tracks, or undefined. */
export function cleanupReason(path: string): string | undefined {
  const p = absolute(path);
  const base = basename(p);
  if (
    /^\.(bash|ash|zsh|sh|python|mysql|psql|lesshst|node_repl)_?history$/.test(base) ||
    base === '.history'
  )
    return 'a shell or REPL history';
  if (p.startsWith('/var/log/') || /^\/var\/run\/utmp$|^\/run\/utmp$/.test(p)) return 'a log';
  if (inTempDir(p)) return 'a file in a temporary directory';
  if (persistenceRule(p) || p === '/etc/ld.so.preload') return 'a persistence or account file';
  const dir = p.slice(0, p.lastIndexOf('/'));
  if (BIN_DIRS.includes(dir)) return 'a program in a bin directory';
  return undefined;
}
