import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite, type Results } from '@electric-sql/pglite';
import { pgliteDist } from './pglite-dist.js';
import { loadTemplate, saveTemplate } from './pglite-template.js';
import { identifier, type ArrayResult, type SqlEngine } from './sql-engine.js';

/**
 * Values come back as PostgreSQL prints them, like psycopg2 hands them to CKAN: no JavaScript `Date`
 * (which would move timestamps into UTC); bigint as a number.
 */
const KEEP_TEXT = (value: string) => value;
const PARSERS = {
  20: (value: string) => (Number.isSafeInteger(Number(value)) ? Number(value) : value),
  1082: KEEP_TEXT,
  1083: KEEP_TEXT,
  1114: KEEP_TEXT,
  1184: KEEP_TEXT,
  1266: KEEP_TEXT,
};

/**
 * PGlite's WebAssembly module and file-system bundle, read and compiled once per process: tests start many
 * portals, and compiling 9 MB of WebAssembly costs about a second each time.
 */
let assets: Promise<{ pgliteWasmModule: WebAssembly.Module; fsBundle: Blob }> | undefined;

function pgliteAssets() {
  assets ??= (async () => {
    const dist = pgliteDist();
    const [wasm, bundle] = await Promise.all([
      readFile(join(dist, 'pglite.wasm')),
      readFile(join(dist, 'pglite.data')),
    ]);
    return { pgliteWasmModule: await WebAssembly.compile(wasm), fsBundle: new Blob([bundle]) };
  })();
  return assets;
}

/** The DataStore's PostgreSQL: PGlite (Postgres compiled to WebAssembly) in this process. */
export class PgliteEngine implements SqlEngine {
  private readonly typeNames = new Map<number, string>();

  private constructor(
    private readonly db: PGlite,
    readonly description: string,
  ) {}

  /**
   * Starts PGlite. `initdb` takes about 2 s; a fresh cluster is therefore kept as a template in a cache
   * directory and restored in a few hundred milliseconds on later starts.
   */
  static async create(): Promise<PgliteEngine> {
    const template = await loadTemplate();
    const db = await PGlite.create({
      parsers: PARSERS,
      ...(await pgliteAssets()),
      ...(template ? { loadDataDir: template } : {}),
    });
    if (!template) await saveTemplate(() => db.dumpDataDir('none'));
    const version = await db.query<{ v: string }>(`select split_part(version(), ' ', 2) as v`);
    const engine = new PgliteEngine(db, `PGlite (PostgreSQL ${version.rows[0].v})`);
    const types = await db.query<{ oid: number; typname: string }>(
      'select oid::int4 as oid, typname from pg_type',
    );
    for (const { oid, typname } of types.rows) engine.typeNames.set(oid, typname);
    return engine;
  }

  async query(sql: string, params: unknown[] = []): Promise<ArrayResult> {
    return this.arrays(await this.db.query<unknown[]>(sql, params, { rowMode: 'array' }));
  }

  async queryReadOnly(sql: string): Promise<ArrayResult> {
    return this.db.transaction(async (tx) => {
      await tx.exec('set transaction read only');
      return this.arrays(await tx.query<unknown[]>(sql, [], { rowMode: 'array' }));
    });
  }

  private arrays(result: Results<unknown[]>): ArrayResult {
    return {
      columns: result.fields.map((f) => ({
        name: f.name,
        type: this.typeNames.get(f.dataTypeID) ?? 'unknown',
      })),
      rows: result.rows,
    };
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async copyCsv(table: string, columns: string[], csv: string): Promise<void> {
    await this.db.query(
      `copy ${identifier(table)} (${columns.map(identifier).join(', ')}) from '/dev/blob' with (format csv)`,
      [],
      { blob: new Blob([csv]) },
    );
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
