import { expect } from 'chai';
import { demoPortalUrl } from '../test/demo-portal.js';
import { connect } from './connect.js';
import { createHttpState } from './http/shared-state.js';

/** The JSONP transport against the demo portal with CORS switched off (browsers only: Node has no CORS). */
describe('@odw/client JSONP fallback (browsers)', function () {
  this.timeout(30_000);

  it('reads a CKAN portal without CORS through JSONP when the option allows it', async () => {
    const portal = await connect(`${await demoPortalUrl()}/__fault/cors-off,id-jsonp-${Date.now()}`, {
      type: 'ckan',
      jsonp: true,
      httpState: createHttpState(),
    });
    const dataset = await portal.getDataset('fussgaenger-steinstrasse-juni-2022');
    expect(dataset.title).to.contain('Steinstraße');
    const table = await portal.query(dataset.resources[0], { limit: 3 });
    expect(table.rows).to.have.length(3);
    expect(table.total).to.equal(720);
    expect(portal.capabilities).to.include({ cors: false, jsonp: true });
  });
});
