// A stage for embed tests as in real life: the CDN folder on one origin, the host pages on another and
// the demo portal on a third (http://localhost:A, http://127.0.0.1:B, http://localhost:C).
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoPortal, type DemoPortal } from '@odw/demo-portal';
import { demoSiteMounts } from '../../../demo/server/demo-site.mjs';
import { startStaticServer, type StaticServer } from '../../../demo/server/static-server.mjs';
import { tempDir } from './temp-dir.js';

export interface Stage {
  /** Base URL of the CDN folder, with trailing slash. */
  cdn: string;
  portal: DemoPortal;
  /** The portal's base URL as pages use it. */
  portalUrl: string;
  /** Writes a host page and returns its URL. */
  page(name: string, html: string): string;
  /** Serves another copy of the CDN folder, changed by `edit`, on its own origin; returns its base URL. */
  cdnCopy(edit: (dir: string) => void): Promise<string>;
  close(): Promise<void>;
}

export async function startStage(cdnDir: string): Promise<Stage> {
  const servers: StaticServer[] = [];
  const serve = async (folder: string) => {
    const server = await startStaticServer({ mounts: { '/': folder } });
    servers.push(server);
    return server;
  };
  const portal = await startDemoPortal({ port: 0 });
  const cdn = await serve(cdnDir);
  const pagesDir = tempDir('odw-pages-');
  const site = await serve(pagesDir);
  const siteUrl = site.url.replace('//localhost:', '//127.0.0.1:');
  return {
    cdn: `${cdn.url}/`,
    portal,
    portalUrl: portal.url.replace('//127.0.0.1:', '//localhost:'),
    page(name, html) {
      writeFileSync(join(pagesDir, name), html);
      return `${siteUrl}/${name}`;
    },
    async cdnCopy(edit) {
      const dir = tempDir('odw-cdn-copy-');
      cpSync(cdnDir, dir, { recursive: true });
      edit(dir);
      return `${(await serve(dir)).url}/`;
    },
    async close() {
      await Promise.all([...servers.map((s) => s.close()), portal.close()]);
    },
  };
}

/** A minimal host page: only what an editor pastes. */
export function hostPage(body: string, head = ''): string {
  return `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Testseite</title>${head}</head>
<body>
${body}
</body>
</html>`;
}

/** An element's start tag with attributes (values are test-controlled and quoted). */
export function elementTag(tag: string, attributes: Record<string, string>, content = ''): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`)
    .join('');
  return `<${tag}${attrs}>${content}</${tag}>`;
}

export interface DemoSite {
  /** Base URL of the demo site (http://localhost:A), without trailing slash. */
  url: string;
  portal: DemoPortal;
  portalUrl: string;
  close(): Promise<void>;
}

/** The demo site as `npm start` serves it (pages, /cdn/, /build/), with a demo portal on another origin. */
export async function startDemoSite(cdnDir: string, demoDir: string): Promise<DemoSite> {
  const portal = await startDemoPortal({ port: 0 });
  const portalUrl = portal.url.replace('//127.0.0.1:', '//localhost:');
  const site = await startStaticServer({ portalUrl, mounts: demoSiteMounts({ cdnDir, demoDir }) });
  return {
    url: site.url,
    portal,
    portalUrl,
    close: async () => {
      await Promise.all([site.close(), portal.close()]);
    },
  };
}
