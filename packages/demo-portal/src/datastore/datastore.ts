/**
 * The DataStore: which resources have a table, and their loading state. Tables load on first access (or on
 * request via `preload()`), so they never slow down start-up or test runs that do not touch them; small
 * tables load in well under a second, the large traffic table in seconds. `status_show` reports each state.
 */
import type { Table } from '@odw/client';
import type { DatastoreColumn } from './column-types.js';
import { datastoreColumns, fillFullText, loadTable } from './load-table.js';
import type { SqlEngine } from './sql-engine.js';

/** A resource whose data the DataStore serves. */
export interface DatastoreSource {
  resourceId: string;
  /** Reads and parses the resource's data. */
  read(): Promise<Table>;
  /** `large` tables load on first access instead of at start-up. */
  size: 'small' | 'large';
  /** Text-search configuration of `_full_text`, e.g. `german`. */
  language: string;
  /** Data-dictionary entries to attach to columns, by column name. */
  info?: Record<string, DatastoreColumn['info']>;
}

/** Loading state of a table. */
export type TableState = 'not-loaded' | 'loading' | 'ready' | 'failed';

/** A loaded table. */
export interface TableInfo {
  resourceId: string;
  columns: DatastoreColumn[];
  rows: number;
  language: string;
}

interface Entry {
  source: DatastoreSource;
  state: TableState;
  loading?: Promise<TableInfo>;
  info?: TableInfo;
  error?: string;
  loadMs?: number;
  fullText?: Promise<void>;
}

/** Tables by resource id, loaded at most once each. */
export class Datastore {
  private readonly entries = new Map<string, Entry>();
  private started: SqlEngine | undefined;

  /** `engine` may still be starting: the portal answers catalogue requests meanwhile. */
  constructor(
    private readonly starting: Promise<SqlEngine>,
    sources: DatastoreSource[],
  ) {
    for (const source of sources) this.entries.set(source.resourceId, { source, state: 'not-loaded' });
    starting.then(
      (engine) => (this.started = engine),
      () => undefined,
    );
  }

  /** The database, once it has started. */
  engine(): Promise<SqlEngine> {
    return this.starting;
  }

  /** The database's name, or that it is still starting. */
  engineDescription(): string {
    return this.started?.description ?? 'PGlite (starting)';
  }

  /** Whether the resource has a DataStore table (loaded or not). */
  has(resourceId: string): boolean {
    return this.entries.has(resourceId);
  }

  /** All resource ids with a table. */
  resourceIds(): string[] {
    return [...this.entries.keys()];
  }

  /** The loaded table, loading it first if needed. */
  async table(resourceId: string): Promise<TableInfo> {
    const entry = this.entries.get(resourceId);
    if (!entry) throw new Error(`No DataStore table for ${resourceId}`);
    if (entry.info) return entry.info;
    entry.loading ??= this.load(entry);
    return entry.loading;
  }

  /** Makes sure `_full_text` is filled (on the first full-text query of a table). */
  async fullText(resourceId: string): Promise<void> {
    const info = await this.table(resourceId);
    const entry = this.entries.get(resourceId)!;
    entry.fullText ??= fillFullText(
      await this.engine(),
      resourceId,
      info.columns,
      info.rows,
      info.language,
    ).catch((error: unknown) => {
      entry.fullText = undefined;
      throw error;
    });
    return entry.fullText;
  }

  /** Loads the tables of the given sizes (all by default), one after another. */
  async preload(sizes: DatastoreSource['size'][] = ['small', 'large']): Promise<void> {
    for (const entry of this.entries.values()) {
      if (sizes.includes(entry.source.size)) await this.table(entry.source.resourceId).catch(() => undefined);
    }
  }

  /** Each table's state, row count and load time, for `status_show`. */
  report(): Record<
    string,
    { state: TableState; size: string; rows?: number; load_ms?: number; error?: string }
  > {
    const out: ReturnType<Datastore['report']> = {};
    for (const [id, entry] of this.entries) {
      out[id] = {
        state: entry.state,
        size: entry.source.size,
        ...(entry.info ? { rows: entry.info.rows } : {}),
        ...(entry.loadMs !== undefined ? { load_ms: entry.loadMs } : {}),
        ...(entry.error ? { error: entry.error } : {}),
      };
    }
    return out;
  }

  private async load(entry: Entry): Promise<TableInfo> {
    const started = performance.now();
    entry.state = 'loading';
    try {
      const data = await entry.source.read();
      const columns = datastoreColumns(data).map((c) => {
        const info = entry.source.info?.[c.id];
        return info ? { ...c, info: { ...c.info, ...info } } : c;
      });
      const { resourceId, language } = entry.source;
      const rows = await loadTable(await this.engine(), resourceId, data, columns);
      entry.info = { resourceId, columns, rows, language };
      entry.state = 'ready';
      return entry.info;
    } catch (error) {
      entry.state = 'failed';
      entry.error = (error as Error).message;
      entry.loading = undefined;
      throw error;
    } finally {
      entry.loadMs = Math.round(performance.now() - started);
    }
  }
}
