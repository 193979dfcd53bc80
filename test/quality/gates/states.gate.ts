// Every element in every registered state, on the strict-CSP page: zero CSP violations, exactly the
// Trusted Types policies we document, zero axe violations (WCAG 2.1 A/AA) at the state's width and at
// 320 px, nothing cut off or out of reach at either width or in forced-colours mode, and a keyboard walk
// (Tab reaches every control with a visible focus indicator, and leaves the element again).
import { expect } from 'chai';
import { REGISTRATIONS, selectedRegistrations } from '../registry/index.js';
import type { ElementRegistration } from '../registry/types.js';
import { axeViolations } from '../support/axe.js';
import { gateContext } from '../support/context.js';
import { TRUSTED_TYPES_POLICIES } from '../support/csp.js';
import { figures } from '../support/figures.js';
import type { GatePage } from '../support/gate-page.js';
import { walkBothWays } from '../support/keyboard-walk.js';
import { foldRepeats, unexpectedProblems } from '../support/known.js';
import { screenshot } from '../support/screenshots.js';
import { getStage } from '../support/stage.js';
import { visitState } from '../support/visit.js';

const NARROW = 320;

/** axe (unless `withAxe` is false) and layout findings in the current view, recorded for the report. */
async function inspect(
  gate: GatePage,
  registration: ElementRegistration,
  state: string,
  view: string,
  withAxe = true,
) {
  const axe = withAxe ? await axeViolations(gate.page) : [];
  if (withAxe) figures.axe.push({ element: registration.tag, state, view, violations: axe });
  const found = await gate.page.evaluate(() => window.__odwQuality.layout('subject'));
  const layout = foldRepeats(
    found.filter((f) => !f.readable).map((f) => `${f.label}: ${f.problem}`),
    (line) => line.replace(/ ".*"(?=: )/, ''),
  );
  const readable = found.filter((f) => f.readable).length;
  figures.layout.push({ element: registration.tag, state, view, findings: layout, readable });
  await screenshot(gate.page, registration.tag, state, view);
  return [...axe.map((v) => `axe at ${view}: ${v}`), ...layout.map((f) => `layout at ${view}: ${f}`)];
}

describe('states gate: strict CSP, axe, 320 px, forced colours and Tab in every state', function () {
  before(() => figures.gatesRun.add('states'));

  for (const registration of selectedRegistrations()) {
    describe(registration.tag, () => {
      for (const [name, state] of Object.entries(registration.states)) {
        it(`${name}: ${state.description}`, async () => {
          const stage = await getStage();
          const ctx = await gateContext(stage);
          const visit = await visitState(stage, ctx, registration, name, {
            gate: 'states',
            flavor: 'strict',
          });
          const { gate } = visit;
          const problems: string[] = [];
          try {
            const width = `${state.width ?? 1024} px`;
            problems.push(...(await inspect(gate, registration, name, width)));
            if (!state.noKeyboard)
              problems.push(...(await walkBothWays(gate, registration.tag, name, width)));
            await gate.resize(NARROW);
            await gate.settled();
            problems.push(...(await inspect(gate, registration, name, `${NARROW} px`)));
            // Forced colours change colours, not the DOM: axe at 320 px already saw this markup.
            await gate.forcedColors();
            await gate.settled();
            problems.push(
              ...(await inspect(gate, registration, name, `${NARROW} px, forced colours`, false)),
            );
            problems.push(...(await gate.ambientProblems()));
            const { policies } = await gate.record();
            problems.push(
              ...policies
                .filter((p) => !TRUSTED_TYPES_POLICIES.includes(p))
                .map((p) => `Trusted Types policy "${p}" is not in the documented list`),
            );
          } finally {
            await visit.done();
          }
          expect(unexpectedProblems(registration, 'states', name, problems)).to.deep.equal([]);
        });
      }
    });
  }

  // After the element suites (mocha runs a suite's own tests before its child suites). Only meaningful
  // when every element ran: a subset may not reach the state that creates a policy.
  if (selectedRegistrations().length === REGISTRATIONS.length) {
    describe('Trusted Types', () => {
      it('the code registers exactly the policies the documented CSP names', () => {
        const created = new Set(figures.pages.filter((p) => p.gate === 'states').flatMap((p) => p.policies));
        expect([...created].sort()).to.deep.equal([...TRUSTED_TYPES_POLICIES].sort());
      });
    });
  }
});
