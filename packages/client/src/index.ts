/**
 * `@odw/client`: a typed, resilient client for open-data portals (CKAN, DKAN, Opendatasoft).
 *
 * @packageDocumentation
 */
export * from './types.js';
export * from './errors.js';
export { CkanPortal } from './ckan/ckan-portal.js';
export type { RequestJsonOptions } from './http/request-json.js';
export * from './formats/index.js';
