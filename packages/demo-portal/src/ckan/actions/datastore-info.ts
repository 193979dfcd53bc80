import { identifier } from '../../datastore/sql-engine.js';
import { validationError } from '../action-error.js';
import type { ActionContext } from '../action-context.js';
import { requireTable } from './datastore-search.js';

/** `datastore_info` (CKAN 2.10/2.11): table metadata and the data dictionary with each column's schema. */
export async function datastoreInfo({ params, datastore }: ActionContext) {
  const resourceId = String(params.id ?? params.resource_id ?? '');
  if (!resourceId) throw validationError({ id: ['Missing value'] });
  const table = await requireTable(datastore, resourceId);
  const sizes = await (
    await datastore.engine()
  ).query(
    `select pg_relation_size($1::regclass)::int8, pg_indexes_size($1::regclass)::int8, pg_database_size(current_database())::int8`,
    [identifier(resourceId)],
  );
  const [size, indexSize, dbSize] = sizes.rows[0] as number[];
  return {
    meta: {
      id: resourceId,
      count: table.rows,
      table_type: 'BASE TABLE',
      size,
      db_size: dbSize,
      idx_size: indexSize,
      aliases: [],
    },
    fields: table.columns.map((c) => ({
      id: c.id,
      type: c.type,
      ...(c.info ? { info: c.info } : {}),
      schema: {
        native_type: nativeType(c.type),
        notnull: false,
        index_name: null,
        is_index: false,
        uniquekey: false,
      },
    })),
  };
}

/** `format_type()` spellings of the column types, as CKAN's `native_type` shows them. */
function nativeType(type: string): string {
  const names: Record<string, string> = {
    int4: 'integer',
    int8: 'bigint',
    bool: 'boolean',
    timestamp: 'timestamp without time zone',
  };
  return names[type] ?? type;
}
