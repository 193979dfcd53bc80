import { parseArgs } from 'node:util';
import { startDemoPortal } from './server.js';

const USAGE = `Usage: odw-demo-portal [options]

Serves a CKAN-compatible demo portal (CKAN Action API v3 with DataStore).

Options:
  --port N                TCP port (default 5000, env PORTAL_PORT)
  --host ADDRESS          interface (default 127.0.0.1, env PORTAL_HOST)
  --data DIR              serve the CSV/GeoJSON files of DIR (sidecar <file>.meta.json for metadata)
  --fault SPEC            server-wide fault spec, e.g. latency-300 (env ODW_FAULT)
  --no-sql                switch datastore_search_sql off
  --tables WHEN           when DataStore tables load: lazy (default, on first access), background or eager
  -h, --help              this text`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORTAL_PORT ?? '5000' },
    host: { type: 'string', default: process.env.PORTAL_HOST ?? '127.0.0.1' },
    data: { type: 'string' },
    fault: { type: 'string', default: process.env.ODW_FAULT },
    'no-sql': { type: 'boolean', default: false },
    tables: { type: 'string', default: 'lazy' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const tables = values.tables;
if (tables !== 'lazy' && tables !== 'background' && tables !== 'eager') {
  console.error(`--tables must be lazy, background or eager, not "${tables}"\n\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
const portal = await startDemoPortal({
  port: Number(values.port),
  host: values.host,
  data: values.data,
  fault: values.fault,
  sql: !values['no-sql'],
  tables,
});
console.log(
  `odw demo portal (CKAN API v3) ready in ${Math.round(performance.now() - started)} ms: ${portal.url}/api/3/action/status_show`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void portal.close().then(() => process.exit(0)));
}
