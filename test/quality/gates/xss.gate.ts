// The hostile dataset of the demo portal (the Big List of Naughty Strings plus HTML, SVG, URL and Markdown
// vectors in titles, organisation, column names, cells and GeoJSON properties) rendered by every element in
// every registered way: no payload executes (the tripwire `__odwPwned`, alert, prompt and confirm), no
// script, frame, event-handler attribute or non-allow-listed URL appears in any shadow root, every string
// is shown exactly as the portal sent it, and the strict CSP page reports no violation.
import { expect } from 'chai';
import { selectedRegistrations } from '../registry/index.js';
import type { ElementRegistration, HostileVariant } from '../registry/types.js';
import { gateContext } from '../support/context.js';
import { figures } from '../support/figures.js';
import { GatePage } from '../support/gate-page.js';
import { unexpectedProblems } from '../support/known.js';
import { getStage, type Stage } from '../support/stage.js';
import { SETTLE_TIMEOUT } from '../support/visit.js';

interface DatastoreField {
  id: string;
  type: string;
  info?: { label?: string };
}

interface HostileRows {
  fields: DatastoreField[];
  rows: unknown[][];
}

interface CkanPackage {
  title: string;
  organization: { title: string };
  resources: { name: string }[];
}

/** Field types whose cells are strings from the corpus (numbers are formatted, so they are not compared). */
const TEXT_TYPES = ['text', 'json'];
const MAX_LISTED = 15;

const api = (stage: Stage, action: string) => `${stage.portalUrl}/api/3/action/${action}`;

/** A DataStore table exactly as the portal serves it (what the element must show), without `_id`. */
async function readRows(stage: Stage, resourceId: string): Promise<HostileRows> {
  const response = await fetch(
    api(stage, `datastore_search?resource_id=${resourceId}&limit=1000&records_format=lists`),
  );
  const { fields, records, total } = (
    (await response.json()) as { result: { fields: DatastoreField[]; records: unknown[][]; total: number } }
  ).result;
  if (records.length !== total) throw new Error(`read ${records.length} of ${total} hostile rows`);
  const idColumn = fields.findIndex((f) => f.id === '_id');
  return {
    fields: fields.filter((_, j) => j !== idColumn),
    rows: records.map((row) => row.filter((_, j) => j !== idColumn)),
  };
}

async function readPackage(stage: Stage, dataset: string): Promise<CkanPackage> {
  const response = await fetch(api(stage, `package_show?id=${dataset}`));
  return ((await response.json()) as { result: CkanPackage }).result;
}

/** A metadata string by its key in {@link HostileVariant.metadata}. */
function metadataText(pkg: CkanPackage, key: string): string {
  if (key === 'title') return pkg.title;
  if (key === 'organization') return pkg.organization.title;
  const resource = /^resource:(\d+)$/.exec(key);
  if (resource) return pkg.resources[Number(resource[1]) - 1].name;
  throw new Error(`unknown metadata key ${key}`);
}

/** What a cell must show: the string itself, JSON as JSON text, nothing for an empty cell. */
function expectedText(value: unknown, type: string): string {
  if (value === null || value === undefined) return '';
  if (type === 'json' && typeof value !== 'string') return JSON.stringify(value);
  return String(value);
}

const show = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** Compares what the element shows with the input; returns the number of strings compared and mismatches. */
async function compareText(gate: GatePage, variant: HostileVariant, pkg: CkanPackage, input?: HostileRows) {
  const mismatches: string[] = [];
  let compared = 0;
  const layout = variant.rows;
  if (layout && input) {
    const shown = await gate.page.evaluate(
      (row, cell) => window.__odwQuality.grid('subject', row, cell),
      layout.row,
      layout.cell,
    );
    if (shown.length !== input.rows.length) {
      mismatches.push(`shows ${shown.length} rows, the portal sent ${input.rows.length}`);
    }
    input.rows.forEach((row, i) => {
      input.fields.forEach((field, j) => {
        if (!TEXT_TYPES.includes(field.type)) return;
        compared++;
        const expected = expectedText(row[j], field.type);
        const actual = shown[i]?.[j];
        if (actual !== expected) {
          mismatches.push(
            `row ${i + 1}, column ${field.id}: shows ${show(actual ?? '(nothing)')}, sent ${show(expected)}`,
          );
        }
      });
    });
    if (layout.header) {
      const headers = await gate.page.evaluate(
        (selector) =>
          window.__odwQuality.queryAll('subject', selector).map((h) => window.__odwQuality.textOf(h)),
        layout.header,
      );
      input.fields.forEach((field, j) => {
        compared++;
        const expected = layout.headerText === 'name' ? field.id : field.info?.label || field.id;
        if (headers[j] !== expected) {
          mismatches.push(
            `header ${j + 1}: shows ${show(headers[j] ?? '(nothing)')}, sent ${show(expected)}`,
          );
        }
      });
    }
  }
  const visible = await gate.page.evaluate(() => {
    const root = window.__odwQuality.subject('subject')?.shadowRoot;
    return root ? [...root.children].map((c) => window.__odwQuality.textOf(c)).join('\n') : '';
  });
  for (const key of variant.metadata) {
    compared++;
    const expected = metadataText(pkg, key);
    if (!visible.includes(expected)) mismatches.push(`${key} ${show(expected)} is not shown verbatim`);
  }
  return { compared, mismatches };
}

async function renderHostile(
  registration: ElementRegistration,
  variant: HostileVariant,
  flavor: 'open' | 'strict',
) {
  const stage = await getStage();
  const ctx = await gateContext(stage);
  const resourceId =
    variant.rows?.resource === 'geojson' ? ctx.hostile.geojsonResourceId : ctx.hostile.tableResourceId;
  const [input, pkg] = await Promise.all([
    variant.rows ? readRows(stage, resourceId) : undefined,
    readPackage(stage, ctx.hostile.dataset),
  ]);
  const state = `hostile ${variant.name}`;
  const gate = await GatePage.open(stage, { gate: 'xss', element: registration.tag, state }, { flavor });
  try {
    await gate.mount(registration.tag, variant.attributes(ctx));
    const settle = `odw-${variant.settle ?? 'load'}`;
    const event = await gate.waitForEvent('subject', ['odw-load', 'odw-error'], SETTLE_TIMEOUT);
    if (event.type !== settle) {
      throw new Error(
        `expected ${settle}, got ${event.type}${event.error ? `: ${event.error.name}: ${event.error.message}` : ''}`,
      );
    }
    await gate.settled();
    // Images with `onerror` payloads fire after their (failing) request: give them the time.
    await gate.page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => undefined);
    const { compared, mismatches } = await compareText(gate, variant, pkg, input);
    const markup = (await gate.page.evaluate(() => window.__odwQuality.scan())).map(
      (f) => `${f.kind}: ${f.detail}`,
    );
    const polluted = await gate.page.evaluate(() => (({}) as Record<string, unknown>).polluted !== undefined);
    const record = await gate.record();
    const ambient = await gate.ambientProblems();
    figures.xss.push({
      element: registration.tag,
      variant: `${variant.name} (${flavor === 'strict' ? 'strict CSP' : 'no CSP'})`,
      payloads: input?.rows.length ?? 0,
      fields:
        (input?.fields.filter((f) => TEXT_TYPES.includes(f.type)).length ?? 0) + variant.metadata.length,
      compared,
      mismatches,
      executions: record.pwned,
      markup,
    });
    return [
      ...record.pwned.map((p) => `payload executed: ${p}`),
      ...markup.map((m) => `markup from data: ${m}`),
      ...(polluted ? ['Object.prototype was polluted'] : []),
      ...mismatches.slice(0, MAX_LISTED).map((m) => `text changed: ${m}`),
      ...(mismatches.length > MAX_LISTED
        ? [`… and ${mismatches.length - MAX_LISTED} more text changes`]
        : []),
      ...ambient.filter((a) => !a.startsWith('payload executed')),
    ];
  } finally {
    await gate.close();
  }
}

describe('XSS gate: the hostile dataset in every element', function () {
  before(() => figures.gatesRun.add('xss'));

  for (const registration of selectedRegistrations()) {
    describe(registration.tag, () => {
      for (const variant of registration.hostile) {
        for (const flavor of ['open', 'strict'] as const) {
          const page = flavor === 'open' ? 'a page without CSP' : 'the strict-CSP page';
          it(`${variant.name} on ${page}: nothing executes, no markup from data, every string shown exactly`, async () => {
            const problems = await renderHostile(registration, variant, flavor);
            expect(unexpectedProblems(registration, 'xss', variant.name, problems)).to.deep.equal([]);
          });
        }
      }
    });
  }
});
