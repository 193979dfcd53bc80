/**
 * Worker script URLs that pass a page's Trusted Types enforcement. With `require-trusted-types-for
 * 'script'` in a page's CSP, the `Worker` constructor refuses a plain string (it is a script sink), so odw
 * creates one Trusted Types policy, named `odw`, that vouches only for the worker URLs odw itself asked
 * for. Pages that enforce Trusted Types list it: `trusted-types lit-html odw`.
 *
 * The policy is created once per page and shared through a global registry, so the client's parser
 * worker, the widgets' query worker and a second copy of odw on the same page all use it (a second
 * `createPolicy('odw')` would be refused). Where it cannot be created (the page's `trusted-types`
 * directive does not name it), the plain URL is returned and callers fall back to the main thread.
 */

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

interface SharedPolicy {
  /** `null` once creating it failed; `undefined` until first needed. */
  policy?: ScriptUrlPolicy | null;
  vouched: Set<string>;
}

/** The name of the Trusted Types policy odw creates. */
export const TRUSTED_TYPES_POLICY = 'odw';

const KEY = Symbol.for('odw.trusted-types-policy');

function shared(): SharedPolicy {
  const registry = globalThis as { [KEY]?: SharedPolicy };
  return (registry[KEY] ??= { vouched: new Set() });
}

/**
 * `url` in the form the `Worker` constructor accepts under Trusted Types (a `TrustedScriptURL`), or the
 * plain URL where Trusted Types are not supported or the policy is not allowed. Only for worker scripts
 * odw builds itself: its own worker chunks, or a `blob:` URL that imports one.
 *
 * @example
 * ```ts
 * const worker = new Worker(trustedWorkerUrl(new URL('./parse.worker.js', import.meta.url)), { type: 'module' });
 * ```
 */
export function trustedWorkerUrl(url: string | URL): string {
  const href = String(url);
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return href;
  const state = shared();
  state.vouched.add(href);
  if (state.policy === undefined) {
    try {
      state.policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL(candidate) {
          if (!state.vouched.has(candidate))
            throw new TypeError(`odw does not vouch for the script ${candidate}`);
          return candidate;
        },
      });
    } catch {
      state.policy = null;
    }
  }
  // The Worker constructor takes the TrustedScriptURL wherever it takes a string.
  return (state.policy?.createScriptURL(href) ?? href) as string;
}
