// The demo portal: start-up (a fresh process each time, as `npm start` and the test runners pay it), the
// first access of the 672 339-row traffic table, and DataStore queries pushed down to the portal against
// what a client without a DataStore must do: download the whole file and parse it (odw's own parseCsv).
// No peer portal runs here; the ratio shows what push-down saves.
import { spawnSync } from 'node:child_process';
import { markdownTable, median, ratio } from '../harness.mjs';

const DIST = new URL('../../../packages/demo-portal/dist/index.js', import.meta.url).href;

/** Milliseconds until `startDemoPortal` resolves, measured inside a new Node process. */
function coldStart() {
  const script = `const { startDemoPortal } = await import(${JSON.stringify(DIST)});
    const t = performance.now(); const p = await startDemoPortal({ port: 0 });
    console.log(performance.now() - t); await p.close();`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim().split('\n').pop());
}

const ms = (value) => `${Math.round(value)} ms`;

export default {
  id: 'demo-portal',
  title: 'Demo portal',
  async run(ctx) {
    const starts = [coldStart(), coldStart(), coldStart()];
    const portal = await ctx.portal();
    const { parseCsv } = await import('../../../packages/client/dist/index.js');
    const search = async (params) => {
      const url = new URL(`${portal.url}/api/3/action/datastore_search`);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      const body = await (await fetch(url)).json();
      if (!body.success) throw new Error(JSON.stringify(body.error));
      return body.result;
    };
    const show = async (id) =>
      (await (await fetch(`${portal.url}/api/3/action/package_show?id=${id}`)).json()).result.resources[0];
    const traffic = await show('koeln-verkehrsauslastung-2013-02');
    const moers = await show('fussgaenger-steinstrasse-juni-2022');

    const loadStarted = performance.now();
    await search({ resource_id: traffic.id, limit: '1' });
    const firstAccess = performance.now() - loadStarted;

    const filtered = {
      resource_id: traffic.id,
      filters: '{"identifier":"ST001"}',
      sort: 'auslastung desc',
      limit: '100',
    };
    const results = await ctx.compare(
      {
        pushedDown: () => search(filtered),
        download: async () => {
          const bytes = new Uint8Array(await (await fetch(traffic.url)).arrayBuffer());
          const table = await parseCsv(bytes, { coordinates: false, worker: false });
          const column = table.fields.findIndex((f) => f.name === 'identifier');
          return void table.rows.filter((row) => row[column] === 'ST001');
        },
      },
      { runs: 3, warmup: 1 },
    );
    const small = await ctx.compare(
      {
        page: () => search({ resource_id: moers.id, limit: '100', offset: '300' }),
        fullText: () => search({ resource_id: moers.id, q: 'cloudy', limit: '20' }),
        packageSearch: async () =>
          (
            await fetch(
              `${portal.url}/api/3/action/package_search?fq=organization:moers&facet.field=["tags","res_format"]`,
            )
          ).json(),
      },
      { runs: 9, warmup: 2 },
    );

    return [
      markdownTable(
        ['measure', 'median'],
        [
          [
            'start-up in a new process (`startDemoPortal` resolves; tables load on first access), 3 runs',
            ms(median(starts)),
          ],
          ['first access of the traffic table (start PGlite, load 672 339 rows)', ms(firstAccess)],
          ['`datastore_search` page of the 720-row Moers table', ms(small.page.median)],
          ['`datastore_search` with `q` (Moers)', ms(small.fullText.median)],
          ['`package_search` over 192 datasets with two facets', ms(small.packageSearch.median)],
        ],
      ),
      '',
      'Filter the traffic table to one sensor and sort it (100 rows): asked of the DataStore, or by downloading the 20.5 MB CSV (gzip) and parsing it:',
      '',
      markdownTable(
        ['way', 'median', 'ratio to download'],
        [
          [
            '`datastore_search` (push-down)',
            ms(results.pushedDown.median),
            ratio(results.pushedDown.median, results.download.median),
          ],
          ['download + `parseCsv` + filter', ms(results.download.median), '1.00×'],
        ],
      ),
    ].join('\n');
  },
};
