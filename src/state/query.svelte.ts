/**
 * A worker request a view shows: re-run whenever the reactive values `load` reads (before its
 * first await) change; the latest run wins, so a slow reply for an old pid never overwrites
 * the new one. Create it while a component initialises (it owns an $effect).
 */
export class Query<T> {
  value = $state.raw<T | undefined>(undefined);
  error = $state<string | null>(null);
  loading = $state(true);
  #run = 0;

  constructor(load: () => Promise<T>) {
    $effect(() => {
      const run = ++this.#run;
      this.loading = true;
      let pending: Promise<T>;
      try {
        pending = load();
      } catch (e) {
        pending = Promise.reject(e);
      }
      pending.then(
        (value) => {
          if (run !== this.#run) return;
          this.value = value;
          this.error = null;
          this.loading = false;
        },
        (e: unknown) => {
          if (run !== this.#run) return;
          this.error = e instanceof Error ? e.message : String(e);
          this.loading = false;
        },
      );
    });
  }
}
