// The registry covers what ships: every element of the custom-elements manifest (and of the CDN build's
// element list) has a registration, every attribute is classified in it consistently with its type, and
// every registration brings the states every element has (loading, data, empty, an error), at least one
// hostile rendering and one keyboard operation. A new element or attribute fails here until registered.
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { REGISTRATIONS } from '../registry/index.js';
import type { AttributeSpec, ElementRegistration } from '../registry/types.js';
import { figures } from '../support/figures.js';
import { enumValues, manifestElements, type ManifestAttribute } from '../support/manifest.js';

const manifest = manifestElements();
const shipped = (
  JSON.parse(readFileSync(new URL('../../../packages/embed/elements.json', import.meta.url), 'utf8')) as {
    elements: { tag: string }[];
  }
).elements.map((e) => e.tag);

/** Why a classification does not fit the manifest's type, or `undefined` when it does. */
function mismatch(attribute: ManifestAttribute, spec: AttributeSpec): string | undefined {
  const type = attribute.type?.replace(/\s*\|\s*(null|undefined)\b/g, '');
  const keywords = enumValues(type);
  if (type === 'number' && spec.kind !== 'number') return `is a number but registered as ${spec.kind}`;
  if (type === 'boolean' && spec.kind !== 'boolean') return `is a boolean but registered as ${spec.kind}`;
  if (keywords) {
    if (spec.kind !== 'enum') return `takes ${keywords.join(', ')} but is registered as ${spec.kind}`;
    if ([...spec.values].sort().join() !== [...keywords].sort().join()) {
      return `takes ${keywords.join(', ')} but the registration lists ${spec.values.join(', ')}`;
    }
  }
  if (['number', 'boolean', 'enum'].includes(spec.kind) && (type === 'string' || type === undefined)) {
    return `is text but registered as ${spec.kind}`;
  }
  return undefined;
}

function missingBasics(registration: ElementRegistration): string[] {
  const states = Object.values(registration.states);
  return [
    ...(['loading', 'data', 'empty'] as const)
      .filter((name) => !registration.states[name])
      .map((name) => `no "${name}" state`),
    ...(states.some((s) => s.settle === 'error') ? [] : ['no error state']),
    ...(registration.hostile.length ? [] : ['no hostile rendering']),
    ...(registration.keyboard.length ? [] : ['no keyboard operation']),
  ];
}

describe('registry gate: every element and attribute that ships is covered', function () {
  before(() => figures.gatesRun.add('registry'));

  it('every element of the custom-elements manifest and of the CDN element list has one registration', () => {
    const registered = REGISTRATIONS.map((r) => r.tag);
    const tags = [...new Set([...manifest.map((e) => e.tag), ...shipped])].sort();
    expect(
      tags.filter((t) => !registered.includes(t)),
      'elements without a registration',
    ).to.deep.equal([]);
    expect(
      registered.filter((t) => !tags.includes(t)),
      'registrations of elements that do not exist',
    ).to.deep.equal([]);
    expect(new Set(registered).size, 'one registration per element').to.equal(registered.length);
  });

  for (const registration of REGISTRATIONS) {
    const declared = manifest.find((e) => e.tag === registration.tag)?.attributes ?? [];

    it(`${registration.tag}: every attribute is classified, as its type says`, () => {
      const problems = [
        ...declared.filter((a) => !registration.attributes[a.name]).map((a) => `${a.name} is not classified`),
        ...Object.keys(registration.attributes)
          .filter((name) => !declared.some((a) => a.name === name))
          .map((name) => `${name} is classified but not in the manifest`),
        ...declared
          .filter((a) => registration.attributes[a.name])
          .map((a) => [a.name, mismatch(a, registration.attributes[a.name])])
          .filter(([, problem]) => problem)
          .map(([name, problem]) => `${name} ${problem}`),
      ];
      expect(problems).to.deep.equal([]);
    });

    it(`${registration.tag}: registers loading, data, empty and error states, a hostile rendering and keyboard use`, () => {
      expect(missingBasics(registration)).to.deep.equal([]);
    });
  }
});
