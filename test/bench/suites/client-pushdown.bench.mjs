// Issue #4's benchmark: what a widget pays for "rows 1–20 sorted by a column" and "sum per group" on the
// Köln traffic resource (672 339 rows) when the portal answers (push-down: datastore_search,
// datastore_search_sql) against downloading and parsing the whole CSV and computing locally — with odw's
// parser and local engine, and with papaparse plus plain JavaScript, as many embeds do. Same run, same
// demo portal, in Node. Bytes are what crossed the wire (Content-Length; the portal gzips the CSV).
import { loadavg } from 'node:os';
import Papa from 'papaparse';
import { connect } from '../../../packages/client/dist/index.js';
import { markdownTable } from '../harness.mjs';

const DATASET = 'koeln-verkehrsauslastung-2013-02';
const SORT_FIELD = 'auslastung';
const GROUP_FIELD = 'identifier';

/** A fetch that counts the bytes of every response it passes on. */
function meteredFetch() {
  let bytes = 0;
  const meter = async (input, init) => {
    const response = await fetch(input, init);
    const body = new Uint8Array(await response.arrayBuffer());
    bytes += Number(response.headers.get('content-length')) || body.byteLength;
    const headers = new Headers(response.headers);
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
  return {
    fetch: meter,
    reset() {
      bytes = 0;
    },
    read: () => bytes,
  };
}

/** The demo portal loads large DataStore tables on first use; load them before measuring. */
async function preload(serverUrl) {
  const response = await fetch(`${serverUrl}/__odw/preload`, { method: 'POST' });
  if (!response.ok) throw new Error(`Preloading the demo portal failed: ${response.status}`);
}

/** A modest mobile link, to show what the bytes cost outside loopback (a model: bytes · 8 / bandwidth). */
const LINK_MBIT = 16;
const transferMs = (bytes) => ((bytes * 8) / (LINK_MBIT * 1e6)) * 1000;

const kib = (bytes) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KiB`;
const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;

/** papaparse + plain JavaScript: parse the whole file, then sort or group. */
function papaRows(text) {
  const parsed = Papa.parse(text, { header: false, dynamicTyping: true, skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  return { header, rows };
}

export default {
  id: 'client-pushdown',
  title: 'Client: push-down against downloading the file (Köln traffic, 672 339 rows)',
  async run(ctx) {
    const server = await ctx.portal();
    await preload(server.url);
    const meter = meteredFetch();
    const open = () =>
      connect(server.url, { type: 'ckan', fetch: meter.fetch, cache: false, localRowCap: 1_000_000 });
    const portal = await open();
    const dataset = await portal.getDataset(DATASET);
    const resource = dataset.resources.find((r) => r.datastoreActive) ?? dataset.resources[0];
    const { total } = await portal.query(resource, { limit: 1 });
    const file = { ...resource, datastoreActive: false };

    const scenarios = [
      {
        name: `rows 1–20 sorted by \`${SORT_FIELD}\` (desc)`,
        query: { orderBy: [{ field: SORT_FIELD, direction: 'desc' }], limit: 20 },
        papa: ({ header, rows }) => {
          const j = header.indexOf(SORT_FIELD);
          return rows.sort((a, b) => (b[j] ?? -Infinity) - (a[j] ?? -Infinity)).slice(0, 20);
        },
      },
      {
        name: `sum of \`${SORT_FIELD}\` per \`${GROUP_FIELD}\``,
        query: { groupBy: [GROUP_FIELD], aggregates: [{ op: 'sum', field: SORT_FIELD }], limit: 1000 },
        papa: ({ header, rows }) => {
          const g = header.indexOf(GROUP_FIELD);
          const v = header.indexOf(SORT_FIELD);
          const sums = new Map();
          for (const row of rows) sums.set(row[g], (sums.get(row[g]) ?? 0) + (row[v] ?? 0));
          return [...sums];
        },
      },
    ];

    const lines = [];
    const notes = [];
    for (const scenario of scenarios) {
      const bytes = {};
      const methods = {};
      const measured = async (name, work) => {
        const client = await open();
        meter.reset();
        const start = performance.now();
        const result = await work(client);
        const elapsed = performance.now() - start;
        bytes[name] = meter.read();
        if (result?.source) methods[name] = result.source.method;
        return elapsed;
      };
      const results = await ctx.compare(
        {
          pushdown: () => measured('pushdown', (client) => client.query(resource, scenario.query)),
          odwFile: () => measured('odwFile', (client) => client.query(file, scenario.query)),
          papaparse: () =>
            measured('papaparse', async () => {
              const response = await meter.fetch(resource.url, { credentials: 'omit' });
              return scenario.papa(papaRows(await response.text()));
            }),
        },
        { runs: 5, warmup: 1 },
      );
      const base = results.pushdown.median;
      const onLink = (name) => results[name].median + transferMs(bytes[name]);
      const row = (label, name) => [
        scenario.name,
        label,
        kib(bytes[name]),
        ms(results[name].median),
        ms(onLink(name)),
        name === 'pushdown'
          ? '1×'
          : `${(bytes[name] / bytes.pushdown).toFixed(0)}× the bytes; ${(results[name].median / base).toFixed(1)}× the time ` +
            `(${(onLink(name) / onLink('pushdown')).toFixed(1)}× at ${LINK_MBIT} Mbit/s)`,
      ];
      lines.push(
        row(`odw push-down (${methods.pushdown})`, 'pushdown'),
        row('download + odw parser + local engine', 'odwFile'),
        row('download + papaparse + plain JS', 'papaparse'),
      );
      notes.push(`${scenario.name}: push-down answered by \`${methods.pushdown}\`.`);
    }
    return [
      `Demo portal in the same process (PGlite DataStore, ${total.toLocaleString('en')} rows; CSV served gzip-compressed). ` +
        'Time to first row = from the call until the rows are in hand (new connection, cache off, metadata already known). ' +
        'Medians of 5 runs after 1 warm-up, contenders interleaved. The portal runs PostgreSQL as WebAssembly ' +
        '(PGlite) in the same process, without indexes, so push-down times here are an upper bound of what a ' +
        `real CKAN answers; the ${LINK_MBIT} Mbit/s column adds the time the bytes need on such a link (computed, not measured).`,
      '',
      markdownTable(
        [
          'job',
          'how',
          'bytes transferred',
          'time to first row (loopback)',
          `with transfer at ${LINK_MBIT} Mbit/s`,
          'against push-down',
        ],
        lines,
      ),
      '',
      ...notes.map((n) => `- ${n}`),
      `- Load average of the machine at the end of the run: ${loadavg()[0].toFixed(1)} (other jobs share the cores; ` +
        'compare ratios, not absolute times).',
    ].join('\n');
  },
};
