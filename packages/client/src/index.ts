/**
 * `@odw/client`: a typed, resilient client for open-data portals (CKAN, DKAN, Opendatasoft).
 *
 * @packageDocumentation
 */
export * from './types.js';
export * from './errors.js';
export { connect } from './connect.js';
export { locatePortal, type PortalLocation } from './portal/portal-url.js';
export { exportUrl, type ExportOptions } from './ckan/export-url.js';
export type { ClientOptions } from './portal/client-options.js';
export type {
  FacetName,
  FacetValue,
  Portal,
  PortalCapabilities,
  RowsOptions,
  SearchParams,
  SearchResult,
} from './portal/portal.js';
export type { RequestOptions } from './http/http-client.js';
export type { RetryOptions } from './http/retry-policy.js';
export type { CacheOptions } from './http/response-cache.js';
export { systemClock, type Clock } from './http/clock.js';
export { createHttpState, type SharedHttpState } from './http/shared-state.js';
export { RetryBudget, type RetryBudgetOptions } from './http/retry-budget.js';
export type { ResponseCache, CacheEntry } from './http/response-cache.js';
export type { InflightRequests } from './http/inflight.js';
export { runLocalQuery, type LocalResult } from './query/local-engine.js';
export { validateQuery, aggregateName } from './query/validate-query.js';
export { normalizeLicense, type LicenseInput } from './metadata/normalize-license.js';
export * from './formats/index.js';
export { trustedWorkerUrl, TRUSTED_TYPES_POLICY } from './trusted-types.js';
