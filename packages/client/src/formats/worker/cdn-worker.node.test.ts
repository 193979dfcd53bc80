import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../../../../demo/server/static-server.mjs';
import {
  launchBrowser,
  tableRows,
  visit,
  type Browser,
} from '../../../../../test/node/embed-support/browser.js';
import { cdnBuild } from '../../../../../test/node/embed-support/cdn-build.js';

// The parser Worker as it ships: the CDN build (dist/cdn, built once per test run) in Chromium under a
// strict Content Security Policy without blob: workers. Same-origin hosting (what a city's IT does to run
// under such a policy) parses a 2 MB file in the worker; from a CDN on another origin a worker cannot start,
// so the page parses on its main thread — both without any CSP violation by the parser.

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

// 60 000 rows of a German CSV, about 2 MB: above the 1 MB worker threshold.
const CSV = `AGS;Ort;Wert\n${Array.from({ length: 60000 }, (_, i) => `05${String(i).padStart(6, '0')};Ort ${i};${i},5`).join('\n')}\n`;

/**
 * Violations the parser could cause: scripts (eval) and workers. The table element's own styling and query
 * engine are tested with it; at the time of writing it sets inline style attributes (style-src-attr) and,
 * cross-origin, tries a blob: worker — both outside this module and reported to their owner.
 */
const parserViolations = (violations: string[]) =>
  violations.filter(
    (v) => v.startsWith('script-src') || (v.startsWith('worker-src') && !v.endsWith(' blob')),
  );

const page = (cdn: string, csv: string) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="${cdn}odw.js"></script></head>
<body><odw-table src="${csv}"></odw-table></body></html>`;

describe('parser worker in the CDN build under a strict CSP (Chromium)', function () {
  this.timeout(300000);
  let browser: Browser;
  let sameOrigin: StaticServer;
  let cdnOrigin: StaticServer;
  let pagesOrigin: StaticServer;
  before(async () => {
    const build = await cdnBuild();
    const pages = mkdtempSync(join(tmpdir(), 'odw-csp-'));
    process.once('exit', () => rmSync(pages, { recursive: true, force: true }));
    writeFileSync(join(pages, 'gross.csv'), CSV);
    writeFileSync(join(pages, 'same.html'), page('/cdn/', '/gross.csv'));
    const headers = { 'Content-Security-Policy': CSP };
    sameOrigin = await startStaticServer({ mounts: { '/cdn/': build.dir, '/': pages }, headers });
    cdnOrigin = await startStaticServer({ mounts: { '/': build.dir } });
    writeFileSync(
      join(pages, 'cross.html'),
      page(`${cdnOrigin.url.replace('127.0.0.1', 'localhost')}/`, '/gross.csv'),
    );
    pagesOrigin = await startStaticServer({
      mounts: { '/': pages },
      headers: {
        'Content-Security-Policy': CSP.replace(
          "script-src 'self'",
          `script-src 'self' ${cdnOrigin.url.replace('127.0.0.1', 'localhost')}`,
        ),
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await Promise.all([sameOrigin, cdnOrigin, pagesOrigin].map((s) => s?.close()));
  });

  it('same origin: parses in the module worker, shows the rows, no CSP violation', async () => {
    const visited = await visit(browser, `${sameOrigin.url}/same.html`);
    const [event] = await visited.settled(1, 60000);
    expect(event.type).to.equal('odw-load');
    expect(visited.requests.some((url) => /\/cdn\/chunks\/parse\.worker-[\w-]+\.js$/.test(url))).to.be.true;
    expect((await tableRows(visited.page))[0][0]).to.equal('05000000');
    expect(parserViolations(await visited.cspViolations())).to.deep.equal([]);
    expect(visited.errors).to.deep.equal([]);
    await visited.page.close();
  });

  it('CDN on another origin: no worker can start, the page parses itself, the parser violates no CSP', async () => {
    const visited = await visit(browser, `${pagesOrigin.url}/cross.html`);
    const [event] = await visited.settled(1, 60000);
    expect(event.type).to.equal('odw-load');
    expect(visited.requests.some((url) => url.includes('parse.worker'))).to.be.false;
    expect((await tableRows(visited.page))[0][0]).to.equal('05000000');
    expect(parserViolations(await visited.cspViolations())).to.deep.equal([]);
    await visited.page.close();
  });
});
