/**
 * The fault-mode protocol: a spec is a comma-separated list of modes, e.g. `status-503,times-2,id-t1`.
 * See the package README for what each mode does.
 */

/** The CKAN error types a `ckan-error-<type>` mode can inject. */
export type InjectedCkanError = 'not-found' | 'validation' | 'authorization' | 'search-query';

/** What faults do to a response; a spec sets some of these, and the faults of a request are merged. */
export interface FaultEffects {
  corsOff: boolean;
  latencyMs: number;
  hang: boolean;
  /** Answer with this HTTP status instead of the real response. */
  status?: number;
  /** `Retry-After` header in seconds (with `status-429` or `status-503`). */
  retryAfter?: number;
  truncatedJson: boolean;
  html200: boolean;
  ckanError?: InjectedCkanError;
  sqlOff: boolean;
  /** `datastore_search_sql` answers 403 Authorization Error (CKAN before 2.10, or SQL on a private resource). */
  sqlDenied: boolean;
  dkan: boolean;
}

/** No effect at all. */
export const NO_EFFECTS: Readonly<FaultEffects> = Object.freeze({
  corsOff: false,
  latencyMs: 0,
  hang: false,
  truncatedJson: false,
  html200: false,
  sqlOff: false,
  sqlDenied: false,
  dkan: false,
});

/** A parsed fault spec. */
export interface FaultSpec extends FaultEffects {
  /** The spec exactly as given; `times-<n>` counts requests per raw spec. */
  raw: string;
  /** Only the first `times` requests carrying this spec fail; later ones are answered normally. */
  times?: number;
  /** Makes a spec unique per test, so `times` counters of parallel tests do not interfere. */
  id?: string;
}

/** A spec that names an unknown mode or a malformed one. */
export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

const CKAN_ERRORS: readonly InjectedCkanError[] = [
  'not-found',
  'validation',
  'authorization',
  'search-query',
];

/** The modes with a number or name argument: pattern → how it sets the spec. */
const ARGUMENT_MODES: [RegExp, (spec: FaultSpec, arg: string) => void][] = [
  [/^latency-(\d{1,7})$/, (spec, arg) => (spec.latencyMs = Number(arg))],
  [/^status-(\d{3})$/, (spec, arg) => (spec.status = Number(arg))],
  [/^retry-after-(\d{1,6})$/, (spec, arg) => (spec.retryAfter = Number(arg))],
  [/^times-(\d{1,6})$/, (spec, arg) => (spec.times = Number(arg))],
  [/^id-([\w.-]{1,100})$/, (spec, arg) => (spec.id = arg)],
  [
    /^ckan-error-([a-z-]+)$/,
    (spec, arg) => {
      if (!CKAN_ERRORS.includes(arg as InjectedCkanError)) {
        throw new FaultSpecError(`Unknown CKAN error "${arg}"; use one of ${CKAN_ERRORS.join(', ')}`);
      }
      spec.ckanError = arg as InjectedCkanError;
    },
  ],
];

const FLAG_MODES: Record<string, keyof FaultSpec> = {
  'cors-off': 'corsOff',
  hang: 'hang',
  'truncated-json': 'truncatedJson',
  'html-200': 'html200',
  'sql-off': 'sqlOff',
  'sql-denied': 'sqlDenied',
  dkan: 'dkan',
};

/** Parses a fault spec; throws {@link FaultSpecError} naming the first bad mode. */
export function parseFaultSpec(raw: string): FaultSpec {
  const spec: FaultSpec = { ...NO_EFFECTS, raw };
  for (const mode of raw.split(',').map((m) => m.trim().toLowerCase())) {
    if (!mode) continue;
    const flag = FLAG_MODES[mode];
    if (flag) {
      (spec as unknown as Record<string, boolean>)[flag] = true;
      continue;
    }
    const argumentMode = ARGUMENT_MODES.find(([pattern]) => pattern.test(mode));
    if (!argumentMode) throw new FaultSpecError(`Unknown fault mode "${mode}" in "${raw}"`);
    argumentMode[1](spec, argumentMode[0].exec(mode)![1]);
  }
  if (spec.status !== undefined && (spec.status < 200 || spec.status > 599)) {
    throw new FaultSpecError(`status-${spec.status}: use an HTTP status between 200 and 599`);
  }
  return spec;
}
