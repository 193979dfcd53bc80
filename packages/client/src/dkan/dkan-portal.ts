import { CkanPortal } from '../ckan/ckan-portal.js';
import type { DatastoreEndpoint } from '../ckan/datastore-endpoint.js';
import type { AdapterSettings } from '../portal/client-options.js';
import type { PortalType } from '../types.js';
import { dkanDatastore } from './dkan-datastore.js';

/**
 * A DKAN portal (Düsseldorf, Köln, Bonn …): CKAN's Action API for metadata, DKAN's own DataStore
 * endpoint for rows. DKAN reports every column as `text` (numbers arrive as strings and stay strings)
 * and has no SQL, so aggregates are computed locally from DataStore pages.
 */
export class DkanPortal extends CkanPortal {
  override readonly type: PortalType = 'dkan';

  constructor(baseUrl: string, settings: AdapterSettings) {
    super(baseUrl, settings, {});
    this.caps.sql = false;
  }

  protected override datastoreEndpoint(): DatastoreEndpoint {
    return dkanDatastore(this.api);
  }
}
