// Bad input from editors: every attribute of every element (from the custom-elements manifest) with
// malformed values (wrong type, out of range, empty, 100 000 characters, unknown fields, markup, invalid
// JSON). A malformed value must give a message that names the attribute (and its expected form, where the
// registration says what that is) plus an `odw-error` event; a value the element accepts on purpose must
// show the data. Never: an exception out of the element, a blank element, a burst of requests, a
// polluted Object.prototype.
import { expect } from 'chai';
import { selectedRegistrations } from '../registry/index.js';
import type { ElementRegistration, GateContext } from '../registry/types.js';
import { gateContext } from '../support/context.js';
import { inPool } from '../support/fault-modes.js';
import { figures, type AttributeRecord } from '../support/figures.js';
import { GatePage } from '../support/gate-page.js';
import { unexpectedProblems } from '../support/known.js';
import { badValues, type BadValue } from '../support/malformed.js';
import { manifestElements } from '../support/manifest.js';
import { getStage, type Stage } from '../support/stage.js';
import { Subject } from '../support/subject.js';
import { SETTLE_TIMEOUT } from '../support/visit.js';

const PARALLEL_PAGES = 4;
/** More requests than this for one element means it is retrying or refreshing without end. */
const REQUEST_BURST = 40;
/** Longest a single value may take (mount, settle, checks). */
const VALUE_TIMEOUT = 60_000;

/** Tries one value on a page that is already open; returns the record for the report. */
async function tryValue(
  gate: GatePage,
  ctx: GateContext,
  registration: ElementRegistration,
  attribute: string,
  bad: BadValue,
  index: number,
): Promise<AttributeRecord> {
  const spec = registration.attributes[attribute];
  const id = `bad-${index}`;
  const subject = new Subject(gate, id);
  const attributes = {
    ...(spec.base?.(ctx) ?? registration.states.data.attributes(ctx)),
    [attribute]: bad.value,
  };
  const problems: string[] = [];
  let outcome = 'nothing';
  const requestsBefore = gate.requests.length;
  try {
    await gate.mount(registration.tag, attributes, id);
    const event = await gate.waitForEvent(id, ['odw-load', 'odw-error'], SETTLE_TIMEOUT);
    outcome = event.type === 'odw-load' ? 'data' : `error: ${event.error?.name}`;
    await gate.settled(id);
    if (bad.expected === 'error') {
      if (event.type !== 'odw-error') problems.push('accepted without a message');
      else {
        await subject.waitFor(registration.errorSelector);
        const message = (await subject.text(registration.errorSelector)).replace(/\s+/g, ' ').trim();
        outcome = `error: ${message.slice(0, 160)}`;
        if (!message.includes(attribute))
          problems.push(`the message does not name the attribute: "${message}"`);
        if (spec.form && !spec.form.test(message))
          problems.push(`the message does not show the expected form (${spec.form}): "${message}"`);
        const unlisted = spec.kind === 'enum' ? spec.values.filter((v) => !message.includes(v)) : [];
        if (unlisted.length)
          problems.push(`the message does not list the allowed ${unlisted.join(', ')}: "${message}"`);
      }
    } else if (event.type !== 'odw-load') {
      problems.push(
        `a value the element should accept (${bad.reason}) gave ${event.error?.name}: ${event.error?.message}`,
      );
    }
    const shape = await gate.page.evaluate((i) => {
      const el = window.__odwQuality.subject(i)!;
      const box = el.getBoundingClientRect();
      return {
        height: box.height,
        text: el.shadowRoot
          ? window.__odwQuality.textOf(el.shadowRoot as unknown as Element).trim().length
          : 0,
      };
    }, id);
    if (shape.height < 1 || shape.text === 0) problems.push('the element is blank');
  } catch (error) {
    problems.push(`no outcome: ${(error as Error).message.split('\n')[0]}`);
  }
  // Leave the element a moment to show a request storm (a refresh interval of 0 ms, endless retries).
  await new Promise((resolve) => setTimeout(resolve, 300));
  const requests = gate.requests.length - requestsBefore;
  if (requests > REQUEST_BURST) problems.push(`${requests} requests`);
  if (await gate.page.evaluate(() => (({}) as Record<string, unknown>).polluted !== undefined)) {
    problems.push('Object.prototype was polluted');
  }
  await gate.remove(id);
  return {
    element: registration.tag,
    attribute,
    value: bad.label,
    expected: bad.expected,
    outcome,
    problems,
  };
}

/** Resolves `undefined` when `work` takes longer than `ms` (a page that stopped responding). */
function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  return Promise.race([work, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);
}

/**
 * Tries every bad value of one attribute, one after the other on one page (a new page after a value that
 * made the page stop responding). What the page records (uncaught errors, CSP violations …) is checked
 * after each value, so a problem is attributed to the value that caused it.
 */
async function tryAttribute(
  stage: Stage,
  ctx: GateContext,
  registration: ElementRegistration,
  attribute: string,
) {
  const label = { gate: 'attributes', element: registration.tag, state: attribute };
  const open = () => GatePage.open(stage, label, { flavor: 'strict' });
  let gate = await open();
  let seen: string[] = [];
  try {
    for (const [i, bad] of badValues(registration.attributes[attribute]).entries()) {
      const result = await within(VALUE_TIMEOUT, tryValue(gate, ctx, registration, attribute, bad, i));
      if (result) {
        const ambient = await gate.ambientProblems();
        result.problems.push(...ambient.filter((p) => !seen.includes(p)));
        seen = ambient;
        figures.attributes.push(result);
        continue;
      }
      figures.attributes.push({
        element: registration.tag,
        attribute,
        value: bad.label,
        expected: bad.expected,
        outcome: 'the page stopped responding',
        problems: [`the page stopped responding for ${VALUE_TIMEOUT / 1000} s`],
      });
      void gate.close().catch(() => undefined);
      gate = await open();
      seen = [];
    }
  } finally {
    await gate.close();
  }
}

describe('bad-input gate: malformed attribute values', function () {
  before(() => figures.gatesRun.add('attributes'));

  for (const registration of selectedRegistrations()) {
    const declared = manifestElements().find((e) => e.tag === registration.tag)?.attributes ?? [];
    const names = declared.map((a) => a.name).filter((name) => registration.attributes[name]);
    describe(registration.tag, () => {
      before(async function () {
        this.timeout(15 * 60_000);
        const stage = await getStage();
        const ctx = await gateContext(stage);
        await inPool(names, PARALLEL_PAGES, (name) => tryAttribute(stage, ctx, registration, name));
      });
      for (const name of names) {
        it(`${name}: ${badValues(registration.attributes[name]).length} values, each a message naming it or the data`, () => {
          const problems = figures.attributes
            .filter((r) => r.element === registration.tag && r.attribute === name)
            .flatMap((r) => r.problems.map((p) => `${r.value}: ${p}`));
          expect(unexpectedProblems(registration, 'attributes', name, problems)).to.deep.equal([]);
        });
      }
    });
  }
});
