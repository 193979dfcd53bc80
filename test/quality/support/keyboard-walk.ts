/**
 * The keyboard walk-through: Tab from the button before the element to the button after it (and
 * Shift+Tab back), recording every stop inside the element. It must reach every visible control, show a
 * focus indicator at each, and let focus leave (no trap).
 */
import { figures } from './figures.js';
import type { GatePage } from './gate-page.js';

/** Presses beyond the number of controls before the walk counts as trapped. */
const SLACK = 10;

export interface Walk {
  controls: string[];
  reached: Set<number>;
  withoutIndicator: string[];
  trapped: boolean;
}

/** Tabs (or Shift+Tabs) from one outside button to the other. */
export async function walk(gate: GatePage, from: string, to: string, backwards: boolean): Promise<Walk> {
  const controls = await gate.page.evaluate(() => window.__odwQuality.focusables('subject'));
  await gate.page.focus(`#${from}`);
  const result: Walk = { controls, reached: new Set(), withoutIndicator: [], trapped: true };
  for (let press = 0; press < controls.length + SLACK; press++) {
    if (backwards) await gate.page.keyboard.down('Shift');
    await gate.page.keyboard.press('Tab');
    if (backwards) await gate.page.keyboard.up('Shift');
    const active = await gate.page.evaluate(() => window.__odwQuality.active());
    if (active?.id === to) {
      result.trapped = false;
      break;
    }
    if (!active?.inSubject) continue;
    if (active.index >= 0) result.reached.add(active.index);
    if (!active.indicator && !result.withoutIndicator.includes(active.label))
      result.withoutIndicator.push(active.label);
  }
  return result;
}

/** What a walk found wrong, in words. */
export function walkProblems(walked: Walk, direction: string, view: string): string[] {
  const missed = walked.controls.filter((_, i) => !walked.reached.has(i));
  return [
    ...(walked.trapped ? [`${direction} at ${view}: focus does not leave the element (keyboard trap)`] : []),
    ...missed.map((label) => `${direction} at ${view}: never reaches ${label}`),
    ...walked.withoutIndicator.map(
      (label) => `${direction} at ${view}: no visible focus indicator on ${label}`,
    ),
  ];
}

/**
 * Walks forwards and backwards through `element` in `state` (`view` names the viewport or colour mode in
 * messages), records the walk for the report and returns the problems.
 */
export async function walkBothWays(
  gate: GatePage,
  element: string,
  state: string,
  view: string,
): Promise<string[]> {
  const forward = await walk(gate, 'before', 'after', false);
  const backward = await walk(gate, 'after', 'before', true);
  figures.keyboard.push({
    element,
    state,
    controls: forward.controls.length,
    reached: forward.reached.size,
    withoutIndicator: forward.withoutIndicator,
    trapped: forward.trapped || backward.trapped,
    operations: 0,
    failedOperations: [],
  });
  return [...walkProblems(forward, 'Tab', view), ...walkProblems(backward, 'Shift+Tab', view)];
}
