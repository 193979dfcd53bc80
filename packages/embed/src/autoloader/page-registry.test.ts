import { expect } from '@open-wc/testing';
import { IMPORT_KEY, joinPage, pageRegistry, REGISTRY_KEY, type ElementLoader } from './page-registry.js';

const loader = (): ElementLoader => () => Promise.resolve();

describe('page registry of autoloader copies', () => {
  it('gives the first copy every tag and no warning', () => {
    const registry = pageRegistry({});
    const result = joinPage(
      { version: '1.0.0', src: 'https://a/odw.js' },
      { 'odw-table': loader() },
      undefined,
      registry,
    );
    expect(result).to.deep.equal({ mine: ['odw-table'] });
  });

  it('gives a second copy of the same version nothing and names both URLs', () => {
    const registry = pageRegistry({});
    joinPage({ version: '1.0.0', src: 'https://a/odw.js' }, { 'odw-table': loader() }, undefined, registry);
    const second = joinPage(
      { version: '1.0.0', src: 'https://b/odw-1.0.0.js' },
      { 'odw-table': loader() },
      undefined,
      registry,
    );
    expect(second.mine).to.deep.equal([]);
    expect(second.warning).to.equal(
      'odw 1.0.0 is included twice on this page (https://a/odw.js and https://b/odw-1.0.0.js); ' +
        'the second copy does nothing. Include odw.js once per page.',
    );
  });

  it('lets a newer copy add only the elements the older one does not know', () => {
    const registry = pageRegistry({});
    joinPage({ version: '1.0.0', src: 'https://a/odw.js' }, { 'odw-table': loader() }, undefined, registry);
    const newer = joinPage(
      { version: '1.1.0', src: 'https://b/odw.js' },
      { 'odw-table': loader(), 'odw-map': loader() },
      undefined,
      registry,
    );
    expect(newer.mine).to.deep.equal(['odw-map']);
    expect(newer.warning).to.equal(
      'two versions of odw are on this page: 1.0.0 (https://a/odw.js) and 1.1.0 (https://b/odw.js). ' +
        '1.0.0 keeps the elements it knows; 1.1.0 adds only <odw-map>. Include one version only.',
    );
  });

  it('loads a tag through the copy that claimed it, and rejects unknown tags', async () => {
    const registry = pageRegistry({});
    const calls: string[] = [];
    joinPage(
      { version: '1.0.0', src: 'a' },
      { 'odw-table': async () => void calls.push('a') },
      undefined,
      registry,
    );
    joinPage(
      { version: '1.1.0', src: 'b' },
      { 'odw-table': async () => void calls.push('b') },
      undefined,
      registry,
    );
    await registry.load('odw-table');
    expect(calls).to.deep.equal(['a']);
    let error: Error | undefined;
    await registry.load('odw-nope').catch((e: Error) => (error = e));
    expect(error?.message).to.equal('odw does not know the element <odw-nope>');
  });

  it('imports a chunk through the copy whose folder it is in, anything else as it is', async () => {
    const registry = pageRegistry({});
    const seen: string[] = [];
    const importerOf =
      (folder: string) =>
      (url: string): Promise<unknown> | undefined =>
        url.startsWith(folder) ? Promise.resolve(seen.push(`${folder} ${url}`)) : undefined;
    joinPage({ version: '1', src: 'https://a/odw.js' }, {}, importerOf('https://a/'), registry);
    joinPage({ version: '2', src: 'https://b/odw.js' }, {}, importerOf('https://b/'), registry);
    await registry.importModule('https://b/chunks/x.js');
    await registry.importModule('https://a/chunks/y.js');
    expect(seen).to.deep.equal(['https://b/ https://b/chunks/x.js', 'https://a/ https://a/chunks/y.js']);
    const module = (await registry.importModule(
      `data:text/javascript,${encodeURIComponent('export const answer = 42;')}`,
    )) as { answer: number };
    expect(module.answer).to.equal(42);
  });

  it('keeps the registry under a global symbol every copy finds, invisible to enumeration', () => {
    const scope = {};
    const registry = pageRegistry(scope);
    expect(pageRegistry(scope)).to.equal(registry);
    expect((scope as Record<symbol, unknown>)[Symbol.for('odw.autoloader')]).to.equal(registry);
    expect(REGISTRY_KEY).to.equal(Symbol.for('odw.autoloader'));
    expect((scope as Record<symbol, unknown>)[IMPORT_KEY]).to.be.a('function');
    expect(Object.keys(scope)).to.deep.equal([]);
  });
});
