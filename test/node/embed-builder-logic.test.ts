// The builder's logic without a browser: the options form from the custom-elements manifest, the choices
// in the URL hash, the warnings, and the npm snippet (type-checked against the real packages).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import ts from 'typescript';
import { attributeHelp, attributeLabel, GERMAN_HELP } from '../../demo/builder/attribute-texts.js';
import { choicesFromHash, choicesToHash, type Choices } from '../../demo/builder/choices.js';
import { elementAttributes, type ElementEntry } from '../../demo/builder/element-config.js';
import { readColumns, readSort, writeColumns, writeSort } from '../../demo/builder/field-values.js';
import { optionSpecs, type ElementsManifest } from '../../demo/builder/option-specs.js';
import { npmSnippet, type SnippetInput } from '../../demo/builder/snippets.js';
import { warningsFor } from '../../demo/builder/warnings.js';
import { generateCustomElementsManifest } from '../../demo/build/custom-elements.mjs';
import { ELEMENTS } from './embed-support/cdn-build.js';

const root = new URL('../../', import.meta.url);

const DEFAULTS: Choices = {
  portal: 'http://localhost:5000',
  organization: '',
  q: '',
  dataset: '',
  resource: '',
  widget: 'table',
  options: {},
  widgetLang: '',
  cdn: 'http://localhost:8080/cdn/',
  scriptKind: 'module',
};

const MANIFEST: ElementsManifest = {
  modules: [
    {
      declarations: [
        {
          customElement: true,
          tagName: 'odw-x',
          attributes: [
            { name: 'portal', type: { text: 'string' }, default: "''" },
            { name: 'page-size', type: { text: 'number' }, default: '20', description: 'Rows per page.' },
            { name: 'layout', type: { text: "'table' | 'cards' | undefined" } },
            { name: 'search', type: { text: 'boolean' }, default: 'false' },
            { name: 'columns', type: { text: 'string' }, default: "''" },
            { name: 'sort', type: { text: 'string' } },
            { name: 'caption', type: { text: 'string' }, default: '"Daten"' },
            { name: 'sync-url', type: { text: 'string | null' }, default: 'null' },
            { name: 'lang' },
          ],
        },
      ],
    },
  ],
};

let generated: ElementsManifest | undefined;
/** The manifest of the shipped elements, as the demo build generates it (once per run). */
const realManifest = () => (generated ??= generateCustomElementsManifest() as ElementsManifest);

describe('builder: options form from the custom-elements manifest', () => {
  it('gives each attribute a control by its type, its default and its documentation', () => {
    const specs = optionSpecs(MANIFEST, 'odw-x', ['portal', 'dataset', 'resource']);
    expect(specs.map((s) => [s.name, s.kind, s.choices, s.defaultValue])).to.deep.equal([
      ['page-size', 'number', [], '20'],
      ['layout', 'choice', ['table', 'cards'], ''],
      ['search', 'boolean', [], 'false'],
      ['columns', 'columns', [], ''],
      ['sort', 'sort', [], ''],
      ['caption', 'text', [], 'Daten'],
      ['sync-url', 'text', [], ''],
    ]);
    expect(specs[0].description).to.equal('Rows per page.');
  });

  it('covers every attribute of every shipped element except the bound ones and lang (own control)', function () {
    this.timeout(60000);
    const manifest = realManifest();
    for (const element of ELEMENTS) {
      const declaration = manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.customElement && d.tagName === element.tag);
      expect(declaration, `${element.tag} is in the manifest`).to.not.equal(undefined);
      const expected = declaration!
        .attributes!.map((a) => a.name)
        .filter((n) => !element.binds.includes(n) && n !== 'lang');
      expect(optionSpecs(manifest, element.tag, element.binds).map((s) => s.name)).to.deep.equal(expected);
    }
  });
});

describe('builder: labels and help texts of the options', () => {
  it('has a German label and a German help text for every option of <odw-table>', function () {
    this.timeout(60000);
    const table = ELEMENTS.find((e) => e.tag === 'odw-table')!;
    const names = optionSpecs(realManifest(), table.tag, table.binds).map((s) => s.name);
    expect(Object.keys(GERMAN_HELP['odw-table'])).to.deep.equal(names);
    for (const name of names) {
      expect(attributeLabel(name, 'de'), name).to.be.a('string').and.not.equal('');
      expect(attributeLabel(name, 'en'), name).to.be.a('string').and.not.equal('');
    }
  });

  it("names, with each German text, the element's current JSDoc (a changed JSDoc needs a revised German text)", function () {
    this.timeout(60000);
    for (const [tag, texts] of Object.entries(GERMAN_HELP)) {
      const specs = optionSpecs(realManifest(), tag, []);
      for (const [name, { jsdoc }] of Object.entries(texts)) {
        const spec = specs.find((s) => s.name === name);
        expect(spec?.description, `${tag} ${name}: the JSDoc changed; revise the German text`).to.equal(
          jsdoc,
        );
      }
    }
  });

  it('shows the German text in the German UI, the JSDoc in the English one, and the JSDoc marked English where no German text exists', () => {
    const jsdoc = GERMAN_HELP['odw-table']['page-size'].jsdoc;
    expect(attributeHelp('odw-table', 'page-size', jsdoc, 'de')).to.deep.equal({
      text: GERMAN_HELP['odw-table']['page-size'].de,
      lang: 'de',
    });
    expect(attributeHelp('odw-table', 'page-size', jsdoc, 'en')).to.deep.equal({ text: jsdoc, lang: 'en' });
    // An element (or attribute) nobody has translated yet: its own text, in English, in both UIs.
    for (const lang of ['de', 'en'] as const) {
      expect(attributeHelp('odw-x', 'page-size', 'Rows per page.', lang)).to.deep.equal({
        text: 'Rows per page.',
        lang: 'en',
      });
      expect(attributeHelp('odw-table', 'new-attribute', 'Something new.', lang)).to.deep.equal({
        text: 'Something new.',
        lang: 'en',
      });
    }
  });
});

describe('builder: element attributes and field values', () => {
  const element: ElementEntry = {
    widget: 'x',
    tag: 'odw-x',
    module: 'x',
    binds: ['portal', 'dataset', 'resource'],
    label: { de: '', en: '' },
    description: { de: '', en: '' },
  };

  it('orders bound attributes, then options in form order, then lang; booleans bare, empty ones left out', () => {
    const specs = optionSpecs(MANIFEST, 'odw-x', element.binds);
    const choices: Choices = {
      ...DEFAULTS,
      dataset: 'd',
      resource: 'r',
      widgetLang: 'en',
      options: { sort: '-Datum', search: 'true', 'page-size': '5', layout: '' },
    };
    expect(elementAttributes(choices, element, specs)).to.deep.equal([
      ['portal', 'http://localhost:5000'],
      ['dataset', 'd'],
      ['resource', 'r'],
      ['page-size', '5'],
      ['search', ''],
      ['sort', '-Datum'],
      ['lang', 'en'],
    ]);
  });

  it("reads and writes columns and sort in the element's grammar, quoting names that need it", () => {
    expect(readColumns('Straße, Bezirk:Abfuhrbezirk')).to.deep.equal([
      { field: 'Straße' },
      { field: 'Bezirk', label: 'Abfuhrbezirk' },
    ]);
    expect(writeColumns([{ field: 'Fläche, km²', label: 'Fläche' }, { field: 'Bezirk' }])).to.equal(
      '"Fläche, km²":Fläche, Bezirk',
    );
    expect(readColumns(writeColumns([{ field: 'a:b' }, { field: '"quoted"' }]))).to.deep.equal([
      { field: 'a:b' },
      { field: '"quoted"' },
    ]);
    expect(readColumns('"unclosed')).to.equal(undefined);
    expect(readSort('-Fußgänger insgesamt')).to.deep.equal({
      field: 'Fußgänger insgesamt',
      descending: true,
    });
    expect(readSort('')).to.deep.equal({ field: '', descending: false });
    expect(readSort('-Datum, Name'), 'several keys: the form offers text').to.equal(undefined);
    expect(writeSort('Datum', true)).to.equal('-Datum');
    expect(writeSort('-x', false)).to.equal('"-x"');
    expect(writeSort('', true)).to.equal('');
  });
});

describe('builder: choices in the URL hash', () => {
  it('restores any choices it wrote', () => {
    const value = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(
        fc.record({
          portal: value,
          organization: value,
          q: value,
          dataset: value,
          resource: value,
          widget: value,
          options: fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{0,10}$/), value.filter(Boolean)),
          widgetLang: fc.constantFrom('', 'de', 'en' as const),
          cdn: value.filter(Boolean),
          scriptKind: fc.constantFrom('module', 'classic' as const),
        }),
        (choices) => {
          const back = choicesFromHash(`#${choicesToHash(choices as Choices, DEFAULTS)}`, DEFAULTS);
          for (const key of ['portal', 'organization', 'q', 'dataset', 'resource', 'widget'] as const) {
            expect(back[key]).to.equal(choices[key] || DEFAULTS[key]);
          }
          expect(back.options).to.deep.equal(choices.options);
          expect([back.widgetLang, back.cdn, back.scriptKind]).to.deep.equal([
            choices.widgetLang,
            choices.cdn,
            choices.scriptKind,
          ]);
        },
      ),
    );
  });

  it('ignores invalid values in a hand-edited hash', () => {
    const back = choicesFromHash('#widget-lang=fr&script=inline', DEFAULTS);
    expect([back.widgetLang, back.scriptKind]).to.deep.equal(['', 'module']);
  });
});

describe('builder: warnings', () => {
  const base = {
    portal: 'https://www.offenesdatenportal.de',
    cdn: 'https://stadt.example/odw/',
    options: {},
  };

  it('has nothing to say about a public https portal and CDN', () => {
    expect(warningsFor(base)).to.deep.equal([]);
  });

  it('explains a portal without CORS first', () => {
    const probe = { ok: false as const, url: base.portal, problem: 'cors' as const };
    expect(warningsFor({ ...base, probe })[0]).to.deep.equal({ id: 'cors', portal: base.portal });
  });

  it('names local addresses once, an http portal, third-party origins in options, and whole-file downloads', () => {
    const warnings = warningsFor({
      portal: 'http://localhost:5000',
      cdn: 'http://localhost:8080/cdn/',
      options: { basemap: 'https://tiles.example.org/style.json', caption: 'https://not-a-fetch.example' },
      resource: { id: 'r', name: 'r', format: 'CSV', datastoreActive: false, size: 2_500_000 },
    });
    expect(warnings).to.deep.equal([
      { id: 'local-address', urls: ['http://localhost:5000', 'http://localhost:8080'] },
      { id: 'third-party', attribute: 'basemap', origin: 'https://tiles.example.org' },
      { id: 'third-party', attribute: 'caption', origin: 'https://not-a-fetch.example' },
      { id: 'whole-file', bytes: 2_500_000 },
    ]);
    expect(warningsFor({ ...base, portal: 'http://daten.example' })).to.deep.equal([
      { id: 'http-portal', portal: 'http://daten.example' },
    ]);
  });
});

describe('builder: npm snippet', () => {
  const input = (attributes: [string, string][]): SnippetInput => ({
    tag: 'odw-table',
    widget: 'table',
    module: '@odw/widgets/table/odw-table.js',
    attributes,
    cdn: {
      base: 'https://x/',
      odw: { file: 'a', integrity: 'b' },
      loader: { file: 'a', integrity: 'b' },
      resize: { file: 'a', integrity: 'b' },
    },
    title: 't',
    lang: 'de',
  });

  /** The string literals of `setAttribute` calls, as TypeScript reads them. */
  function setAttributeValues(code: string): string[][] {
    const file = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022);
    const calls: string[][] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.expression.getText(file).endsWith('.setAttribute')) {
        calls.push(node.arguments.map((a) => (a as ts.StringLiteral).text));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return calls;
  }

  it('writes every value as a TypeScript string that reads back exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (value) => {
        expect(setAttributeValues(npmSnippet(input([['dataset', value]])))).to.deep.equal([
          ['dataset', value],
        ]);
      }),
    );
  });

  it('type-checks against @odw/widgets (element type and typed event details)', function () {
    this.timeout(120000); // a TypeScript program over both packages' sources; slow on a busy machine
    const dir = new URL('test/.results/npm-snippet/', root);
    mkdirSync(dir, { recursive: true });
    const file = new URL('snippet.ts', dir).pathname;
    writeFileSync(
      file,
      npmSnippet(
        input([
          ['portal', 'https://www.offenesdatenportal.de'],
          ['dataset', 'it\'s "quoted"'],
        ]),
      ),
    );
    try {
      const config = ts.getParsedCommandLineOfConfigFile(
        new URL('tsconfig.json', root).pathname,
        {},
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
      )!;
      const program = ts.createProgram([file], { ...config.options, noEmit: true, types: [] });
      const messages = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(messages).to.deep.equal([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
