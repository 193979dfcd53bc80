// `npm start`: builds, then runs the demo portal (port 5000) and the demo site (port 8080) on separate
// origins, as a city page and its portal are in real life. Ports: PORT, PORTAL_PORT.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { demoSiteMounts } from './server/demo-site.mjs';
import { startStaticServer } from './server/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sitePort = Number(process.env.PORT ?? 8080);
const portalPort = Number(process.env.PORTAL_PORT ?? 5000);

if (!process.argv.includes('--no-build')) {
  console.log('Building …');
  const build = spawnSync(
    process.execPath,
    [`${root}node_modules/rollup/dist/bin/rollup`, '-c', '--silent'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { startDemoPortal } = await import('../packages/demo-portal/dist/index.js');
const portal = await startDemoPortal({ port: portalPort });
const portalUrl = portal.url.replace('127.0.0.1', 'localhost');
const site = await startStaticServer({
  port: sitePort,
  portalUrl,
  mounts: demoSiteMounts(),
});

console.log(`
odw demo
  Demo pages:              ${site.url}/
  Builder:                 ${site.url}/builder.html
  Demo portal (CKAN API):  ${portalUrl}/api/3/action/status_show
  CDN build:               ${site.url}/cdn/odw.js
Stop with Ctrl+C.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await Promise.all([site.close(), portal.close()]);
    process.exit(0);
  });
}
