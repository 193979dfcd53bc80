// Shared by the table benchmark suites: a page that holds one data grid at a time (odw-table or a peer),
// served together with the CDN build and the peers' shipped bundles, and a Chromium whose frame-rate
// limit is off, so a frame's duration is the work it took rather than the display's refresh interval.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from '../../../demo/server/static-server.mjs';
import { CHROME_ARGS, ensureChromium } from '../../chromium.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pageDir = `${root}.bench-tmp/table-bench/`;

/** The peers measured against <odw-table>, as a page loads them (script and stylesheet as shipped). */
export const PEERS = {
  tabulator: {
    name: 'Tabulator',
    pkg: 'tabulator-tables',
    files: ['dist/js/tabulator.min.js', 'dist/css/tabulator.min.css'],
  },
  gridjs: { name: 'Grid.js', pkg: 'gridjs', files: ['dist/gridjs.umd.js', 'dist/theme/mermaid.min.css'] },
  aggrid: { name: 'AG Grid Community', pkg: 'ag-grid-community', files: ['dist/ag-grid-community.min.js'] },
};

// The page: generates the same data for every contender (not timed), builds one grid, and measures what
// the suites ask for. Times are taken inside the page with performance.now(); "painted" means the
// expected rows are in the DOM and two animation frames have passed.
const PAGE = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>table bench</title>
<link rel="stylesheet" href="/peers/tabulator-tables/dist/css/tabulator.min.css">
<link rel="stylesheet" href="/peers/gridjs/dist/theme/mermaid.min.css">
<style>body{margin:0;font:14px system-ui,sans-serif} #host{width:1000px;height:600px}</style>
<script src="/peers/tabulator-tables/dist/js/tabulator.min.js"></script>
<script src="/peers/gridjs/dist/gridjs.umd.js"></script>
<script src="/peers/ag-grid-community/dist/ag-grid-community.min.js"></script>
<script type="module" src="/cdn/odw.js"></script>
</head><body><div id="host"></div>
<script type="module">
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
// Polls with a short timer rather than every animation frame: with the frame-rate limit off, a frame loop
// would keep the main thread busy rendering and slow down the grid being measured.
const tick = () => new Promise((resolve) => setTimeout(resolve, 4));
const painted = async (check) => { while (!check()) await tick(); await frame(); await frame(); return performance.now(); };
const host = document.getElementById('host');
const COLUMNS = [['id', 'Nr'], ['station', 'Messstelle'], ['time', 'Zeit'], ['load', 'Auslastung']];

function makeRows(n) {
  const stations = Array.from({ length: 250 }, (_, i) => 'MQ ' + String(i).padStart(3, '0'));
  const start = Date.UTC(2013, 1, 1);
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    rows[i] = [i + 1, stations[i % 250], new Date(start + Math.floor(i / 250) * 60000).toISOString().slice(0, 19), ((i * 7919) % 100003) / 100];
  }
  return rows;
}
const objects = (rows) => rows.map(([id, station, time, load]) => ({ id, station, time, load }));
const number = (text) => Number(text.trim().replace(/\\.(?=\\d{3})/g, '').replace(',', '.'));

const GRIDS = {
  odw: {
    async build(rows) {
      const el = document.createElement('odw-table');
      el.style.setProperty('--odw-table-max-height', '540px');
      el.data = { fields: [{ name: 'id', type: 'integer', label: 'Nr' }, { name: 'station', type: 'text', label: 'Messstelle' }, { name: 'time', type: 'datetime', label: 'Zeit' }, { name: 'load', type: 'number', label: 'Auslastung' }], rows, total: rows.length, exact: true, source: { pushedDown: false, url: 'bench', method: 'file' } };
      const t0 = performance.now();
      host.append(el);
      this.el = el;
      return t0;
    },
    firstCell(col) { return this.el.shadowRoot?.querySelectorAll('tbody tr[part="row"]')[0]?.querySelectorAll('td')[col]?.textContent ?? ''; },
    sort() { this.el.shadowRoot.querySelectorAll('thead th button')[3].click(); },
    scroller() { return this.el.shadowRoot.querySelector('.scroll'); },
  },
  tabulator: {
    prepare: objects,
    async build(data) {
      const t0 = performance.now();
      this.table = new Tabulator(host, { data, height: '600px', columns: COLUMNS.map(([field, title]) => ({ field, title })) });
      return t0;
    },
    firstCell(col) { return host.querySelector('.tabulator-row')?.querySelectorAll('.tabulator-cell')[col]?.textContent ?? ''; },
    sort() { this.table.setSort('load', 'asc'); },
    scroller() { return host.querySelector('.tabulator-tableholder'); },
  },
  gridjs: {
    async build(rows) {
      const t0 = performance.now();
      // Grid.js has no virtual scrolling; with this many rows it must paginate.
      new gridjs.Grid({ columns: COLUMNS.map(([id, name]) => ({ id, name })), data: rows, sort: true, pagination: { limit: 20 } }).render(host);
      return t0;
    },
    firstCell(col) { return host.querySelector('tbody tr')?.querySelectorAll('td')[col]?.textContent ?? ''; },
    sort() { host.querySelectorAll('th')[3].querySelector('button').click(); },
    scroller() { return undefined; },
  },
  aggrid: {
    prepare: objects,
    async build(rowData) {
      agGrid.ModuleRegistry.registerModules([agGrid.AllCommunityModule]);
      host.style.height = '600px';
      const t0 = performance.now();
      this.api = agGrid.createGrid(host, { rowData, columnDefs: COLUMNS.map(([field, headerName]) => ({ field, headerName })) });
      return t0;
    },
    firstCell(col) { return host.querySelector('.ag-row[row-index="0"]')?.querySelectorAll('.ag-cell')[col]?.textContent ?? ''; },
    sort() { this.api.applyColumnState({ state: [{ colId: 'load', sort: 'asc' }], defaultState: { sort: null } }); },
    scroller() { return host.querySelector('.ag-body-viewport'); },
  },
};

// The autoloader defines <odw-table> when one appears; load it before anything is timed.
const probe = document.createElement('odw-table');
probe.hidden = true;
document.body.append(probe);
await customElements.whenDefined('odw-table');
probe.remove();

// Time to first rows of a DataStore resource: each grid configured the way its documentation shows for
// a JSON API (the peers are given the resource id and columns; odw only the dataset's name).
const REMOTE = {
  odw(setup) {
    const el = document.createElement('odw-table');
    el.setAttribute('portal', setup.portal);
    el.setAttribute('dataset', setup.dataset);
    el.setAttribute('page-size', '20');
    host.append(el);
    return () => [...(el.shadowRoot?.querySelectorAll('tbody tr[part="row"] td') ?? [])].some((td) => td.textContent.trim() === setup.firstValue);
  },
  tabulator(setup) {
    new Tabulator(host, {
      height: '600px',
      ajaxURL: setup.portal + '/api/3/action/datastore_search',
      ajaxParams: { resource_id: setup.resource, limit: 20 },
      // Tabulator's own request adds X-Requested-With, which CKAN's CORS settings do not allow; its
      // documented hook for custom requests does a plain GET instead.
      ajaxRequestFunc: (url, config, params) =>
        fetch(url + '?' + new URLSearchParams(params), { credentials: 'omit' }).then((response) => response.json()),
      ajaxResponse: (url, params, response) => response.result.records,
      columns: setup.columns.map((field) => ({ field, title: field })),
    });
    return () => [...host.querySelectorAll('.tabulator-cell')].some((td) => td.textContent.trim() === setup.firstValue);
  },
  gridjs(setup) {
    new gridjs.Grid({
      columns: setup.columns,
      server: {
        url: setup.portal + '/api/3/action/datastore_search?resource_id=' + setup.resource + '&limit=20',
        then: (data) => data.result.records.map((record) => setup.columns.map((c) => record[c])),
      },
    }).render(host);
    return () => [...host.querySelectorAll('td')].some((td) => td.textContent.trim() === setup.firstValue);
  },
  aggrid(setup) {
    agGrid.ModuleRegistry.registerModules([agGrid.AllCommunityModule]);
    host.style.height = '600px';
    const api = agGrid.createGrid(host, { columnDefs: setup.columns.map((field) => ({ field })) });
    fetch(setup.portal + '/api/3/action/datastore_search?resource_id=' + setup.resource + '&limit=20', { credentials: 'omit' })
      .then((response) => response.json())
      .then((data) => api.setGridOption('rowData', data.result.records));
    return () => [...host.querySelectorAll('.ag-cell')].some((td) => td.textContent.trim() === setup.firstValue);
  },
};

window.bench = {
  async firstRows(name, setup) {
    await frame();
    const t0 = performance.now();
    const check = REMOTE[name](setup);
    const t1 = await painted(check);
    return t1 - t0;
  },
  async run(name, n, { frames = 150, step = 240 } = {}) {
    const grid = GRIDS[name];
    const rows = makeRows(n);
    const data = grid.prepare ? grid.prepare(rows) : rows;
    let min = Infinity;
    for (const row of rows) min = Math.min(min, row[3]);
    await frame();
    const t0 = await grid.build(data);
    const t1 = await painted(() => number(grid.firstCell(0)) === 1);
    // Let every grid finish what it does after the first paint (odw prepares its sort Worker).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const t2 = performance.now();
    grid.sort();
    const t3 = await painted(() => number(grid.firstCell(3)) === min);
    let frameTimes;
    const scroller = grid.scroller();
    if (scroller) {
      scroller.scrollTop = 0;
      await frame();
      await frame();
      frameTimes = [];
      let last = await frame();
      for (let i = 0; i < frames; i++) {
        scroller.scrollTop += step;
        const now = await frame();
        frameTimes.push(now - last);
        last = now;
      }
      // The rows must have followed the scroll (not a blank viewport).
      await frame();
      if (!(number(grid.firstCell(0)) > 1)) throw new Error(name + ': no rows after scrolling');
    }
    return { firstPaint: t1 - t0, sort: t3 - t2, frameTimes };
  },
};
window.benchReady = true;
</script></body></html>`;

/** A static server for the bench page, the CDN build and the peers' packages. */
export async function startBenchServer(extraPage) {
  mkdirSync(pageDir, { recursive: true });
  writeFileSync(`${pageDir}index.html`, PAGE);
  if (extraPage) writeFileSync(`${pageDir}${extraPage.name}`, extraPage.html);
  const mounts = { '/cdn/': `${root}dist/cdn`, '/bench/': pageDir };
  for (const peer of Object.values(PEERS)) mounts[`/peers/${peer.pkg}/`] = `${root}node_modules/${peer.pkg}`;
  return startStaticServer({ mounts });
}

/**
 * Chromium with the frame-rate limit and vsync off: frame intervals then measure work, not the display.
 * Compositing runs in software, as Chromium does on machines without a usable GPU: with the emulated GPU
 * (SwiftShader) every frame's buffer swap costs ~20 ms of the same two CPU cores the page runs on, and a
 * trace shows that swap, not the grid, setting the p95 frame time (odw and Tabulator alike at ~36 ms).
 */
export async function launchUnthrottledBrowser() {
  return puppeteer.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: [
      ...CHROME_ARGS,
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
      '--disable-gpu-compositing',
      '--window-size=1100,800',
    ],
  });
}

/** Loads the bench page in a fresh tab and returns it. */
export async function openBenchPage(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  page.on('pageerror', (error) => console.log(`[bench page] ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady === true);
  return page;
}
