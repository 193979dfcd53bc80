// Every element × every demo-portal fault mode, on the strict-CSP page:
// - the fault lasts: a localized error naming the cause appears within the client's deadline, and the
//   element's retry brings the data once the portal heals;
// - the fault happens once: the element recovers by itself where the client retries (network errors,
//   timeouts, 408/429/5xx), else through its retry control;
// - the fault starts after data was shown: the data stays, with a notice naming the cause, and the retry
//   replaces it with fresh data once the portal heals.
// Throughout: no uncaught error, no unhandled rejection, no console error without an odw-error event.
import { expect } from 'chai';
import { selectedRegistrations } from '../registry/index.js';
import type { ElementRegistration, GateContext } from '../registry/types.js';
import { gateContext } from '../support/context.js';
import {
  CLIENT_DEADLINE,
  FAULT_MODES,
  inPool,
  RENDER_MARGIN,
  type FaultMode,
} from '../support/fault-modes.js';
import { figures, type FaultRecord } from '../support/figures.js';
import { GatePage } from '../support/gate-page.js';
import { faultyPortal, getStage, healFault, setServerFault, type Stage } from '../support/stage.js';
import { Subject } from '../support/subject.js';
import { SETTLE_TIMEOUT } from '../support/visit.js';

const LIMIT = CLIENT_DEADLINE + RENDER_MARGIN;
/** Requests a lasting fault fails before the portal heals by itself (the gate heals it earlier). */
const LASTING = 'times-200';
const PARALLEL_PAGES = 4;

type Phase = FaultRecord['phase'];

interface Mounted {
  registration: ElementRegistration;
  subject: Subject;
  portal: string;
  mountedAt: number;
}

/** Mounts every element on one page, each in its data state against `portalOf(i)`. */
async function mountAll(
  gate: GatePage,
  ctx: GateContext,
  portalOf: (i: number) => string,
): Promise<Mounted[]> {
  const mounted: Mounted[] = [];
  for (const [i, registration] of selectedRegistrations().entries()) {
    const portal = portalOf(i);
    const id = `${registration.tag}-${i}`;
    const mountedAt = await gate.page.evaluate(() => performance.now());
    await gate.mount(registration.tag, registration.states.data.attributes({ ...ctx, portal }), id);
    mounted.push({ registration, subject: new Subject(gate, id), portal, mountedAt });
  }
  return mounted;
}

const record = (
  m: Mounted,
  mode: FaultMode,
  phase: Phase,
  result: Omit<FaultRecord, 'element' | 'mode' | 'phase'>,
) => figures.faults.push({ element: m.registration.tag, mode: mode.spec, phase, ...result });

/** The error the element shows must name the cause (explanations may render a moment after the error). */
async function causeProblems(m: Mounted, mode: FaultMode): Promise<{ shown: string; problems: string[] }> {
  let shown = await m.subject.text(m.registration.errorSelector);
  for (let waited = 0; mode.cause && !mode.cause.test(shown) && waited < 3000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    shown = await m.subject.text(m.registration.errorSelector);
  }
  const problems =
    mode.cause && !mode.cause.test(shown)
      ? [`the message "${shown.trim()}" does not name the cause (${mode.cause})`]
      : [];
  return { shown: shown.replace(/\s+/g, ' ').trim(), problems };
}

/** Retries through the element's own control and waits for data. */
async function retryToData(m: Mounted): Promise<string[]> {
  const loads = await m.subject.eventCount('load');
  await m.subject.click(m.registration.retrySelector);
  await m.subject.nextEvent('load', loads, LIMIT);
  await m.subject.waitFor(m.registration.dataSelector);
  return (await m.subject.has(m.registration.errorSelector))
    ? ['the error stays after a successful retry']
    : [];
}

/** A fault that lasts: error within the deadline, then data after healing and retrying. */
async function lastingFault(stage: Stage, ctx: GateContext, mode: FaultMode): Promise<void> {
  const gate = await GatePage.open(
    stage,
    { gate: 'faults', element: '*', state: `lasting ${mode.spec}` },
    { flavor: 'strict' },
  );
  try {
    const all = await mountAll(gate, ctx, () => faultyPortal(stage, `${mode.spec},${LASTING}`));
    await Promise.all(
      all.map(async (m) => {
        const problems: string[] = [];
        let shown = '';
        let ms = -1;
        try {
          const event = await gate.waitForEvent(m.subject.id, ['odw-load', 'odw-error'], LIMIT + 5000);
          ms = Math.round(event.time - m.mountedAt);
          if (event.type !== `odw-${mode.outcome === 'error' ? 'error' : 'load'}`) {
            problems.push(
              `fired ${event.type}${event.error ? ` (${event.error.name}: ${event.error.message})` : ''}`,
            );
          } else if (mode.outcome === 'error') {
            if (ms > LIMIT) problems.push(`the error took ${ms} ms (deadline ${CLIENT_DEADLINE} ms)`);
            await m.subject.waitFor(m.registration.errorSelector);
            const cause = await causeProblems(m, mode);
            shown = cause.shown;
            problems.push(...cause.problems);
            await healFault(m.portal);
            problems.push(...(await retryToData(m)));
          } else {
            await m.subject.waitFor(m.registration.dataSelector);
          }
        } catch (error) {
          problems.push(`did not recover: ${(error as Error).message.split('\n')[0]}`);
        }
        record(m, mode, 'error', { survived: false, ms, shown, problems });
      }),
    );
    const ambient = await gate.ambientProblems();
    for (const r of figures.faults.filter((f) => f.mode === mode.spec && f.phase === 'error')) {
      r.problems.push(...ambient);
      r.survived = r.problems.length === 0;
    }
  } finally {
    await gate.close();
  }
}

/** A fault that happens once: the element recovers by itself where the client retries, else on retry. */
async function transientFault(stage: Stage, ctx: GateContext, mode: FaultMode): Promise<void> {
  const gate = await GatePage.open(
    stage,
    { gate: 'faults', element: '*', state: `once ${mode.spec}` },
    { flavor: 'strict' },
  );
  try {
    const all = await mountAll(gate, ctx, () => faultyPortal(stage, `${mode.spec},times-1`));
    const results = await Promise.all(
      all.map(async (m) => {
        const problems: string[] = [];
        let ms = -1;
        let shown = '';
        try {
          const event = await gate.waitForEvent(m.subject.id, ['odw-load', 'odw-error'], LIMIT + 5000);
          ms = Math.round(event.time - m.mountedAt);
          if (mode.retried && event.type !== 'odw-load') {
            problems.push(`one failure was not retried: ${event.error?.name}: ${event.error?.message}`);
          } else if (event.type === 'odw-error') {
            await m.subject.waitFor(m.registration.errorSelector);
            const cause = await causeProblems(m, mode);
            shown = cause.shown;
            problems.push(...cause.problems, ...(await retryToData(m)));
          }
        } catch (error) {
          problems.push(
            `did not recover: ${(error as Error).message.split('\n')[0]}${shown ? ` (shown: ${shown})` : ''}`,
          );
        }
        return { m, problems, ms, shown };
      }),
    );
    const ambient = await gate.ambientProblems();
    for (const { m, problems, ms, shown } of results) {
      problems.push(...ambient);
      record(m, mode, 'transient', { survived: problems.length === 0, ms, shown, problems });
    }
  } finally {
    await gate.close();
  }
}

/** A fault that starts after data was shown: the data stays with a notice, then the retry refreshes it. */
async function faultAfterData(stage: Stage, ctx: GateContext, mode: FaultMode): Promise<void> {
  const gate = await GatePage.open(
    stage,
    { gate: 'faults', element: '*', state: `stale ${mode.spec}` },
    { flavor: 'strict' },
  );
  try {
    const all = await mountAll(gate, ctx, () => ctx.portal);
    for (const m of all) await gate.waitForEvent(m.subject.id, ['odw-load'], SETTLE_TIMEOUT);
    await setServerFault(stage, mode.spec);
    const results = await Promise.all(
      all.map(async (m) => {
        const problems: string[] = [];
        let shown = '';
        const started = Date.now();
        try {
          const loads = await m.subject.eventCount('load');
          await m.registration.refetch(m.subject);
          if (mode.outcome === 'error') {
            await m.subject.waitFor(m.registration.errorSelector, LIMIT);
            if (!(await m.subject.has(m.registration.dataSelector)))
              problems.push('the data shown before is gone');
            const cause = await causeProblems(m, mode);
            shown = cause.shown;
            problems.push(...cause.problems);
          } else {
            await m.subject.nextEvent('load', loads, LIMIT);
          }
        } catch (error) {
          problems.push(`no notice: ${(error as Error).message.split('\n')[0]}`);
        }
        return { m, problems, shown, ms: Date.now() - started };
      }),
    );
    await setServerFault(stage, '');
    for (const result of results) {
      if (mode.outcome === 'error' && result.problems.length === 0) {
        result.problems.push(
          ...(await retryToData(result.m).catch((e: Error) => [`retry failed: ${e.message}`])),
        );
      }
    }
    const ambient = await gate.ambientProblems();
    for (const { m, problems, shown, ms } of results) {
      problems.push(...ambient);
      record(m, mode, 'stale', { survived: problems.length === 0, ms, shown, problems });
    }
  } finally {
    await setServerFault(stage, '').catch(() => undefined);
    await gate.close();
  }
}

const problemsOf = (mode: FaultMode, phase: Phase) =>
  figures.faults
    .filter((f) => f.mode === mode.spec && f.phase === phase)
    .flatMap((f) => f.problems.map((p) => `${f.element}: ${p}`));

describe('resilience gate: every element through every fault mode', function () {
  before(() => figures.gatesRun.add('faults'));

  describe('a lasting fault: the cause within the deadline, then data after the portal heals', () => {
    before(async function () {
      this.timeout(10 * 60_000);
      const stage = await getStage();
      const ctx = await gateContext(stage);
      await inPool(FAULT_MODES, PARALLEL_PAGES, (mode) => lastingFault(stage, ctx, mode));
    });
    for (const mode of FAULT_MODES) {
      it(`${mode.spec}: ${mode.outcome === 'error' ? `error naming the cause (${mode.cause}), retry, data` : 'data'}`, () => {
        expect(problemsOf(mode, 'error')).to.deep.equal([]);
      });
    }
  });

  describe('a single failure: recovered without the reader where the client retries', () => {
    const modes = FAULT_MODES.filter((m) => m.outcome === 'error');
    before(async function () {
      this.timeout(10 * 60_000);
      const stage = await getStage();
      const ctx = await gateContext(stage);
      await inPool(modes, PARALLEL_PAGES, (mode) => transientFault(stage, ctx, mode));
    });
    for (const mode of modes) {
      it(`${mode.spec},times-1: ${mode.retried ? 'data without a retry click' : 'the cause, then data on retry'}`, () => {
        expect(problemsOf(mode, 'transient')).to.deep.equal([]);
      });
    }
  });

  describe('a fault after data was shown: the data stays with a notice (portal-wide fault, one mode at a time)', () => {
    for (const mode of FAULT_MODES) {
      it(`${mode.spec}: ${mode.outcome === 'error' ? 'data stays, notice names the cause, retry refreshes' : 'new data'}`, async () => {
        const stage = await getStage();
        await faultAfterData(stage, await gateContext(stage), mode);
        expect(problemsOf(mode, 'stale')).to.deep.equal([]);
      });
    }
  });
});
