// Issue #4's benchmark: what a widget pays for "rows 1–20 sorted by a column" and "sum per group" on the
// Köln traffic resource (672 339 rows) when the portal answers (push-down: datastore_search,
// datastore_search_sql) against downloading and parsing the whole CSV and computing locally — with odw's
// parser and local engine, and with papaparse plus plain JavaScript, as many embeds do. Same run, same
// demo portal, in Node. Bytes are what crossed the wire (Content-Length; the portal gzips the CSV).
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

/** The DataStore loads large tables in the background after start-up; wait until it answers. */
async function waitForTable(portal, resource) {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      const table = await portal.query(resource, { limit: 1 });
      if (table.total) return table.total;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

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
    const meter = meteredFetch();
    const open = () =>
      connect(server.url, { type: 'ckan', fetch: meter.fetch, cache: false, localRowCap: 1_000_000 });
    const portal = await open();
    const dataset = await portal.getDataset(DATASET);
    const resource = dataset.resources.find((r) => r.datastoreActive) ?? dataset.resources[0];
    const total = await waitForTable(portal, resource);
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
      const row = (label, name) => [
        scenario.name,
        label,
        kib(bytes[name]),
        ms(results[name].median),
        name === 'pushdown'
          ? '1×'
          : `${(results[name].median / base).toFixed(0)}× slower, ${(bytes[name] / bytes.pushdown).toFixed(0)}× the bytes`,
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
        'Medians of 5 runs after 1 warm-up, contenders interleaved.',
      '',
      markdownTable(['job', 'how', 'bytes transferred', 'time to first row', 'against push-down'], lines),
      '',
      ...notes.map((n) => `- ${n}`),
    ].join('\n');
  },
};
