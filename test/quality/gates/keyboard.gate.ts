// Keyboard only, on the strict-CSP page: each registered keyboard operation (sort, filter, page, search,
// download, retry) works from the keyboard, and in forced-colours mode (Windows high contrast, where box
// shadows disappear) the walk through the data state still shows a focus indicator at every stop. The
// walk through every state in normal colours runs in the states gate, on the same visit as its checks.
import { expect } from 'chai';
import { selectedRegistrations } from '../registry/index.js';
import type { ElementRegistration } from '../registry/types.js';
import { gateContext } from '../support/context.js';
import { figures } from '../support/figures.js';
import { walkBothWays } from '../support/keyboard-walk.js';
import { unexpectedProblems } from '../support/known.js';
import { getStage } from '../support/stage.js';
import { visitState } from '../support/visit.js';

async function forcedColoursWalk(registration: ElementRegistration): Promise<string[]> {
  const stage = await getStage();
  const visit = await visitState(stage, await gateContext(stage), registration, 'data', {
    gate: 'keyboard',
    flavor: 'strict',
  });
  try {
    await visit.gate.forcedColors();
    const problems = await walkBothWays(
      visit.gate,
      registration.tag,
      'data (forced colours)',
      'forced colours',
    );
    return [...problems, ...(await visit.gate.ambientProblems())];
  } finally {
    await visit.done();
  }
}

describe('keyboard gate: operable without a mouse, visible focus in forced colours', function () {
  before(() => figures.gatesRun.add('keyboard'));

  for (const registration of selectedRegistrations()) {
    describe(registration.tag, () => {
      it('data state in forced colours: Tab reaches every control with a visible focus, no trap', async () => {
        expect(
          unexpectedProblems(registration, 'keyboard', 'data', await forcedColoursWalk(registration)),
        ).to.deep.equal([]);
      });
      for (const operation of registration.keyboard) {
        it(`operation: ${operation.name}`, async () => {
          const stage = await getStage();
          const visit = await visitState(stage, await gateContext(stage), registration, operation.state, {
            gate: 'keyboard',
            flavor: 'strict',
          });
          const problems: string[] = [];
          try {
            await operation
              .run(visit.subject)
              .catch((error: Error) => problems.push(`failed: ${error.message.split('\n')[0]}`));
            problems.push(...(await visit.gate.ambientProblems()));
          } finally {
            await visit.done();
          }
          figures.keyboard.push({
            element: registration.tag,
            state: `operation: ${operation.name}`,
            controls: 0,
            reached: 0,
            withoutIndicator: [],
            trapped: false,
            operations: 1,
            failedOperations: problems,
          });
          expect(unexpectedProblems(registration, 'keyboard', operation.state, problems)).to.deep.equal([]);
        });
      }
    });
  }
});
