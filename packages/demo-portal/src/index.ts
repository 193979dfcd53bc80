/**
 * `@odw/demo-portal`: a local CKAN-compatible portal over real open data, for the demo, tests and benchmarks.
 *
 * @packageDocumentation
 */
export { startDemoPortal, type DemoPortal, type DemoPortalOptions } from './server.js';
export { RequestLog, type LoggedRequest } from './request-log.js';
export type { Catalog, DatastoreTable } from './catalog.js';
