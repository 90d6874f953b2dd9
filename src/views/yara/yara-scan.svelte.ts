import type {
  YaraCoverage,
  YaraHit,
  YaraMessage,
  YaraProgress,
  YaraRequest,
} from '../../../workers/yara-protocol.ts';
import { Latest, runLatest } from '../../lib/latest.ts';
import { analyser } from '../../state/analyser.svelte.ts';

/**
 * The YARA view's state: the rules (a picked or dropped file, or pasted text), the scope, and
 * the running or last scan's progress and hits. The latest scan wins: starting one replaces
 * the running one in the worker, and reports of an older one are dropped here.
 */
export class YaraScan {
  // The form.
  /** Pasted or edited rules; a picked file fills it when it is text. */
  text = $state('');
  /** A picked or dropped file's name ('' for pasted rules). */
  fileName = $state('');
  /** The bytes of a file that is not shown as text (binary): sent as they are. */
  fileBytes = $state.raw<Uint8Array | null>(null);
  /** `''` for everything, else `<container>:<pid>`. */
  scope = $state('');
  vma = $state('');

  // The running or last scan.
  running = $state(false);
  scanned = $state(0);
  total = $state(0);
  blocks = $state(0);
  hits = $state.raw<YaraHit[]>([]);
  coverage = $state.raw<YaraCoverage[]>([]);
  truncated = $state(false);
  error = $state<string | null>(null);
  compileErrors = $state.raw<YaraMessage[]>([]);
  warnings = $state.raw<YaraMessage[]>([]);
  started = $state(false);
  /** The checkpoint the results belong to. */
  for: unknown = null;

  readonly #latest = new Latest();

  /** A picked or dropped rules file: shown as text when it is UTF-8 without NULs. */
  async load(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.fileName = file.name;
    let text: string | null = null;
    if (!bytes.includes(0)) {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = null;
      }
    }
    this.text = text ?? '';
    this.fileBytes = text === null ? bytes : null;
  }

  rules(): Uint8Array {
    return this.fileBytes ?? new TextEncoder().encode(this.text);
  }

  async start(): Promise<void> {
    const ticket = this.#latest.next();
    this.for = analyser.summary;
    const [container, pid] = this.scope ? this.scope.split(':').map(Number) : [];
    const req: YaraRequest = {
      rules: this.rules(),
      rulesName: this.fileName || 'the pasted rules',
      ...(container !== undefined ? { container, pid } : {}),
      ...(container !== undefined && this.vma !== '' ? { vma: Number(this.vma) } : {}),
    };
    this.#clear();
    this.started = true;
    this.running = true;
    await runLatest(ticket, (onReport) => analyser.runJob('yara', req, onReport), {
      report: (p: YaraProgress) => {
        this.scanned = p.scannedBytes;
        this.total = p.totalBytes;
        this.blocks = p.blocks;
        this.truncated = p.truncated;
        if (p.hits.length) this.hits = this.hits.concat(p.hits);
        if (p.coverage.length) this.coverage = this.coverage.concat(p.coverage);
      },
      done: (outcome) => {
        if (outcome.error) this.error = outcome.error;
        this.compileErrors = outcome.result?.compileErrors ?? [];
        this.warnings = outcome.result?.warnings ?? [];
      },
      fail: (message) => (this.error = message),
      settle: () => (this.running = false),
    });
  }

  cancel(): void {
    if (this.running) void analyser.cancelJob('yara');
  }

  /** A new checkpoint: forget hits that point into the old one. */
  reset(): void {
    this.#latest.invalidate();
    this.for = null;
    this.started = false;
    this.running = false;
    this.#clear();
  }

  /** The results of a scan, before a new one or for a new checkpoint. */
  #clear(): void {
    this.scanned = 0;
    this.total = 0;
    this.blocks = 0;
    this.hits = [];
    this.coverage = [];
    this.truncated = false;
    this.error = null;
    this.compileErrors = [];
    this.warnings = [];
  }
}

export const yaraScan = new YaraScan();
