// Time to first rows of a DataStore resource (the Köln traffic table, 672 339 rows) in the demo portal:
// <odw-table> given only the portal and the dataset's name, against Tabulator, Grid.js and AG Grid
// Community given the resource id and column names and asking datastore_search for 20 rows.
import { markdownTable, median } from '../harness.mjs';
import { launchUnthrottledBrowser, openBenchPage, PEERS, startBenchServer } from './table-bench-support.mjs';

const CONTENDERS = {
  odw: 'odw-table',
  ...Object.fromEntries(Object.entries(PEERS).map(([id, p]) => [id, p.name])),
};
const DATASET = 'koeln-verkehrsauslastung-2013-02';
const RUNS = 7;
const WARMUP = 2;

async function resourceOf(portalUrl) {
  const response = await fetch(`${portalUrl}/api/3/action/package_show?id=${DATASET}`);
  const { result } = await response.json();
  const resource = result.resources.find((r) => r.datastore_active);
  const search = await fetch(`${portalUrl}/api/3/action/datastore_search?resource_id=${resource.id}&limit=1`);
  const { result: page } = await search.json();
  const columns = page.fields.map((f) => f.id).filter((id) => id !== '_id');
  return { resource: resource.id, columns, firstValue: String(page.records[0].identifier) };
}

export default {
  id: 'table-datastore',
  title: 'Table: time to first rows of a DataStore resource',
  async run(ctx) {
    const portal = await ctx.portal();
    const server = await startBenchServer();
    const browser = await launchUnthrottledBrowser();
    const setup = { portal: portal.url, dataset: DATASET, ...(await resourceOf(portal.url)) };
    const samples = Object.fromEntries(Object.keys(CONTENDERS).map((id) => [id, []]));
    try {
      for (let round = 0; round < WARMUP + RUNS; round++) {
        for (const id of Object.keys(CONTENDERS)) {
          const page = await openBenchPage(browser, `${server.url}/bench/index.html`);
          // Every run starts cold: no HTTP cache, no connection to the portal reused.
          await page.setCacheEnabled(false);
          try {
            const ms = await page.evaluate((name, s) => window.bench.firstRows(name, s), id, setup);
            if (round >= WARMUP) samples[id].push(ms);
          } finally {
            await page.close();
          }
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const ours = median(samples.odw);
    const rows = Object.entries(samples).map(([id, s]) => [
      CONTENDERS[id],
      `${median(s).toFixed(0)} ms`,
      id === 'odw' ? '1×' : `${(median(s) / ours).toFixed(2)}×`,
    ]);
    return (
      `From creating the grid until the first of 20 rows is painted (two animation frames after the rows ` +
      `are in the DOM), fresh page and no HTTP cache per run, ${RUNS} runs after ${WARMUP} warm-up, medians. ` +
      `odw is given only the portal URL and the dataset name: it detects the portal (\`status_show\`) while ` +
      `it loads the dataset (\`package_show\`, both at once), then asks for the first page with its total ` +
      `(\`datastore_search\`, which also tells the columns): two round trips. Each peer is given the ` +
      `resource id and the column names and makes one \`datastore_search\` request. Ratios above 1× mean ` +
      `the peer took longer.\n\n` +
      markdownTable(['grid', 'time to first rows', 'vs odw'], rows)
    );
  },
};
