// The builder's snippets, parsed back by the browser's own HTML parser: whatever a portal or an editor
// puts into titles and attribute values, the pasted snippet carries exactly those values.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { embedUrl, iframeSnippet, scriptSnippet, type SnippetInput } from '../../demo/builder/snippets.js';

const CDN = {
  base: 'https://stadt.example/odw/',
  odw: { file: 'odw-1.0.0.js', integrity: 'sha384-AAA' },
  loader: { file: 'odw-loader-1.0.0.js', integrity: 'sha384-BBB' },
  resize: { file: 'odw-resize-1.0.0.js', integrity: 'sha384-CCC' },
};

const input = (overrides: Partial<SnippetInput>): SnippetInput => ({
  tag: 'odw-table',
  widget: 'table',
  module: '@odw/widgets/table/odw-table.js',
  attributes: [['portal', 'https://portal.example']],
  cdn: CDN,
  title: 'Titel',
  datasetPage: 'https://portal.example/dataset/x',
  lang: 'de',
  ...overrides,
});

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

// Any text a portal may deliver, with the characters that matter in HTML; NUL is the one thing HTML
// cannot carry at all.
const text = fc
  .string({
    unit: fc.constantFrom('a', 'ß', '"', "'", '<', '>', '&', '&amp;', '\r', '\n', ' ', '=', '/', '😀'),
    maxLength: 30,
  })
  .filter((s) => !s.includes('\0'));

describe('builder snippets parsed by the browser', () => {
  it('keep every attribute value, the fallback link and its text exactly', () => {
    fc.assert(
      fc.property(text, text, text, (value, title, page) => {
        const snippet = scriptSnippet(
          input({
            attributes: [
              ['portal', 'https://portal.example'],
              ['dataset', value],
              ['caption', title],
            ],
            title,
            datasetPage: `https://portal.example/dataset/${page}`,
          }),
        );
        const doc = parse(snippet);
        const element = doc.querySelector('odw-table')!;
        expect(element.getAttributeNames()).to.deep.equal(['portal', 'dataset', 'caption']);
        expect(element.getAttribute('dataset')).to.equal(value);
        expect(element.getAttribute('caption')).to.equal(title);
        const link = element.querySelector('a')!;
        expect(link.getAttribute('href')).to.equal(`https://portal.example/dataset/${page}`);
        expect(link.textContent).to.equal(`${title} – Daten im Portal ansehen`);
        expect(doc.querySelectorAll('script')).to.have.length(1);
      }),
    );
  });

  it('give the iframe page exactly the attribute values, and the frame its title', () => {
    fc.assert(
      fc.property(text, text, (value, title) => {
        const attributes: [string, string][] = [
          ['portal', 'https://portal.example'],
          ['dataset', value],
        ];
        const doc = parse(iframeSnippet(input({ attributes, title })));
        const frame = doc.querySelector('iframe')!;
        expect(frame.getAttribute('title')).to.equal(title);
        const url = new URL(frame.getAttribute('src')!);
        expect(`${url.origin}${url.pathname}`).to.equal('https://stadt.example/odw/embed.html');
        expect([...url.searchParams]).to.deep.equal([['widget', 'table'], ...attributes]);
      }),
    );
  });

  it('write a checked boolean option as a bare attribute that the parser reads as present', () => {
    const doc = parse(scriptSnippet(input({ attributes: [['search', '']] })));
    expect(doc.querySelector('odw-table')!.hasAttribute('search')).to.be.true;
    expect(new URL(embedUrl(input({ attributes: [['search', '']] }))).searchParams.get('search')).to.equal(
      '',
    );
  });

  it('load odw.js as a module, or through the classic loader, with integrity and CORS', () => {
    const module = parse(scriptSnippet(input({}), 'module')).querySelector('script')!;
    expect(module.getAttribute('type')).to.equal('module');
    expect(module.getAttribute('src')).to.equal('https://stadt.example/odw/odw-1.0.0.js');
    expect(module.getAttribute('integrity')).to.equal('sha384-AAA');
    expect(module.getAttribute('crossorigin')).to.equal('anonymous');
    const classic = parse(scriptSnippet(input({}), 'classic')).querySelector('script')!;
    expect(classic.hasAttribute('type')).to.be.false;
    expect(classic.hasAttribute('defer')).to.be.true;
    expect(classic.getAttribute('src')).to.equal('https://stadt.example/odw/odw-loader-1.0.0.js');
    expect(classic.getAttribute('integrity')).to.equal('sha384-BBB');
  });

  it('leave out the fallback link when the dataset page is unknown', () => {
    const doc = parse(scriptSnippet(input({ datasetPage: undefined })));
    expect(doc.querySelector('odw-table')!.children).to.have.length(0);
  });
});
