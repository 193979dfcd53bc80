import type { Catalog } from '../catalog/catalog.js';
import type { Datastore } from '../datastore/datastore.js';
import type { ActiveFaults } from '../faults/fault-registry.js';
import type { ActionParams } from './validators.js';

/** What an action sees of the request and the portal. */
export interface ActionContext {
  params: ActionParams;
  catalog: Catalog;
  datastore: Datastore;
  faults: ActiveFaults;
  /** The request path as received (with a fault prefix, if any) and its query, for `_links`. */
  requestPath: string;
  requestQuery: URLSearchParams;
  /** The portal's base URL without trailing slash. */
  baseUrl: string;
}

/** A CKAN action: returns the `result`, or throws an `ActionError`. */
export type Action = (context: ActionContext) => unknown;
