import { expect } from '@open-wc/testing';
import { checkAttributeNames, isProblem, readEmbedQuery, type EmbedRequest } from './embed-query.js';

const WIDGETS = { table: 'odw-table', map: 'odw-map' };

describe('embed.html query', () => {
  it('turns every parameter except widget and lang into an attribute, in order, values as given', () => {
    const request = readEmbedQuery(
      '?widget=table&portal=https%3A%2F%2Fx.de&dataset=a%26b&columns=Stra%C3%9Fe%2C%20Bezirk&lang=en',
      WIDGETS,
    );
    expect(request).to.deep.equal({
      widget: 'table',
      tag: 'odw-table',
      lang: 'en',
      attributes: [
        ['portal', 'https://x.de'],
        ['dataset', 'a&b'],
        ['columns', 'Straße, Bezirk'],
      ],
    });
  });

  it('defaults to German and accepts regional language tags', () => {
    expect((readEmbedQuery('?widget=table', WIDGETS) as EmbedRequest).lang).to.equal('de');
    expect((readEmbedQuery('?widget=table&lang=en-GB', WIDGETS) as EmbedRequest).lang).to.equal('en');
    expect((readEmbedQuery('?widget=table&lang=de-AT', WIDGETS) as EmbedRequest).lang).to.equal('de');
  });

  it('names a missing or unknown widget and the possible ones', () => {
    const missing = readEmbedQuery('?dataset=x', WIDGETS);
    expect(isProblem(missing) && missing.message.de).to.equal(
      'Der Parameter widget fehlt (z. B. widget=table). Möglich sind: table, map.',
    );
    const unknown = readEmbedQuery('?widget=chart', WIDGETS);
    expect(isProblem(unknown) && unknown.message.en).to.equal(
      'There is no widget="chart". Possible values: table, map.',
    );
  });

  it('does not take inherited object keys for widgets', () => {
    expect(isProblem(readEmbedQuery('?widget=constructor', WIDGETS))).to.be.true;
    expect(isProblem(readEmbedQuery('?widget=__proto__', WIDGETS))).to.be.true;
  });

  it('rejects a repeated parameter instead of picking one', () => {
    const problem = readEmbedQuery('?widget=table&dataset=a&dataset=b', WIDGETS);
    expect(isProblem(problem) && problem.message.de).to.equal(
      'Der Parameter „dataset“ kommt mehrfach vor; jeder Parameter darf nur einmal angegeben werden.',
    );
  });

  it('rejects a language it does not speak, answering in German', () => {
    const problem = readEmbedQuery('?widget=table&lang=fr', WIDGETS);
    expect(problem).to.deep.include({ lang: 'de' });
    expect(isProblem(problem) && problem.message.de).to.equal(
      'Der Parameter lang="fr" ist ungültig. Möglich sind: de, en.',
    );
  });

  it('rejects attribute names the element does not observe, listing the ones it has', () => {
    const request = readEmbedQuery('?widget=table&pagesize=5&colums=a&portal=x', WIDGETS) as EmbedRequest;
    const problem = checkAttributeNames(request, ['portal', 'dataset', 'page-size', 'columns']);
    expect(problem?.message.de).to.equal(
      'Die Parameter „pagesize“, „colums“ gibt es für widget=table nicht. ' +
        'Möglich sind: widget, lang, portal, dataset, page-size, columns.',
    );
    expect(checkAttributeNames({ ...request, attributes: [['portal', 'x']] }, ['portal'])).to.equal(
      undefined,
    );
  });
});
