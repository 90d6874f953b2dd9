import { errorMessage } from '../lib/error-message.ts';
import { Latest } from '../lib/latest.ts';

/**
 * A worker request a view shows: re-run whenever the reactive values `load` reads (before its
 * first await) change; the latest run wins, so a slow reply for an old pid never overwrites
 * the new one. Create it while a component initialises (it owns an $effect).
 */
export class Query<T> {
  value = $state.raw<T | undefined>(undefined);
  error = $state<string | null>(null);
  loading = $state(true);
  readonly #latest = new Latest();

  constructor(load: () => Promise<T>) {
    $effect(() => {
      const ticket = this.#latest.next();
      this.loading = true;
      let pending: Promise<T>;
      try {
        pending = load();
      } catch (e) {
        pending = Promise.reject(e);
      }
      pending.then(
        (value) => {
          if (!ticket.current()) return;
          this.value = value;
          this.error = null;
          this.loading = false;
        },
        (e: unknown) => {
          if (!ticket.current()) return;
          this.error = errorMessage(e);
          this.loading = false;
        },
      );
    });
  }
}
