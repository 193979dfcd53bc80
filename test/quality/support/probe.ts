/**
 * The in-page half of the trust gates. `installProbe` runs in every gate page before any page script
 * (puppeteer `evaluateOnNewDocument`, which a page's CSP does not restrict) and leaves `window.__odwQuality`:
 * recorders for what a gate asserts on (odw events, CSP violations, Trusted Types policies, tripwire calls,
 * console errors, unhandled rejections, fetch calls) and helpers that read elements through their shadow
 * roots.
 *
 * The function is serialized into the page, so it must not refer to anything outside its own body.
 */

/** A finding of {@link QualityProbe.scan}: markup that must never come out of portal data. */
export interface ScanFinding {
  kind: 'element' | 'event-attribute' | 'url' | 'srcdoc';
  /** Tag name, attribute and value, shortened. */
  detail: string;
}

/** An element that can take keyboard focus, as the keyboard gate reports it. */
export interface FocusTarget {
  /** `tag[part] "name"`, for messages. */
  label: string;
  /** Whether a focus indicator (outline or box shadow) is drawn while it has focus. */
  indicator: boolean;
  /** Whether the element is inside the subject's shadow tree. */
  inSubject: boolean;
  id: string;
  /** Its position in the list the last `focusables()` call returned, or -1. */
  index: number;
}

/** Something that does not fit at the current width. */
export interface LayoutFinding {
  label: string;
  problem: string;
  /**
   * Cut-off text a reader can still read on screen: it is the text of a button that opens it whole
   * (`aria-haspopup="dialog"`; the element's keyboard operations prove that it does). Counted, not a problem.
   */
  readable?: boolean;
}

/** What `window.__odwQuality` offers; see `installProbe`. */
export interface QualityProbe {
  events: {
    type: string;
    tag: string;
    id: string;
    time: number;
    error?: { name: string; message: string };
  }[];
  csp: { directive: string; blocked: string; source: string; sample: string }[];
  policies: string[];
  pwned: string[];
  consoleErrors: string[];
  uncaught: string[];
  fetches: { time: number; url: string; aborted: boolean; settled: boolean }[];
  mount(tag: string, attributes: Record<string, string>, id: string): void;
  remove(id: string): void;
  subject(id: string): HTMLElement | null;
  query(id: string, selector: string): Element | null;
  queryAll(id: string, selector: string): Element[];
  textOf(node: Element): string;
  scan(): ScanFinding[];
  texts(id: string): string[];
  grid(id: string, rowSelector: string, cellSelector: string): string[][];
  focusables(id: string): string[];
  active(): FocusTarget | null;
  layout(id: string): LayoutFinding[];
  storage(): Promise<{ local: number; session: number; cookie: string; indexedDb: number; caches: number }>;
  settled(id: string): Promise<void>;
  cycles(
    tag: string,
    attributes: Record<string, string>,
    loadingAttributes: Record<string, string>,
    count: number,
  ): Promise<CycleReport>;
}

/** What {@link QualityProbe.cycles} saw. */
export interface CycleReport {
  cycles: number;
  /** Cycles that waited for `odw-load`/`odw-error` before removing the element (the others removed it at once). */
  settled: number;
  /** Requests started after an element was removed and before the next was added. */
  requestsAfterRemoval: string[];
  /** Requests still running when their element was removed … */
  inflightAtRemoval: number;
  /** … and of those, how many were aborted … */
  inflightAborted: number;
  /** … and which were not. */
  notAborted: string[];
}

declare global {
  interface Window {
    __odwQuality: QualityProbe;
    __odwPwned: (...args: unknown[]) => void;
  }
}

/** Installs the probe (see the module comment). */
export function installProbe(): void {
  const state = {
    events: [],
    csp: [],
    policies: [],
    pwned: [],
    consoleErrors: [],
    uncaught: [],
    fetches: [],
  } as Pick<QualityProbe, 'events' | 'csp' | 'policies' | 'pwned' | 'consoleErrors' | 'uncaught' | 'fetches'>;

  // The tripwire: every payload of the hostile corpus calls __odwPwned() when it executes; the original
  // Big List of Naughty Strings calls alert(), prompt() and confirm().
  const trip =
    (what: string) =>
    (...args: unknown[]) => {
      state.pwned.push(`${what}(${args.map(String).join(', ').slice(0, 80)})`);
      return undefined;
    };
  window.__odwPwned = trip('__odwPwned');
  window.alert = trip('alert');
  window.confirm = trip('confirm') as unknown as typeof window.confirm;
  window.prompt = trip('prompt') as unknown as typeof window.prompt;

  for (const type of ['odw-load', 'odw-error', 'odw-state']) {
    document.addEventListener(
      type,
      (event) => {
        const target = event.composedPath()[0] as HTMLElement;
        const error = (event as CustomEvent).detail?.error as Error | undefined;
        state.events.push({
          type,
          tag: target.localName,
          id: target.id,
          time: performance.now(),
          error: error ? { name: error.name, message: String(error.message).slice(0, 300) } : undefined,
        });
      },
      true,
    );
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    state.csp.push({
      directive: event.violatedDirective,
      blocked: event.blockedURI,
      source: `${event.sourceFile}:${event.lineNumber}`,
      sample: event.sample,
    });
  });
  const tt = (window as unknown as { trustedTypes?: { createPolicy: (...a: unknown[]) => unknown } })
    .trustedTypes;
  if (tt) {
    const createPolicy = tt.createPolicy.bind(tt);
    tt.createPolicy = (name: unknown, ...rest: unknown[]) => {
      state.policies.push(String(name));
      return createPolicy(name, ...rest);
    };
  }
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    state.consoleErrors.push(
      args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' '),
    );
    consoleError(...args);
  };
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason as Error | undefined;
    state.uncaught.push(`unhandled rejection: ${reason?.name ?? ''} ${reason?.message ?? String(reason)}`);
  });
  window.addEventListener('error', (event) => state.uncaught.push(`uncaught: ${event.message}`));
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const record = { time: performance.now(), url, aborted: false, settled: false };
    state.fetches.push(record);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    signal?.addEventListener('abort', () => (record.aborted = !record.settled), { once: true });
    const done = () => (record.settled = true);
    const response = realFetch(input, init);
    response.then(done, done);
    return response;
  };

  /** Every shadow root below `root`, depth first. */
  const shadowRoots = (root: ParentNode): ShadowRoot[] => {
    const found: ShadowRoot[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
    }
    return found;
  };
  const subject = (id: string) => document.getElementById(id);
  const treeOf = (id: string): ParentNode[] => {
    const el = subject(id);
    return el?.shadowRoot ? [el.shadowRoot, ...shadowRoots(el.shadowRoot)] : el ? [el] : [];
  };
  const queryAll = (id: string, selector: string) =>
    treeOf(id).flatMap((r) => [...r.querySelectorAll(selector)]);
  const hidden = (el: Element) => el.closest('[aria-hidden="true"], .visually-hidden, .sr-only') !== null;
  /** What a reader sees of `node`: its text without screen-reader-only and decorative parts. */
  const textOf = (node: Element): string => {
    let text = '';
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!hidden(n.parentElement!)) text += n.nodeValue;
    }
    return text;
  };
  const describe = (el: Element) => {
    const part = el.getAttribute('part');
    const type = el.localName === 'input' ? el.getAttribute('type') : null;
    const label = (el as HTMLInputElement).labels?.[0];
    const name =
      el.getAttribute('aria-label') ??
      (label ? textOf(label).trim() : el.textContent?.trim())?.replace(/\s+/g, ' ').slice(0, 40) ??
      '';
    return `${el.localName}${type ? `[type=${type}]` : ''}${part ? `[part=${part}]` : ''}${name ? ` "${name}"` : ''}`;
  };
  const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:'];
  const URL_ATTRIBUTES = [
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'data',
    'poster',
    'background',
  ];
  const FORBIDDEN = ['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'portal'];

  let controls: Element[] = [];
  const deepActive = (): Element | null => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };

  const probe: QualityProbe = {
    ...state,
    mount(tag, attributes, id) {
      const el = document.createElement(tag);
      el.id = id;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      (document.getElementById('stage') ?? document.body).append(el);
    },
    remove(id) {
      subject(id)?.remove();
    },
    subject,
    query: (id, selector) => queryAll(id, selector)[0] ?? null,
    queryAll,
    textOf,
    /** Markup in the document and every shadow root that portal data must never produce. */
    scan() {
      const findings: ScanFinding[] = [];
      const roots: ParentNode[] = [document, ...shadowRoots(document)];
      for (const root of roots) {
        for (const el of root.querySelectorAll('*')) {
          // The gate page's own module script is the only script allowed (in the document, not in elements).
          const ownScript = el.localName === 'script' && root === document && el.hasAttribute('data-gate');
          const ownHead = root === document && el.closest('head') !== null && el.localName !== 'script';
          if (FORBIDDEN.includes(el.localName) && !ownScript && !ownHead) {
            findings.push({ kind: 'element', detail: `<${el.localName}> ${el.outerHTML.slice(0, 120)}` });
          }
          for (const attribute of el.getAttributeNames()) {
            const value = el.getAttribute(attribute) ?? '';
            if (attribute.startsWith('on')) {
              findings.push({
                kind: 'event-attribute',
                detail: `${el.localName} ${attribute}="${value.slice(0, 80)}"`,
              });
            } else if (attribute === 'srcdoc') {
              findings.push({ kind: 'srcdoc', detail: `${el.localName} srcdoc` });
            } else if (URL_ATTRIBUTES.includes(attribute) && !(ownHead || ownScript)) {
              let scheme = 'invalid';
              try {
                scheme = new URL(value, document.baseURI).protocol;
              } catch {
                /* an unparsable URL is not allowed either */
              }
              if (!ALLOWED_SCHEMES.includes(scheme)) {
                findings.push({
                  kind: 'url',
                  detail: `${el.localName} ${attribute}="${value.slice(0, 80)}"`,
                });
              }
            }
          }
        }
      }
      return findings;
    },
    /** The visible text of every element in the subject's shadow tree that has its own text. */
    texts(id) {
      const out: string[] = [];
      for (const el of queryAll(id, '*')) {
        if (hidden(el) || ['style', 'template'].includes(el.localName)) continue;
        const own = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.nodeValue!.trim() !== '',
        );
        if (own) out.push(textOf(el));
      }
      return out;
    },
    /** Rows and cells of a grid-like rendering, as visible text. */
    grid(id, rowSelector, cellSelector) {
      return queryAll(id, rowSelector).map((row) => [...row.querySelectorAll(cellSelector)].map(textOf));
    },
    /**
     * The controls of the subject that should be reachable with Tab (remembered for `active().index`). A
     * control taken out of the Tab order (`tabindex="-1"`) counts as long as it is in view: only one that
     * is scrolled out of sight or covered (the margin rows of a virtually scrolled table) may wait until it
     * is scrolled in.
     */
    focusables(id) {
      const selector =
        'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
      const inView = (el: Element, box: DOMRect) => {
        const hit = (el.getRootNode() as ShadowRoot | Document).elementFromPoint(
          (box.left + box.right) / 2,
          (box.top + box.bottom) / 2,
        );
        return hit !== null && el.contains(hit);
      };
      controls = queryAll(id, selector).filter((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return (
          box.width > 0 &&
          box.height > 0 &&
          style.visibility !== 'hidden' &&
          !el.closest('[inert]') &&
          (el.getAttribute('tabindex') !== '-1' || inView(el, box))
        );
      });
      return controls.map(describe);
    },
    /** The element that has focus, and whether it shows that it has. */
    active() {
      const el = deepActive();
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      // Date and time fields: focus on the browser's own picker button inside the field, which draws its
      // own focus ring (the field itself then does not match :focus).
      const picker =
        el.matches('input[type^="date"], input[type="time"], input[type="month"], input[type="week"]') &&
        !el.matches(':focus');
      const host = (el.getRootNode() as ShadowRoot).host as Element | undefined;
      let inSubject = false;
      for (let h = host; h; h = ((h.getRootNode() as ShadowRoot).host as Element | undefined) ?? undefined) {
        if (h.id && h.localName.startsWith('odw-')) inSubject = true;
      }
      return {
        label: describe(el),
        indicator: outline || shadow || picker,
        inSubject,
        id: el.id,
        index: controls.indexOf(el),
      };
    },
    /** Text that is cut off or reaches outside the subject at the current width. */
    layout(id) {
      const findings: LayoutFinding[] = [];
      const el = subject(id);
      if (!el) return [{ label: id, problem: 'not in the page' }];
      const page = document.documentElement;
      if (page.scrollWidth > page.clientWidth + 1) {
        findings.push({
          label: 'page',
          problem: `scrolls sideways: ${page.scrollWidth} px content in ${page.clientWidth} px`,
        });
      }
      const host = el.getBoundingClientRect();
      if (host.height < 1 || host.width < 1) findings.push({ label: id, problem: 'has no size' });
      const scrollers = (node: Element) => {
        for (
          let a: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element);
          a && a !== el;
        ) {
          const style = getComputedStyle(a);
          if (['auto', 'scroll'].includes(style.overflowX)) return true;
          a = a.parentElement ?? ((a.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
        }
        return false;
      };
      for (const node of queryAll(id, '*')) {
        if (hidden(node)) continue;
        const own = [...node.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.nodeValue!.trim() !== '',
        );
        const control = node.matches('button, input, select, a[href]');
        if (!own && !control) continue;
        const box = node.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const style = getComputedStyle(node);
        if (
          style.overflowX === 'hidden' &&
          node.scrollWidth > node.clientWidth + 1 &&
          style.textOverflow !== 'clip'
        ) {
          findings.push({
            label: describe(node),
            problem: 'text cut off (overflow hidden)',
            readable: node.matches('button[aria-haspopup="dialog"]') || undefined,
          });
        }
        if ((box.left < host.left - 1 || box.right > host.right + 1) && !scrollers(node)) {
          findings.push({
            label: describe(node),
            problem: `reaches outside the element (${Math.round(box.left)}–${Math.round(box.right)} px of ${Math.round(host.left)}–${Math.round(host.right)} px)`,
          });
        }
        if (style.color === style.backgroundColor && style.color !== 'rgba(0, 0, 0, 0)') {
          findings.push({
            label: describe(node),
            problem: `text colour equals its background (${style.color})`,
          });
        }
      }
      return findings;
    },
    async storage() {
      const databases = indexedDB.databases ? await indexedDB.databases() : [];
      const cacheNames = 'caches' in window ? await caches.keys() : [];
      return {
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
        indexedDb: databases.length,
        caches: cacheNames.length,
      };
    },
    /**
     * Adds and removes an element `count` times in a row. Three of four get `attributes` and are removed
     * after they fired `odw-load` or `odw-error`; every fourth gets `loadingAttributes` (a slow portal)
     * and is removed while its request runs.
     */
    async cycles(tag, attributes, loadingAttributes, count) {
      const report: CycleReport = {
        cycles: 0,
        settled: 0,
        requestsAfterRemoval: [],
        inflightAtRemoval: 0,
        inflightAborted: 0,
        notAborted: [],
      };
      const inflight: QualityProbe['fetches'] = [];
      for (let i = 0; i < count; i++) {
        const settledNow = i % 4 !== 3;
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(settledNow ? attributes : loadingAttributes)) {
          el.setAttribute(name, value);
        }
        // No closure here may outlive the cycle: a pending timer that can reach `el` keeps it in memory.
        let finish!: () => void;
        const done = new Promise<void>((resolve) => (finish = resolve));
        el.addEventListener('odw-load', finish, { once: true });
        el.addEventListener('odw-error', finish, { once: true });
        const timer = setTimeout(finish, 10000);
        (document.getElementById('stage') ?? document.body).append(el);
        if (settledNow) {
          await done;
          report.settled++;
        } else {
          // Until its first request is on the wire.
          const started = state.fetches.length;
          for (let t = 0; t < 100 && state.fetches.length === started; t++)
            await new Promise((r) => setTimeout(r, 10));
        }
        clearTimeout(timer);
        const removedAt = performance.now();
        const before = state.fetches.length;
        inflight.push(...state.fetches.filter((f) => !f.settled && !f.aborted));
        el.remove();
        // Give a stray timer or a late promise the chance to start a request.
        await new Promise((resolve) => setTimeout(resolve, settledNow ? 0 : 20));
        report.requestsAfterRemoval.push(
          ...state.fetches
            .slice(before)
            .filter((f) => f.time >= removedAt)
            .map((f) => f.url),
        );
        report.cycles++;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const unique = [...new Set(inflight)];
      report.inflightAtRemoval = unique.length;
      report.inflightAborted = unique.filter((f) => f.aborted).length;
      report.notAborted = unique.filter((f) => !f.aborted).map((f) => f.url);
      return report;
    },
    /** Resolves after the subject and every odw element inside it finished rendering. */
    async settled(id) {
      const el = subject(id) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
      for (let i = 0; i < 3; i++) {
        await el?.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
    },
  };
  // The recorders are shared arrays: `probe.events` and `state.events` are the same array.
  window.__odwQuality = probe;
}
