/**
 * A {@link LocalRunner} whose code loads on first use. A table of local data shows its first rows
 * without any query, so the engine (and its Worker) need not delay the first paint.
 */
import type { Table } from '@odw/client';
import type { LocalRunner, LocalRunnerOptions } from './local-runner.js';

/** A runner for `table` that imports the engine only when asked to run, list values or warm up. */
export function lazyLocalRunner(table: Table, options: LocalRunnerOptions): LocalRunner {
  let runner: Promise<LocalRunner> | undefined;
  let loaded: LocalRunner | undefined;
  const get = () =>
    (runner ??= import('./local-runner.js').then(
      ({ createLocalRunner }) => (loaded = createLocalRunner(table, options)),
    ));
  return {
    run: async (query) => (await get()).run(query),
    distinct: async (field, limit) => (await get()).distinct(field, limit),
    warm: () => void get().then((r) => r.warm()),
    get mode() {
      return loaded?.mode ?? 'main';
    },
    dispose: () => void runner?.then((r) => r.dispose()),
  };
}
