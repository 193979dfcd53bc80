import { expect } from '@open-wc/testing';
import { joinPage, pageRegistry, REGISTRY_KEY, type ElementLoader } from './page-registry.js';

const loader = (): ElementLoader => () => Promise.resolve();

describe('page registry of autoloader copies', () => {
  it('gives the first copy every tag and no warning', () => {
    const registry = pageRegistry({});
    const result = joinPage(
      { version: '1.0.0', src: 'https://a/odw.js' },
      { 'odw-table': loader() },
      registry,
    );
    expect(result).to.deep.equal({ mine: ['odw-table'] });
  });

  it('gives a second copy of the same version nothing and names both URLs', () => {
    const registry = pageRegistry({});
    joinPage({ version: '1.0.0', src: 'https://a/odw.js' }, { 'odw-table': loader() }, registry);
    const second = joinPage(
      { version: '1.0.0', src: 'https://b/odw-1.0.0.js' },
      { 'odw-table': loader() },
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
    joinPage({ version: '1.0.0', src: 'https://a/odw.js' }, { 'odw-table': loader() }, registry);
    const newer = joinPage(
      { version: '1.1.0', src: 'https://b/odw.js' },
      { 'odw-table': loader(), 'odw-map': loader() },
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
    joinPage({ version: '1.0.0', src: 'a' }, { 'odw-table': async () => void calls.push('a') }, registry);
    joinPage({ version: '1.1.0', src: 'b' }, { 'odw-table': async () => void calls.push('b') }, registry);
    await registry.load('odw-table');
    expect(calls).to.deep.equal(['a']);
    let error: Error | undefined;
    await registry.load('odw-nope').catch((e: Error) => (error = e));
    expect(error?.message).to.equal('odw does not know the element <odw-nope>');
  });

  it('keeps the registry under a global symbol every copy finds, invisible to enumeration', () => {
    const scope = {};
    const registry = pageRegistry(scope);
    expect(pageRegistry(scope)).to.equal(registry);
    expect((scope as Record<symbol, unknown>)[Symbol.for('odw.autoloader')]).to.equal(registry);
    expect(REGISTRY_KEY).to.equal(Symbol.for('odw.autoloader'));
    expect(Object.keys(scope)).to.deep.equal([]);
  });
});
