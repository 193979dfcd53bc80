// 1 000 mount/unmount cycles of every element in one strict-CSP page (three of four wait for the data,
// every fourth is removed while its request to a slow portal runs): no request starts after an element is removed, requests still
// running are aborted, and heap, DOM nodes and event listeners (CDP, after garbage collection) stay
// bounded between cycle 100 and cycle 1 000, with no element instance left behind.
import { expect } from 'chai';
import type { CDPSession } from 'puppeteer-core';
import { selectedRegistrations } from '../registry/index.js';
import type { ElementRegistration } from '../registry/types.js';
import { gateContext } from '../support/context.js';
import { figures } from '../support/figures.js';
import { GatePage } from '../support/gate-page.js';
import { unexpectedProblems } from '../support/known.js';
import { faultyPortal, getStage } from '../support/stage.js';

const WARM_UP = 100;
const CYCLES = 1000;
/** Per cycle after warm-up: a leak of one element's table or listener set is far above these. */
const MAX_HEAP_GROWTH_KB = 2048;
const MAX_LISTENER_GROWTH = 20;
const MAX_NODE_GROWTH = 200;
/**
 * Portal detection (`connect()` of @odw/client) is shared by every element of a page and deliberately
 * outlives the element that started it (packages/widgets/src/internal/portal-connection.ts); its requests
 * may finish after a removal. Every other request must be aborted.
 */
const SHARED_DETECTION =
  /\/api\/3\/action\/(status_show|site_read)(\?|$)|\/api\/explore\/v2\.1\/catalog\/datasets/;
/** Cycles per round trip to the page (keeps each call well below puppeteer's protocol timeout). */
const BATCH = 100;

interface Snapshot {
  heapKb: number;
  nodes: number;
  listeners: number;
  instances: number;
}

/** Heap, DOM nodes, listeners and live instances of the element's class, after garbage collection. */
async function measure(cdp: CDPSession, tag: string): Promise<Snapshot> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const prototype = await cdp.send('Runtime.evaluate', {
    expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
  });
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: prototype.result.objectId!,
  });
  const count = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId! });
  return {
    heapKb: Math.round(usedSize / 1024),
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
    instances: count.result.value as number,
  };
}

async function cycle(registration: ElementRegistration): Promise<string[]> {
  const stage = await getStage();
  const ctx = await gateContext(stage);
  const attributes = registration.states.data.attributes(ctx);
  const slowPortal = faultyPortal(stage, 'latency-2000');
  const loadingAttributes = registration.states.data.attributes({ ...ctx, portal: slowPortal });
  const gate = await GatePage.open(
    stage,
    { gate: 'leaks', element: registration.tag, state: '1 000 cycles' },
    { flavor: 'strict' },
  );
  try {
    await gate.cdp.send('HeapProfiler.enable');
    const run = (count: number) =>
      gate.page.evaluate(
        (t, a, l, n) => window.__odwQuality.cycles(t, a, l, n),
        registration.tag,
        attributes,
        loadingAttributes,
        count,
      );
    const reports = [await run(WARM_UP)];
    const warm = await measure(gate.cdp, registration.tag);
    for (let done = WARM_UP; done < CYCLES; done += BATCH)
      reports.push(await run(Math.min(BATCH, CYCLES - done)));
    const end = await measure(gate.cdp, registration.tag);
    const cycles = reports.reduce((n, r) => n + r.cycles, 0);
    const afterRemoval = reports.flatMap((r) => r.requestsAfterRemoval);
    const inflight = reports.reduce((n, r) => n + r.inflightAtRemoval, 0);
    const aborted = reports.reduce((n, r) => n + r.inflightAborted, 0);
    const record = {
      element: registration.tag,
      cycles,
      heapGrowthKb: end.heapKb - warm.heapKb,
      listenerGrowth: end.listeners - warm.listeners,
      nodeGrowth: end.nodes - warm.nodes,
      retainedInstances: end.instances,
      requestsAfterRemoval: afterRemoval.length,
      inflightAtRemoval: inflight,
      inflightAborted: aborted,
      sharedDetection: reports.flatMap((r) => r.notAborted).filter((url) => SHARED_DETECTION.test(url))
        .length,
    };
    figures.leaks.push(record);
    return [
      ...(cycles === CYCLES ? [] : [`ran ${cycles} of ${CYCLES} cycles`]),
      ...afterRemoval.slice(0, 5).map((url) => `request after removal: ${url}`),
      ...reports
        .flatMap((r) => r.notAborted)
        .filter((url) => !SHARED_DETECTION.test(url))
        .map((url) => `running at removal and not aborted: ${url}`),
      ...(record.heapGrowthKb > MAX_HEAP_GROWTH_KB ? [`heap grew by ${record.heapGrowthKb} KB`] : []),
      ...(record.listenerGrowth > MAX_LISTENER_GROWTH
        ? [`${record.listenerGrowth} more event listeners`]
        : []),
      ...(record.nodeGrowth > MAX_NODE_GROWTH ? [`${record.nodeGrowth} more DOM nodes`] : []),
      ...(end.instances > 0 ? [`${end.instances} removed elements are still in memory`] : []),
      ...(await gate.ambientProblems()),
    ];
  } finally {
    await gate.close();
  }
}

describe('leak gate: 1 000 mount/unmount cycles per element', function () {
  before(() => figures.gatesRun.add('leaks'));

  for (const registration of selectedRegistrations()) {
    it(`${registration.tag}: no request after removal, bounded heap, listeners and nodes, nothing retained`, async () => {
      expect(
        unexpectedProblems(registration, 'leaks', '1 000 cycles', await cycle(registration)),
      ).to.deep.equal([]);
    });
  }
});
