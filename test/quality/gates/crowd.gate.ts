// Fifty elements on one page, counted in the portal's request log:
// - against a slow portal, fifty identical elements cost exactly the requests of one (in-flight requests
//   are shared, answers cached);
// - against a failing portal, fifty elements on fifty different addresses retry no more than the
//   client's per-origin retry budget allows, so a page full of widgets does not multiply an outage.
import { RetryBudget } from '@odw/client';
import { expect } from 'chai';
import { selectedRegistrations } from '../registry/index.js';
import type { ElementRegistration } from '../registry/types.js';
import { gateContext } from '../support/context.js';
import { figures, type CrowdRecord } from '../support/figures.js';
import { GatePage } from '../support/gate-page.js';
import { unexpectedProblems } from '../support/known.js';
import { faultyPortal, getStage, type Stage } from '../support/stage.js';

const CROWD = 50;
const SLOW = 'latency-1500';
const TIMEOUT = 90_000;

/** Retries one origin's budget allows when nothing succeeds, read from the client's own defaults. */
function retryAllowance(): number {
  const budget = new RetryBudget();
  let retries = 0;
  while (budget.tryAcquire('https://portal.example', 'error')) retries++;
  return retries;
}

/** Requests the portal logged whose path starts with one of `prefixes`. */
async function loggedRequests(stage: Stage, prefixes: string[]): Promise<string[]> {
  const log = (await (await fetch(`${stage.portalUrl}/__odw/log`)).json()) as { url: string }[];
  const paths = prefixes.map((p) => new URL(p).pathname);
  return log.map((e) => e.url).filter((url) => paths.some((p) => url.startsWith(`${p}/`)));
}

/** Mounts `count` elements against the portals `portalOf(i)` and waits until each fired `kind`. */
async function crowd(
  stage: Stage,
  registration: ElementRegistration,
  scenario: string,
  count: number,
  portalOf: (i: number) => string,
  kind: 'odw-load' | 'odw-error',
) {
  const ctx = await gateContext(stage);
  const gate = await GatePage.open(
    stage,
    { gate: 'crowd', element: registration.tag, state: scenario },
    { flavor: 'strict' },
  );
  const problems: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      await gate.mount(
        registration.tag,
        registration.states.data.attributes({ ...ctx, portal: portalOf(i) }),
        `e${i}`,
      );
    }
    for (let i = 0; i < count; i++) {
      const event = await gate.waitForEvent(`e${i}`, ['odw-load', 'odw-error'], TIMEOUT);
      if (event.type !== kind)
        problems.push(`element ${i + 1} fired ${event.type} (${event.error?.message ?? ''})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    problems.push(...(await gate.ambientProblems()));
  } finally {
    await gate.close();
  }
  return problems;
}

describe('crowd gate: fifty elements on one page', function () {
  before(() => figures.gatesRun.add('crowd'));

  for (const registration of selectedRegistrations()) {
    describe(registration.tag, () => {
      it(`${CROWD} identical elements against a slow portal make the requests of one`, async () => {
        const stage = await getStage();
        const single = faultyPortal(stage, SLOW);
        const problems = await crowd(stage, registration, 'one, slow portal', 1, () => single, 'odw-load');
        const one = await loggedRequests(stage, [single]);
        const shared = faultyPortal(stage, SLOW);
        problems.push(
          ...(await crowd(stage, registration, `${CROWD}, slow portal`, CROWD, () => shared, 'odw-load')),
        );
        const all = await loggedRequests(stage, [shared]);
        const distinct = new Set(all).size;
        const record: CrowdRecord = {
          element: registration.tag,
          scenario: `${CROWD} identical elements, portal answering after 1.5 s (one element alone: ${one.length} requests)`,
          elements: CROWD,
          requests: all.length,
          distinct,
          allowedRetries: 0,
          problems,
        };
        figures.crowd.push(record);
        if (all.length !== distinct) problems.push(`${all.length - distinct} duplicate requests`);
        if (all.length !== one.length)
          problems.push(`${all.length} requests, one element alone made ${one.length}`);
        expect(unexpectedProblems(registration, 'crowd', 'slow', problems)).to.deep.equal([]);
      });

      it(`${CROWD} elements on ${CROWD} addresses of a failing portal stay within the retry budget`, async () => {
        const stage = await getStage();
        const portals = Array.from({ length: CROWD }, () => faultyPortal(stage, 'status-503'));
        const problems = await crowd(
          stage,
          registration,
          `${CROWD}, portal down`,
          CROWD,
          (i) => portals[i],
          'odw-error',
        );
        const all = await loggedRequests(stage, portals);
        const distinct = new Set(all).size;
        const allowed = retryAllowance();
        figures.crowd.push({
          element: registration.tag,
          scenario: `${CROWD} elements on ${CROWD} addresses, portal answering 503`,
          elements: CROWD,
          requests: all.length,
          distinct,
          allowedRetries: allowed,
          problems,
        });
        if (all.length - distinct > allowed)
          problems.push(`${all.length - distinct} retries; the budget allows ${allowed}`);
        expect(unexpectedProblems(registration, 'crowd', 'failing', problems)).to.deep.equal([]);
      });
    });
  }
});
