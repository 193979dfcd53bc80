/**
 * `@odw/demo-portal`: a local CKAN-compatible portal over real open data, with switchable fault modes, for
 * the demo, tests and benchmarks.
 *
 * @packageDocumentation
 */
export { startDemoPortal, type DemoPortal, type DemoPortalOptions } from './server.js';
export { RequestLog, type LoggedRequest } from './request-log.js';
export { FaultRegistry } from './faults/fault-registry.js';
export { parseFaultSpec, FaultSpecError, type FaultSpec } from './faults/fault-spec.js';
export { hostileCorpus, HOSTILE_DATASET, type HostileCorpus } from './hostile/corpus.js';
export type { Catalog, CkanPackage, CkanResource, CkanGroup, CkanLicense } from './catalog/catalog.js';
