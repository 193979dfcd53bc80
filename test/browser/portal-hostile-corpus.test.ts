import { expect } from '@open-wc/testing';
import { HOSTILE_DATASET, hostileHtml, loadHostileCorpus } from '@odw/demo-portal/hostile-corpus';
import { portalUrl } from '../helpers/env.js';

describe('the demo portal hostile corpus in the browser', () => {
  it('loads the corpus the portal serves, with the tripwired BLNS and the XSS vectors', async () => {
    const corpus = await loadHostileCorpus(portalUrl());
    expect(corpus.blns.length).to.be.greaterThan(400);
    expect(corpus.all).to.include(hostileHtml[0]);
    expect(corpus.all.some((s) => s.includes('alert('))).to.equal(false);
  });

  it('the hostile table holds exactly the corpus strings, in order', async () => {
    const corpus = await loadHostileCorpus(portalUrl());
    const url = new URL(`${portalUrl()}/api/3/action/datastore_search`);
    url.searchParams.set('resource_id', HOSTILE_DATASET.tableResourceId);
    url.searchParams.set('fields', 'zeichenkette');
    url.searchParams.set('sort', 'nr');
    url.searchParams.set('limit', '32000');
    const body = await (await fetch(url, { credentials: 'omit' })).json();
    expect(body.result.records.map((r: { zeichenkette: string }) => r.zeichenkette)).to.deep.equal(
      corpus.all,
    );
  });
});
