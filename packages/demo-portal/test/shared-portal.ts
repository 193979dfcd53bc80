/**
 * One demo portal for all Node test files of this package (starting PGlite and loading the tables takes
 * seconds). Closed by a root-level `after` hook when the run ends.
 */
import { startDemoPortal, type DemoPortal } from '@odw/demo-portal';

let started: Promise<DemoPortal> | undefined;

/** The shared portal, started on first use. */
export function sharedPortal(): Promise<DemoPortal> {
  started ??= startDemoPortal({ port: 0 });
  return started;
}

// Start-up takes seconds (minutes on a machine busy with other test runs): not part of any test's time.
before(async function () {
  this.timeout(300_000);
  await sharedPortal();
});

after(async () => {
  if (started) await (await started).close();
});

/** A response with its JSON body. */
export interface JsonResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read CKAN answers structurally
  body: any;
}

/** GETs a portal path (or POSTs `body` as JSON) and parses the JSON answer. */
export async function callPortal(
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<JsonResponse> {
  const portal = await sharedPortal();
  const { json, ...rest } = init;
  const res = await fetch(`${portal.url}${path}`, {
    ...rest,
    ...(json === undefined
      ? {}
      : { method: 'POST', body: JSON.stringify(json), headers: { 'Content-Type': 'application/json' } }),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: tests of fault modes look at the text.
  }
  return { status: res.status, headers: res.headers, body };
}

/** Calls an action with GET parameters (objects are JSON-encoded, as CKAN clients send them). */
export function action(name: string, params: Record<string, unknown> = {}, init: RequestInit = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    query.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return callPortal(`/api/3/action/${name}${query.size ? `?${query}` : ''}`, init);
}

/** The id of a dataset's first resource. */
export async function firstResourceId(dataset: string): Promise<string> {
  const { body } = await action('package_show', { id: dataset });
  return body.result.resources[0].id;
}
