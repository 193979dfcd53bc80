/**
 * The numbers of one gate run, collected while the gates run and written to `docs/quality.md` at the
 * end. Every figure in the report comes from here, never from a hand-written value.
 */

/** One page a gate opened, with what every page is checked for. */
export interface PageRecord {
  gate: string;
  element: string;
  state: string;
  /** `strict` pages carry the strict CSP. */
  flavor: 'strict' | 'open' | 'demo';
  requests: number;
  thirdParty: string[];
  cspViolations: string[];
  policies: string[];
  executions: string[];
  cookies: number;
  storage: number;
}

export interface XssRecord {
  element: string;
  variant: string;
  payloads: number;
  fields: number;
  /** Strings compared with what the element shows. */
  compared: number;
  mismatches: string[];
  executions: string[];
  markup: string[];
}

export interface AxeRecord {
  element: string;
  state: string;
  view: string;
  violations: string[];
}

export interface LayoutRecord {
  element: string;
  state: string;
  view: string;
  findings: string[];
  /** Cut-off texts in buttons that open them whole (not findings). */
  readable: number;
}

export interface KeyboardRecord {
  element: string;
  state: string;
  controls: number;
  reached: number;
  withoutIndicator: string[];
  trapped: boolean;
  operations: number;
  failedOperations: string[];
}

export interface FaultRecord {
  element: string;
  mode: string;
  phase: 'error' | 'stale' | 'transient';
  survived: boolean;
  /** Milliseconds until the element showed the error (or the data, for transient faults). */
  ms: number;
  shown: string;
  problems: string[];
}

export interface LeakRecord {
  element: string;
  cycles: number;
  heapGrowthKb: number;
  listenerGrowth: number;
  nodeGrowth: number;
  retainedInstances: number;
  requestsAfterRemoval: number;
  inflightAtRemoval: number;
  inflightAborted: number;
  /** Of those not aborted: the page's shared portal detection, which outlives one element on purpose. */
  sharedDetection: number;
}

export interface CrowdRecord {
  element: string;
  scenario: string;
  elements: number;
  requests: number;
  distinct: number;
  allowedRetries: number;
  problems: string[];
}

export interface AttributeRecord {
  element: string;
  attribute: string;
  value: string;
  expected: 'error' | 'tolerated';
  outcome: string;
  problems: string[];
}

export interface PrivacyRecord {
  page: string;
  requests: number;
  portalRequests: number;
  thirdParty: string[];
  cookiesSent: number;
  cookiesSet: number;
  storage: number;
  referrers: string[];
}

/** A problem a gate found and tolerated because the registration lists it as a known finding. */
export interface KnownRecord {
  element: string;
  gate: string;
  state: string;
  problem: string;
  reason: string;
}

function emptyFigures() {
  return {
    started: new Date(),
    /** Browser and Node that ran the gates. */
    environment: { chromium: '', node: process.version },
    gatesRun: new Set<string>(),
    pages: [] as PageRecord[],
    xss: [] as XssRecord[],
    axe: [] as AxeRecord[],
    layout: [] as LayoutRecord[],
    keyboard: [] as KeyboardRecord[],
    faults: [] as FaultRecord[],
    leaks: [] as LeakRecord[],
    crowd: [] as CrowdRecord[],
    attributes: [] as AttributeRecord[],
    privacy: [] as PrivacyRecord[],
    known: [] as KnownRecord[],
    failures: [] as string[],
    /** Wall time of each gate (top-level suite), for the CI budget. */
    durations: [] as { gate: string; seconds: number }[],
  };
}

/** Everything the report shows. */
export type Figures = ReturnType<typeof emptyFigures>;

// One instance per process, also when mocha loads the gates as CommonJS and the runner as ESM.
const KEY = Symbol.for('odw.quality.figures');
const registry = globalThis as { [KEY]?: Figures };

/** The figures of this run. */
export const figures: Figures = (registry[KEY] ??= emptyFigures());
