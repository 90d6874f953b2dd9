import type { CliIO } from '../command.ts';

/**
 * `archives done / total, MB/s` on one rewritten stderr line when stderr is a terminal;
 * nothing when it is piped or captured (a Job's log wants the final line only).
 */
export class ProgressLine {
  readonly #total: number;
  readonly #io: CliIO;
  readonly #live: boolean;
  readonly #started = performance.now();
  #done = 0;
  #bytes = 0;

  constructor(total: number, io: CliIO, live = process.stderr.isTTY === true) {
    this.#total = total;
    this.#io = io;
    this.#live = live;
  }

  skip(count: number): void {
    this.#done += count;
    this.#draw();
  }

  done(bytes: number): void {
    this.#done++;
    this.#bytes += bytes;
    this.#draw();
  }

  end(): void {
    if (this.#live) this.#io.stderr('\n');
  }

  #draw(): void {
    if (!this.#live) return;
    const seconds = (performance.now() - this.#started) / 1000;
    const rate = seconds > 0 ? this.#bytes / 1e6 / seconds : 0;
    this.#io.stderr(`\rtriage: ${this.#done}/${this.#total} archives, ${rate.toFixed(0)} MB/s`);
  }
}
