// The benchmark harness behind `npm run bench`. A suite measures us and named peers in the same run,
// interleaved (round-robin, so machine noise hits every contender alike), after warm-up runs, and
// reports medians and ratios us/peer. Absolute numbers are not comparable between machines or runs;
// ratios are what docs/benchmarks.md is about.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { launchBrowser } from '../browser-session.mjs';
import { findChromium } from '../chromium.mjs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs each contender `runs` times, round-robin, after `warmup` unrecorded rounds. A contender is an async
 * function; if it returns a number, that is the sample (e.g. a time measured inside the browser),
 * otherwise the wall time of the call in milliseconds is.
 * @returns {Promise<Record<string, { median: number, samples: number[] }>>}
 */
export async function compare(contenders, { runs = 7, warmup = 2 } = {}) {
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const start = performance.now();
      const value = await fn();
      const sample = typeof value === 'number' ? value : performance.now() - start;
      if (round >= warmup) samples[name].push(sample);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, { median: median(s), samples: s }]),
  );
}

/** `0.42×` style ratio, us / peer. */
export const ratio = (us, peer) => `${(us / peer).toFixed(2)}×`;

/** A Markdown table from a header row and data rows. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function describeMachine() {
  const cpu = cpus();
  let chromium = 'not found';
  const path = findChromium();
  if (path) {
    try {
      chromium = execFileSync(path, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      chromium = path;
    }
  }
  return { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, node: process.version, chromium };
}

/** Shared, lazily created resources for suites: one browser and one demo portal per `npm run bench`. */
export function createContext() {
  let browser;
  let portal;
  return {
    compare,
    async browser() {
      browser ??= await launchBrowser();
      return browser;
    },
    async portal() {
      // The built portal (npm run bench builds first), on a free port.
      const { startDemoPortal } = await import('../../packages/demo-portal/dist/index.js');
      portal ??= await startDemoPortal({ port: 0 });
      return portal;
    },
    async close() {
      await browser?.close();
      await portal?.close();
    },
  };
}
