import { HttpError, NetworkError, OdwError } from '../errors.js';
import type { GeoResult, Resource, Table } from '../types.js';
import { parseGeoJson } from './parse-geojson.js';
import { parseJson } from './parse-json.js';
import type { CsvOptions, GeoJsonOptions, JsonOptions } from './options.js';
import { parseCsv } from './parse-csv.js';

/** Options of {@link loadResource}: those of the parser it picks, plus how to fetch. */
export interface LoadResourceOptions
  extends CsvOptions, Omit<GeoJsonOptions, 'crs'>, Omit<JsonOptions, 'types' | 'schema'> {
  /** The parser to use; otherwise chosen from content type, resource format, file extension and content. */
  format?: 'csv' | 'json' | 'geojson';
  /** A `fetch` to use instead of the global one (tests, Node with a proxy …). */
  fetch?: typeof fetch;
  /** CRS of a GeoJSON file that does not declare it (see {@link GeoJsonOptions.crs}). */
  crs?: string;
}

type Format = 'csv' | 'json' | 'geojson';

const MEDIA_TYPES: Record<string, Format> = {
  'text/csv': 'csv',
  'text/comma-separated-values': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/geo+json': 'geojson',
  'application/vnd.geo+json': 'geojson',
  'application/json': 'json',
  'text/json': 'json',
};

/** A format named by a resource's free-text `format` (`CSV`, `csv`, `text/csv`, `GeoJSON` …). */
function fromLabel(label: string | undefined | null): Format | undefined {
  const value = (label ?? '').trim().toLowerCase().split(';')[0];
  if (!value) return undefined;
  if (value in MEDIA_TYPES) return MEDIA_TYPES[value];
  if (value === 'csv' || value === 'tsv') return 'csv';
  if (value === 'geojson' || value === 'geo+json') return 'geojson';
  if (value === 'json') return 'json';
  return undefined;
}

function fromExtension(url: string): Format | undefined {
  const path = url.split(/[?#]/)[0].toLowerCase().replace(/\.gz$/, '');
  if (/\.(csv|tsv)$/.test(path)) return 'csv';
  if (/\.geojson$/.test(path)) return 'geojson';
  if (/\.json$/.test(path)) return 'json';
  return undefined;
}

/** JSON or CSV by the first characters; GeoJSON when a top-level `"type"` names a GeoJSON object. */
function fromContent(head: Uint8Array): Format {
  const text = new TextDecoder('utf-8')
    .decode(head.subarray(0, 4096))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (!text.startsWith('{') && !text.startsWith('[')) return 'csv';
  return /"type"\s*:\s*"(FeatureCollection|Feature)"/.test(text) ? 'geojson' : 'json';
}

/** Only http(s) URLs (relative ones resolve against the page); `javascript:`, `file:`, `data:` are refused. */
function checkedUrl(url: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch (cause) {
    throw new OdwError(`Not a valid URL: ${url}`, { url, cause });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new OdwError(`Refusing to load ${parsed.protocol} URLs; only http and https resources are read.`, {
      url,
    });
  return parsed.href;
}

/** Reads the first chunk of a stream and returns it with a stream that still yields everything. */
async function peek(
  stream: ReadableStream<Uint8Array>,
): Promise<{ head: Uint8Array; stream: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  const first = await reader.read();
  const head = first.done ? new Uint8Array(0) : first.value;
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.byteLength) controller.enqueue(head);
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { head, stream: rest };
}

const isGzip = (head: Uint8Array) => head[0] === 0x1f && head[1] === 0x8b;

/**
 * Downloads a resource file and parses it with the right parser: CSV → {@link Table}, JSON → {@link Table},
 * GeoJSON → {@link GeoResult}. The format comes from the `format` option, the Content-Type, the resource's
 * `format`, the file extension, and finally the content itself; gzip-compressed files are decompressed. The
 * body is parsed as it streams in (progress, abort), and the declared charset is honoured. No credentials
 * are sent.
 *
 * @example
 * ```ts
 * const result = await loadResource(dataset.resources[0]);
 * if ('collection' in result) showMap(result.collection); else showTable(result);
 * ```
 * @throws {@link HttpError} for error statuses, {@link NetworkError} when no response arrives,
 * {@link ParseError} when the file cannot be read.
 */
export async function loadResource(
  resource: string | Resource,
  options: LoadResourceOptions = {},
): Promise<Table | GeoResult> {
  const url = checkedUrl(typeof resource === 'string' ? resource : resource.url);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(url, { credentials: 'omit', signal: options.signal });
  } catch (cause) {
    if (options.signal?.aborted) throw options.signal.reason ?? cause;
    throw new NetworkError(`No response from ${url}`, { url, cause });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new HttpError(`Loading the resource failed with status ${response.status}: GET ${url}`, {
      url,
      status: response.status,
    });
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  const length = Number(response.headers.get('content-length')) || undefined;
  let { head, stream } = await peek(response.body ?? new Blob([]).stream());
  let totalBytes = length;
  if (isGzip(head) && typeof DecompressionStream !== 'undefined') {
    const gunzip = new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
    ({ head, stream } = await peek(stream.pipeThrough(gunzip)));
    totalBytes = undefined;
  }
  const format =
    options.format ??
    fromLabel(contentType && !/octet-stream|text\/plain/.test(contentType) ? contentType : undefined) ??
    (typeof resource === 'string' ? undefined : fromLabel(resource.format)) ??
    fromExtension(url) ??
    fromContent(head);
  const common = { ...options, url, contentType, totalBytes };
  if (format === 'geojson') return parseGeoJson(stream, common);
  if (format === 'json') {
    if (fromContent(head) === 'geojson') return parseGeoJson(stream, common);
    return parseJson(stream, common);
  }
  return parseCsv(stream, common);
}
