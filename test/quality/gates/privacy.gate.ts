// Privacy on every demo page `npm start` serves (as a visitor gets them, without a CSP), loaded and then
// used (each element's registered keyboard operations, as far as the page's element offers them): every
// request — seen by Chromium's network events for the page, its frames and workers, and by the portal's
// own request log — goes to the page's origin or the configured portal; no cookie is set or sent; the
// Referer the portal sees is at most the page's origin; localStorage, sessionStorage, IndexedDB and Cache
// Storage stay empty. (Every gate page is held to the same request rule; see GatePage.ambientProblems.)
import { expect } from 'chai';
import { glob } from 'glob';
import { REGISTRATIONS } from '../registry/index.js';
import { figures, type PrivacyRecord } from '../support/figures.js';
import { GatePage } from '../support/gate-page.js';
import { getStage, type Stage } from '../support/stage.js';
import { Subject } from '../support/subject.js';

interface PortalLogEntry {
  url: string;
  origin: string | null;
  referer: string | null;
  cookies: boolean;
  authorization: boolean;
}

const OPERATION_TIMEOUT = 8000;
const demoPages = glob.sync('**/*.html', { cwd: new URL('../../../demo/', import.meta.url).pathname }).sort();

async function portalLog(stage: Stage, method: 'GET' | 'DELETE'): Promise<PortalLogEntry[]> {
  return (await fetch(`${stage.portalUrl}/__odw/log`, { method })).json() as Promise<PortalLogEntry[]>;
}

/** Uses every odw element of the page the way its registration's keyboard operations do. */
async function useElements(gate: GatePage): Promise<number> {
  const ids = await gate.page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('odw-'))
      .map((el, i) => {
        el.id ||= `odw-privacy-${i}`;
        return { id: el.id, tag: el.localName };
      }),
  );
  let operations = 0;
  for (const { id, tag } of ids) {
    const registration = REGISTRATIONS.find((r) => r.tag === tag);
    for (const operation of registration?.keyboard ?? []) {
      // Operations that need the portal to fail belong to the resilience gate.
      if (registration!.states[operation.state]?.serverFault) continue;
      const run = operation.run(new Subject(gate, id));
      const timeout = new Promise((resolve) => setTimeout(resolve, OPERATION_TIMEOUT));
      // An operation the element on this page does not offer (no search box …) simply fails: that is fine
      // here, the point is the traffic the ones it offers cause.
      if (
        await Promise.race([
          run.then(
            () => true,
            () => false,
          ),
          timeout,
        ])
      )
        operations++;
    }
  }
  return operations;
}

async function visitDemoPage(
  stage: Stage,
  path: string,
): Promise<{ record: PrivacyRecord; problems: string[] }> {
  await portalLog(stage, 'DELETE');
  const gate = await GatePage.open(
    stage,
    { gate: 'privacy', element: '*', state: path },
    { flavor: 'demo', url: `${stage.demoSite}/${path}`, alsoAllowed: stage.demoPortalOrigins },
  );
  const problems: string[] = [];
  try {
    await gate.page.waitForNetworkIdle({ idleTime: 500, timeout: 30000 }).catch(() => undefined);
    await useElements(gate);
    await gate.page.waitForNetworkIdle({ idleTime: 500, timeout: 30000 }).catch(() => undefined);
    const log = await portalLog(stage, 'GET');
    const cookiesSet = await gate.cookies();
    const storage = await gate.storageEntries();
    const site = new URL(stage.demoSite).origin;
    const referrers = [...new Set(log.map((e) => e.referer).filter((r): r is string => r !== null))];
    const record: PrivacyRecord = {
      page: path,
      requests: gate.requests.length,
      portalRequests: log.length,
      thirdParty: gate.thirdPartyRequests(),
      cookiesSent: log.filter((e) => e.cookies).length,
      cookiesSet,
      storage,
      referrers,
    };
    problems.push(
      ...record.thirdParty.map((url) => `request to a third party: ${url}`),
      ...log.filter((e) => e.cookies).map((e) => `cookie sent to the portal: ${e.url}`),
      ...log.filter((e) => e.authorization).map((e) => `Authorization header sent to the portal: ${e.url}`),
      ...log
        .filter((e) => e.origin !== null && e.origin !== site)
        .map((e) => `portal request from ${e.origin}`),
      ...referrers.filter((r) => r !== `${site}/`).map((r) => `Referer beyond the origin: ${r}`),
      ...(cookiesSet ? [`${cookiesSet} cookies set`] : []),
      ...(storage ? [`${storage} entries in web storage, IndexedDB or Cache Storage`] : []),
      ...(await gate.ambientProblems()).filter((p) => !p.startsWith('request to a third party')),
    );
    return { record, problems };
  } finally {
    await gate.close();
  }
}

describe('privacy gate: every demo page, loaded and used', function () {
  before(() => figures.gatesRun.add('privacy'));

  it('finds the demo pages', () => {
    expect(demoPages).to.include.members(['index.html', 'table.html', 'builder.html']);
  });

  for (const path of demoPages) {
    it(`${path}: only the page's origin and the portal, no cookies, no storage, Referer at most the origin`, async () => {
      const stage = await getStage();
      const { record, problems } = await visitDemoPage(stage, path);
      figures.privacy.push(record);
      expect(record.requests, 'the page made requests at all').to.be.greaterThan(0);
      expect(problems).to.deep.equal([]);
    });
  }
});
