/**
 * `/datastore/dump/<resource_id>`: a DataStore table as a file, as CKAN's DataStore blueprint writes it
 * (`ckanext/datastore/blueprint.py`, `writer.py`). The parameters are `datastore_search`'s (`q`, `filters`,
 * `fields`, `sort`, `plain`, `language`, `distinct`) plus `format` (csv, tsv, json, xml), `bom`, `limit`
 * and `offset`; every matching row is written, page by page, so the file is streamed and never held whole.
 */
import { Readable } from 'node:stream';
import { ActionError } from '../ckan/action-error.js';
import { delimited, runStatement } from '../ckan/actions/datastore-search.js';
import { parseSearchParams } from '../ckan/actions/datastore-search-params.js';
import { booleanParam, type ActionParams } from '../ckan/validators.js';
import type { Datastore, TableInfo } from '../datastore/datastore.js';
import { recordsStatement, resultFields, type SearchQuery } from '../datastore/search-sql.js';
import { queryParams } from './read-params.js';
import { textReply, type Reply } from './reply.js';

const DUMP_PATH = /^\/datastore\/dump\/([^/]+)$/;

/** Rows per database round trip (CKAN's `PAGINATE_BY`). */
const PAGE = 32000;

/** The resource id of a dump path, or `null`. */
export function dumpResourceId(pathname: string): string | null {
  const match = DUMP_PATH.exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

interface DumpFormat {
  contentType: string;
  /** Start of the file, given the result's fields. */
  head: (fields: { id: string }[]) => string;
  /** One page of records (rows as lists of JSON values, or objects for xml). */
  page: (rows: unknown[], first: boolean) => string;
  tail: string;
}

/** Python's `csv.writer` quoting (minimal, `\r\n` line ends) for the header row CKAN writes itself. */
function csvHeader(ids: string[], delimiter: string): string {
  const quoted = ids.map((id) =>
    /["\r\n]/.test(id) || id.includes(delimiter) ? `"${id.replaceAll('"', '""')}"` : id,
  );
  return `${quoted.join(delimiter)}\r\n`;
}

function xmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function xmlNode(name: string, value: unknown, key?: string): string {
  const attribute = key === undefined ? '' : ` key="${xmlText(key).replaceAll('"', '&quot;')}"`;
  if (value === null || value === undefined) return `<${name} xsi:nil="true"${attribute} />`;
  if (typeof value !== 'object') return `<${name}${attribute}>${xmlText(String(value))}</${name}>`;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return `<${name}${attribute}>${entries.map(([k, v]) => xmlNode('value', v, k)).join('')}</${name}>`;
}

// The header line comes from Python's csv module (`\r\n`), the rows from PostgreSQL's COPY (`\n`): CKAN's
// dumps mix both line ends, and so does this one.
/** CSV and TSV: the field names, then one line per row. */
const delimitedFormat = (contentType: string, delimiter: string): DumpFormat => ({
  contentType,
  head: (fields) =>
    csvHeader(
      fields.map((f) => f.id),
      delimiter,
    ),
  page: (rows) => delimited(rows as unknown[][], delimiter),
  tail: '',
});

const FORMATS: Record<string, DumpFormat> = {
  csv: delimitedFormat('text/csv; charset=utf-8', ','),
  tsv: delimitedFormat('text/tab-separated-values; charset=utf-8', '\t'),
  json: {
    contentType: 'application/json; charset=utf-8',
    head: (fields) => `{\n  "fields": ${JSON.stringify(fields)},\n  "records": [`,
    page: (rows, first) =>
      rows.map((r, i) => `${first && i === 0 ? '\n    ' : ',\n    '}${JSON.stringify(r)}`).join(''),
    tail: '\n]}\n',
  },
  xml: {
    contentType: 'text/xml; charset=utf-8',
    head: () => '<data xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n',
    page: (rows) =>
      (rows as Record<string, unknown>[])
        .map((row) => {
          const { _id, ...rest } = row;
          const id = _id === undefined ? '' : ` _id="${xmlText(String(_id))}"`;
          const children = Object.entries(rest).map(([k, v]) => xmlNode(k.replace(/\s+/g, '_'), v));
          return `<row${id}>${children.join('')}</row>\n`;
        })
        .join(''),
    tail: '</data>\n',
  },
};

/** CKAN validates the dump's own parameters first and answers mistakes with 400 and `name: message`. */
function dumpOptions(params: ActionParams) {
  const errors: string[] = [];
  const integer = (name: string): number | undefined => {
    const raw = params[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(String(raw).trim());
    if (!Number.isInteger(value)) errors.push(`${name}: Invalid integer`);
    return value;
  };
  const offset = integer('offset') ?? 0;
  const limit = integer('limit');
  const format = String(params.format ?? 'csv');
  if (!Object.hasOwn(FORMATS, format))
    errors.push(`format: Value must be one of ${Object.keys(FORMATS).join(', ')}; not: '${format}'`);
  let bom = false;
  try {
    bom = booleanParam(params, 'bom', false);
  } catch {
    errors.push('bom: Value must be one of: true, false');
  }
  return { offset, limit, format, bom, errors };
}

/** The pages of records after the first, until the limit or the table ends. */
async function* laterPages(
  datastore: Datastore,
  table: TableInfo,
  query: SearchQuery,
  limit: number | undefined,
  first: unknown[],
  pageSize: number,
) {
  let offset = query.offset + first.length;
  let remaining = limit === undefined ? Infinity : limit - first.length;
  let last = first;
  while (last.length === query.limit && remaining > 0) {
    const page = { ...query, offset, limit: Math.min(pageSize, remaining) };
    const result = await runStatement(await datastore.engine(), recordsStatement(table, page));
    last = JSON.parse(String(result.rows[0][0])) as unknown[];
    offset += last.length;
    remaining -= last.length;
    yield last;
  }
}

/** Answers a dump request (GET or HEAD); `pageSize` is the rows per database round trip. */
export async function handleDump(
  url: URL,
  resourceId: string,
  datastore: Datastore,
  pageSize = PAGE,
): Promise<Reply> {
  const params = queryParams(url);
  const options = dumpOptions(params);
  if (options.errors.length) return textReply(400, `${options.errors.join('\n')}\n`);
  if (!datastore.has(resourceId)) return textReply(404, 'DataStore resource not found\n');
  const table = await datastore.table(resourceId);
  const format = FORMATS[options.format];
  let query: SearchQuery;
  let first: unknown[];
  try {
    const search: ActionParams = { sort: '_id' };
    for (const key of ['q', 'filters', 'fields', 'sort', 'plain', 'language', 'distinct'])
      if (params[key] !== undefined) search[key] = params[key];
    query = {
      ...parseSearchParams(search, table),
      offset: options.offset,
      limit: Math.min(pageSize, options.limit ?? pageSize),
      format: options.format === 'xml' ? 'objects' : 'lists',
    };
    if (query.fullText !== undefined) await datastore.fullText(resourceId);
    // The first page is read before answering, as CKAN does, so a bad query fails with a status.
    const result = await runStatement(await datastore.engine(), recordsStatement(table, query));
    first = JSON.parse(String(result.rows[0][0])) as unknown[];
  } catch (error) {
    // CKAN lets datastore_search's ValidationError escape the view: the reader sees a server error.
    if (error instanceof ActionError) return textReply(500, 'Internal Server Error\n');
    throw error;
  }
  const fields = resultFields(table, query).map(({ id, type, info }) => ({
    id,
    type,
    ...(info ? { info } : {}),
  }));
  async function* body() {
    yield `${options.bom ? '\ufeff' : ''}${format.head(fields)}`;
    yield format.page(first, true);
    for await (const page of laterPages(datastore, table, query, options.limit, first, pageSize))
      yield format.page(page, false);
    yield format.tail;
  }
  const extension = options.format;
  return {
    status: 200,
    headers: {
      'Content-Type': format.contentType,
      'Content-Disposition': `attachment; filename="${resourceId}.${extension}"`,
    },
    body: Readable.from(body(), { objectMode: false }),
  };
}
