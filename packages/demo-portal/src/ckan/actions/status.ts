import type { ActionContext } from '../action-context.js';

/** The CKAN version the portal answers as. */
export const CKAN_VERSION = '2.11.3';

/**
 * `status_show`, with CKAN's keys plus `odw_datastore`: the engine and each table's loading state (tables
 * load on first access).
 */
export function statusShow({ baseUrl, datastore }: ActionContext) {
  return {
    site_title: 'odw Demo-Portal',
    site_description:
      'Lokales CKAN-kompatibles Portal mit echten offenen Daten, für Demos, Tests und Benchmarks',
    site_url: baseUrl,
    ckan_version: CKAN_VERSION,
    error_emails_to: null,
    locale_default: 'de',
    extensions: ['datastore'],
    odw_datastore: { engine: datastore.engineDescription(), tables: datastore.report() },
  };
}
