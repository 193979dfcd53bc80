import { parseArgs } from 'node:util';
import { startDemoPortal } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORTAL_PORT ?? '5000' },
    host: { type: 'string', default: process.env.PORTAL_HOST ?? '127.0.0.1' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('Usage: odw-demo-portal [--port N] [--host ADDRESS]\n\nServes a CKAN-compatible demo portal.');
  process.exit(0);
}

const portal = await startDemoPortal({ port: Number(values.port), host: values.host });
console.log(`odw demo portal (CKAN API v3): ${portal.url}/api/3/action/status_show`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void portal.close().then(() => process.exit(0)));
}
