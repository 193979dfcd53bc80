// CSV parsing: odw's parseCsv (decoding, dialect and header detection, type inference per column) against
// papaparse (strings, and dynamicTyping) and d3-dsv (csvParseRows, and csvParse, which needs unsafe-eval)
// on the Köln traffic file (20.5 MB, gzip-compressed in the repository) and the Köln population file, in
// Node and in Chromium. Every contender starts from the file's bytes, so decoding counts for everyone.
// Peak memory comes from a fresh Node process per contender and file (this module, run as a child).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { markdownTable, median } from '../harness.mjs';

const root = new URL('../../../', import.meta.url);
const require = createRequire(root);
const FIXTURES = 'packages/client/test/fixtures/formats/';
const FILES = [
  {
    id: 'traffic',
    label: 'Köln traffic 2013-02 (20.5 MB, 672 339 rows × 4)',
    file: 'koeln-verkehrsauslastung-2013-02.csv.gz',
    runs: 5,
    warmup: 2,
  },
  {
    id: 'population',
    label: 'Köln population (2.7 MB, 29 135 rows × 9)',
    file: 'koeln-bevoelkerung-stadtteile.csv.gz',
    runs: 9,
    // Chromium tiers its compilers up over the first runs; small files need more of them.
    warmup: 6,
  },
];
const bytesOf = (file) => new Uint8Array(gunzipSync(readFileSync(new URL(FIXTURES + file.file, root))));

/** The contenders, given the libraries; each parses bytes and returns the rows or table. */
function contenders({ parseCsv, Papa, d3 }) {
  const text = (bytes) => new TextDecoder().decode(bytes);
  return {
    'odw parseCsv': (bytes) => parseCsv(bytes, { worker: false }),
    'odw parseCsv, types: false': (bytes) => parseCsv(bytes, { types: false, worker: false }),
    'papaparse (strings)': (bytes) => Papa.parse(text(bytes)),
    'papaparse (dynamicTyping)': (bytes) => Papa.parse(text(bytes), { dynamicTyping: true }),
    'd3-dsv csvParseRows': (bytes) => d3.csvParseRows(text(bytes)),
    'd3-dsv csvParse (unsafe-eval)': (bytes) => d3.csvParse(text(bytes)),
  };
}

async function nodeLibraries() {
  return {
    parseCsv: (await import(new URL('packages/client/dist/index.js', root))).parseCsv,
    Papa: require('papaparse'),
    d3: await import(new URL('node_modules/d3-dsv/dist/d3-dsv.mjs', root)),
  };
}

// As a child process: parse one file with one contender and report peak and retained memory.
if (process.env.ODW_BENCH_MEMORY) {
  const { contender, file } = JSON.parse(process.env.ODW_BENCH_MEMORY);
  const run = contenders(await nodeLibraries())[contender];
  const bytes = bytesOf(FILES.find((f) => f.id === file));
  globalThis.gc();
  const before = process.memoryUsage();
  const result = await run(bytes);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  globalThis.gc();
  const after = process.memoryUsage();
  const rows = result.rows ?? result.data ?? result;
  console.log(
    JSON.stringify({
      peak: peakRss - before.rss,
      retained: after.heapUsed + after.external - before.heapUsed - before.external,
      rows: rows.length,
    }),
  );
  process.exit(0);
}

function memoryOf(contender, file) {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
    env: { ...process.env, ODW_BENCH_MEMORY: JSON.stringify({ contender, file }) },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`memory child failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

const mb = (bytes) => (bytes / 1e6).toFixed(0);
const speed = (bytes, ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);

function resultTable(bytes, results, memory) {
  const ours = results['odw parseCsv'].median;
  const header = ['contender', 'median ms', 'MB/s', 'odw parseCsv is … faster'];
  if (memory) header.push('peak memory MB', 'result MB');
  return markdownTable(
    header,
    Object.entries(results).map(([name, { median: ms }]) => {
      const row = [
        name,
        ms.toFixed(0),
        speed(bytes.length, ms),
        name === 'odw parseCsv' ? '–' : `${(ms / ours).toFixed(2)}×`,
      ];
      if (memory) row.push(mb(memory[name].peak), mb(memory[name].retained));
      return row;
    }),
  );
}

/** Where odw's time goes: self time per function from a CPU profile of a few parses. */
async function profileOdw(bytes, parseCsv) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let i = 0; i < 3; i++) await parseCsv(bytes, { worker: false });
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const { functionName, url } = byId.get(id).callFrame;
    const file = url.split('/').slice(-2).join('/');
    const key = functionName
      ? `${functionName} (${file})`
      : url
        ? `(anonymous) (${file})`
        : `(${functionName || 'native'})`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return markdownTable(
    ['function (self time)', 'share'],
    top.map(([name, time]) => [
      `\`${name.replace(/[()]{2}/g, '')}\``,
      `${((100 * time) / total).toFixed(0)} %`,
    ]),
  );
}

// ---- Chromium -----------------------------------------------------------------------------------

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>bench</title>
<script src="/papaparse.min.js"></script>
<script type="module">
  import { parseCsv } from '/client/index.js';
  import * as d3 from '/d3-dsv.mjs';
  const text = (bytes) => new TextDecoder().decode(bytes);
  const runs = {
    'odw parseCsv': (b) => parseCsv(b, { worker: false }),
    'odw parseCsv, types: false': (b) => parseCsv(b, { types: false, worker: false }),
    'papaparse (strings)': (b) => Papa.parse(text(b)),
    'papaparse (dynamicTyping)': (b) => Papa.parse(text(b), { dynamicTyping: true }),
    'd3-dsv csvParseRows': (b) => d3.csvParseRows(text(b)),
    'd3-dsv csvParse (unsafe-eval)': (b) => d3.csvParse(text(b)),
    'odw parseCsv in its Worker': (b) => parseCsv(b),
  };
  let longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  }).observe({ type: 'longtask' });
  window.bench = {
    async load(id) {
      window.bytes = new Uint8Array(await (await fetch('/data/' + id)).arrayBuffer());
    },
    async run(name) {
      await new Promise((r) => setTimeout(r, 50));
      longest = 0;
      const start = performance.now();
      window.keep = await runs[name](window.bytes);
      const ms = performance.now() - start;
      await new Promise((r) => setTimeout(r, 50));
      window.keep = null;
      return { ms, longest };
    },
  };
  window.ready = true;
</script></head><body></body></html>`;

function startServer(files) {
  const routes = {
    '/': ['text/html', () => PAGE],
    '/papaparse.min.js': [
      'text/javascript',
      () => readFileSync(require.resolve('papaparse/papaparse.min.js')),
    ],
    '/d3-dsv.mjs': [
      'text/javascript',
      () => readFileSync(new URL('node_modules/d3-dsv/dist/d3-dsv.mjs', root)),
    ],
  };
  for (const file of files) routes[`/data/${file.id}`] = ['text/csv', () => file.bytes];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let route = routes[path];
    if (!route && path.startsWith('/client/')) {
      const local = new URL(`packages/client/dist/${path.slice('/client/'.length)}`, root);
      route = ['text/javascript', () => readFileSync(local)];
    }
    try {
      const body = route?.[1]();
      if (!body) throw new Error('not found');
      res.writeHead(200, { 'content-type': route[0] });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function chromiumSection(ctx, files, verdicts) {
  const server = await startServer(files);
  const browser = await ctx.browser();
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.ready === true);
  const sections = [];
  try {
    for (const file of files) {
      await page.evaluate((id) => window.bench.load(id), file.id);
      const contenderNames = [
        'odw parseCsv',
        'odw parseCsv, types: false',
        'papaparse (strings)',
        'papaparse (dynamicTyping)',
        'd3-dsv csvParseRows',
        'd3-dsv csvParse (unsafe-eval)',
        'odw parseCsv in its Worker',
      ];
      const longest = Object.fromEntries(contenderNames.map((n) => [n, []]));
      const results = await ctx.compare(
        Object.fromEntries(
          contenderNames.map((name) => [
            name,
            async () => {
              const sample = await page.evaluate((n) => window.bench.run(n), name);
              longest[name].push(sample.longest);
              return sample.ms;
            },
          ]),
        ),
        { runs: file.runs, warmup: file.warmup },
      );
      await cdp.send('HeapProfiler.collectGarbage');
      const ours = results['odw parseCsv'].median;
      const table = markdownTable(
        ['contender', 'median ms', 'MB/s', 'odw parseCsv is … faster', 'longest main-thread task ms'],
        Object.entries(results).map(([name, { median: ms }]) => [
          name,
          ms.toFixed(0),
          speed(file.bytes.length, ms),
          name === 'odw parseCsv' ? '–' : `${(ms / ours).toFixed(2)}×`,
          median(longest[name]).toFixed(0),
        ]),
      );
      sections.push(`#### Chromium: ${file.label}\n\n${table}`);
      verdicts.push(`- Chromium, ${file.label}: ${verdict(results)}`);
    }
  } finally {
    await page.close();
    server.close();
  }
  return sections;
}

// ---- the suite ----------------------------------------------------------------------------------

function verdict(results) {
  const ours = results['odw parseCsv'].median;
  const papa = results['papaparse (strings)'].median / ours;
  const papaTyped = results['papaparse (dynamicTyping)'].median / ours;
  const d3 = results['d3-dsv csvParse (unsafe-eval)'].median / ours;
  const met = papa >= 4 && d3 >= 1;
  return (
    `odw parseCsv is ${papa.toFixed(2)}× as fast as papaparse (strings), ${papaTyped.toFixed(2)}× papaparse ` +
    `(dynamicTyping) and ${d3.toFixed(2)}× d3-dsv csvParse. Target (≥ 4× papaparse strings, ≥ 1× d3 csvParse): ` +
    `**${met ? 'met' : 'not met'}**.`
  );
}

export default {
  id: 'parse-csv',
  title: 'CSV parsing: odw vs papaparse and d3-dsv',
  async run(ctx) {
    const libraries = await nodeLibraries();
    const node = contenders(libraries);
    const files = FILES.map((file) => ({ ...file, bytes: bytesOf(file) }));
    const parts = [
      'Each contender starts from the file’s bytes (UTF-8 decoding counts for all). odw parseCsv also detects ' +
        'encoding, delimiter, header and footnotes and infers a type per column (numbers, dates as ISO strings); ' +
        'papaparse guesses the delimiter; d3-dsv is told it is CSV. Medians of interleaved runs after warm-up. ' +
        'Peak memory: highest RSS of a fresh Node process during one parse, above the process with the bytes ' +
        'loaded; result: heap the parsed rows keep alive. In Chromium, odw runs on the main thread (like the ' +
        'peers) and, separately, in its Worker (end-to-end time; the page stays responsive: see the longest task).',
    ];
    const verdicts = [];
    for (const file of files) {
      const results = await ctx.compare(
        Object.fromEntries(Object.entries(node).map(([name, run]) => [name, () => run(file.bytes)])),
        { runs: file.runs, warmup: file.warmup },
      );
      const memory = Object.fromEntries(Object.keys(node).map((name) => [name, memoryOf(name, file.id)]));
      parts.push(`#### Node: ${file.label}\n\n${resultTable(file.bytes, results, memory)}`);
      verdicts.push(`- Node, ${file.label}: ${verdict(results)}`);
    }
    parts.push(...(await chromiumSection(ctx, files, verdicts)));
    parts.push(
      `#### Where odw’s time goes (Node, traffic file, CPU profile)\n\n${await profileOdw(files[0].bytes, libraries.parseCsv)}`,
    );
    return [parts[0], verdicts.join('\n'), ...parts.slice(1)].join('\n\n');
  },
};
