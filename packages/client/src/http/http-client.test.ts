import { expect } from 'chai';
import { fakeFetch, hang, json, type FakeFetch } from '../../test/fake-fetch.js';
import { ManualClock } from '../../test/manual-clock.js';
import { CorsError, HttpError, NetworkError, TimeoutError } from '../errors.js';
import { HttpClient, type HttpSettings } from './http-client.js';
import { resolveCache } from './response-cache.js';
import { resolveRetry } from './retry-policy.js';
import { createHttpState } from './shared-state.js';

const URL_A = 'https://portal.example/api/3/action/package_show?id=a';

function client(fetchFn: FakeFetch, clock: ManualClock, overrides: Partial<HttpSettings> = {}): HttpClient {
  return new HttpClient({
    fetch: fetchFn,
    timeout: 10_000,
    deadline: 30_000,
    retry: resolveRetry(undefined),
    cache: resolveCache(undefined),
    headers: {},
    clock,
    random: () => 0.5,
    conditionalRequests: true,
    pageOrigin: undefined,
    state: createHttpState(),
    ...overrides,
  });
}

describe('HttpClient', () => {
  describe('requests', () => {
    it('never sends credentials and adds no headers to a plain GET (no CORS preflight)', async () => {
      const fetchFn = fakeFetch(() => json({ ok: 1 }));
      await client(fetchFn, new ManualClock()).getJson(URL_A);
      const { init } = fetchFn.calls[0];
      expect(init.credentials).to.equal('omit');
      expect(init.method).to.equal('GET');
      expect(init.headers).to.equal(undefined);
      expect(init.referrerPolicy).to.equal('strict-origin-when-cross-origin');
    });

    it('returns any HTTP status with its parsed JSON body for the adapter to decode', async () => {
      const fetchFn = fakeFetch(() => json({ success: false }, 404));
      const response = await client(fetchFn, new ManualClock()).getJson(URL_A);
      expect(response).to.include({ status: 404, ok: false, stale: false });
      expect(response.body).to.deep.equal({ success: false });
    });

    it('rejects an HTML page with status 200 as an HttpError that quotes what arrived', async () => {
      const fetchFn = fakeFetch(() => new Response('<!DOCTYPE html><title>Wartung</title>', { status: 200 }));
      const error = await client(fetchFn, new ManualClock())
        .getJson(URL_A)
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).message)
        .to.contain('<!DOCTYPE html>')
        .and.contain('status 200');
    });

    it('rejects truncated JSON as an HttpError, not a SyntaxError', async () => {
      const fetchFn = fakeFetch(() => new Response('{"success": true, "result": [1, 2', { status: 200 }));
      const error = await client(fetchFn, new ManualClock())
        .getJson(URL_A)
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).cause).to.be.instanceOf(SyntaxError);
    });

    it('redacts API keys in the URL it reports', async () => {
      const fetchFn = fakeFetch(() => {
        throw new TypeError('fetch failed');
      });
      const http = client(fetchFn, new ManualClock(), { retry: resolveRetry(false) });
      const error = (await http.getJson(`${URL_A}&api_key=s3cret`).catch((e: unknown) => e)) as NetworkError;
      expect(error).to.be.instanceOf(NetworkError);
      expect(error.url).to.equal(`${URL_A}&api_key=[REDACTED]`);
      expect(error.message).not.to.contain('s3cret');
    });
  });

  describe('retries', () => {
    it('retries a 503 with backoff and returns the answer that follows', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch((_url, _init, i) => (i === 0 ? json({}, 503) : json({ ok: true })));
      const outcome = await clock.settle(client(fetchFn, clock).getJson(URL_A));
      expect(outcome.value?.body).to.deep.equal({ ok: true });
      expect(fetchFn.calls).to.have.length(2);
    });

    it('does not retry statuses that will not change (404, 409, 400, 403)', async () => {
      for (const status of [400, 403, 404, 409, 410, 422]) {
        const clock = new ManualClock();
        const fetchFn = fakeFetch(() => json({}, status));
        const outcome = await clock.settle(client(fetchFn, clock).getJson(URL_A));
        expect(outcome.value?.status).to.equal(status);
        expect(fetchFn.calls, `status ${status}`).to.have.length(1);
      }
    });

    it('gives up after the retry limit and returns the last error status', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch(() => json({}, 502));
      const outcome = await clock.settle(client(fetchFn, clock).getJson(URL_A));
      expect(outcome.value?.status).to.equal(502);
      expect(fetchFn.calls).to.have.length(3);
    });

    it('waits at least as long as Retry-After asks', async () => {
      const clock = new ManualClock();
      const start = clock.now();
      const fetchFn = fakeFetch((_url, _init, i) =>
        i === 0 ? json({}, 429, { 'Retry-After': '7' }) : json({}),
      );
      await clock.settle(client(fetchFn, clock).getJson(URL_A));
      expect(fetchFn.calls).to.have.length(2);
      expect(clock.now() - start).to.be.at.least(7000);
    });

    it('fails at once when Retry-After asks for longer than the longest wait', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch(() => json({}, 503, { 'Retry-After': '3600' }));
      const outcome = await clock.settle(client(fetchFn, clock).getJson(URL_A));
      expect(outcome.value?.status).to.equal(503);
      expect(fetchFn.calls).to.have.length(1);
    });

    it('pauses the whole origin after a 429 with Retry-After', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch((url) =>
        url.searchParams.get('id') === 'a' ? json({}, 429, { 'Retry-After': '5' }) : json({ id: 'b' }),
      );
      const http = client(fetchFn, clock, { retry: resolveRetry({ limit: 0 }) });
      await clock.settle(http.getJson(URL_A));
      const start = clock.now();
      const outcome = await clock.settle(http.getJson(URL_A.replace('id=a', 'id=b')));
      expect(outcome.value?.body).to.deep.equal({ id: 'b' });
      expect(clock.now() - start).to.be.at.least(4999);
    });

    it('retries a network error, but not a CORS refusal', async () => {
      const clock = new ManualClock();
      const failing = fakeFetch((_url, init) => {
        if (init.mode === 'no-cors') throw new TypeError('Failed to fetch');
        throw new TypeError('Failed to fetch');
      });
      const network = await clock.settle(
        client(failing, clock, { pageOrigin: 'https://city.example' }).getJson(URL_A),
      );
      expect(network.error).to.be.instanceOf(NetworkError).and.not.instanceOf(CorsError);
      expect(failing.calls.filter((c) => c.init.mode !== 'no-cors')).to.have.length(3);

      const cors = fakeFetch((_url, init) => {
        if (init.mode === 'no-cors') return new Response(null, { status: 200 });
        throw new TypeError('Failed to fetch');
      });
      const refused = await clock.settle(
        client(cors, clock, { pageOrigin: 'https://city.example' }).getJson(URL_A),
      );
      expect(refused.error).to.be.instanceOf(CorsError);
      expect((refused.error as CorsError).hint)
        .to.contain('ckan.cors.origin_allow_all')
        .and.contain('https://city.example');
      expect(cors.calls.filter((c) => c.init.mode !== 'no-cors')).to.have.length(1);
    });

    it('stops retrying when the origin has spent its retry budget', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch(() => json({}, 503));
      const http = client(fetchFn, clock);
      // 20 tokens at 5 per retry: four retries for the whole origin, then none.
      for (let i = 0; i < 6; i++) await clock.settle(http.getJson(`${URL_A}${i}`));
      expect(fetchFn.calls).to.have.length(6 + 4);
    });
  });

  describe('timeouts and abort', () => {
    it('times out a hanging attempt, retries, and rejects with a TimeoutError', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch((_url, init) => hang(init));
      const http = client(fetchFn, clock, { timeout: 1000, deadline: 60_000 });
      const outcome = await clock.settle(http.getJson(URL_A));
      expect(outcome.error).to.be.instanceOf(TimeoutError);
      expect((outcome.error as TimeoutError).message).to.contain('3 attempts');
      expect(fetchFn.calls).to.have.length(3);
    });

    it('stops at the total deadline', async () => {
      const clock = new ManualClock();
      const start = clock.now();
      const fetchFn = fakeFetch((_url, init) => hang(init));
      const http = client(fetchFn, clock, { timeout: 10_000, deadline: 4000 });
      const outcome = await clock.settle(http.getJson(URL_A));
      expect(outcome.error).to.be.instanceOf(TimeoutError);
      expect(clock.now() - start).to.be.at.most(4000);
    });

    it('rejects with the abort reason when the caller aborts, and requests nothing more', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch(() => json({}, 503));
      const controller = new AbortController();
      const pending = client(fetchFn, clock).getJson(URL_A, { signal: controller.signal });
      await clock.advance(1); // first attempt failed, now waiting to retry
      controller.abort();
      const outcome = await clock.settle(pending);
      expect((outcome.error as DOMException).name).to.equal('AbortError');
      await clock.advance(60_000);
      expect(fetchFn.calls).to.have.length(1);
    });
  });

  describe('sharing and caching', () => {
    it('shares one request among identical requests in flight', async () => {
      const clock = new ManualClock();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const fetchFn = fakeFetch(async () => {
        await gate;
        return json({ n: 1 });
      });
      const http = client(fetchFn, clock);
      const all = Promise.all([1, 2, 3, 4, 5].map(() => http.getJson(URL_A)));
      release();
      const results = await all;
      expect(fetchFn.calls).to.have.length(1);
      expect(results.map((r) => r.body)).to.deep.equal([1, 2, 3, 4, 5].map(() => ({ n: 1 })));
    });

    it('keeps the shared request alive while one caller still waits, aborts it when all left', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch((_url, init) => hang(init));
      const http = client(fetchFn, clock);
      const a = new AbortController();
      const b = new AbortController();
      const first = http.getJson(URL_A, { signal: a.signal }).catch((e: unknown) => e);
      const second = http.getJson(URL_A, { signal: b.signal }).catch((e: unknown) => e);
      a.abort();
      expect(((await first) as DOMException).name).to.equal('AbortError');
      expect(fetchFn.calls[0].init.signal!.aborted).to.equal(false);
      b.abort();
      await second;
      expect(fetchFn.calls[0].init.signal!.aborted).to.equal(true);
    });

    it('answers from the cache within the TTL, then revalidates with the ETag', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch((_url, init) => {
        const etag = (init.headers as Record<string, string> | undefined)?.['If-None-Match'];
        return etag === '"v1"' ? new Response(null, { status: 304 }) : json({ v: 1 }, 200, { ETag: '"v1"' });
      });
      const http = client(fetchFn, clock);
      await http.getJson(URL_A);
      await clock.advance(10_000);
      expect((await http.getJson(URL_A)).body).to.deep.equal({ v: 1 });
      expect(fetchFn.calls).to.have.length(1);
      await clock.advance(30_000);
      const revalidated = await http.getJson(URL_A);
      expect(fetchFn.calls).to.have.length(2);
      expect(fetchFn.calls[1].init.headers).to.deep.equal({ 'If-None-Match': '"v1"' });
      expect(revalidated).to.include({ status: 200, stale: false });
      expect(revalidated.body).to.deep.equal({ v: 1 });
    });

    it('sends no conditional header in browsers (it would force a CORS preflight)', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch(() => json({ v: 1 }, 200, { ETag: '"v1"' }));
      const http = client(fetchFn, clock, { conditionalRequests: false });
      await http.getJson(URL_A);
      await clock.advance(60_000);
      await http.getJson(URL_A);
      expect(fetchFn.calls[1].init.headers).to.equal(undefined);
    });

    it('serves the last good answer marked stale when a refresh fails', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch((_url, _init, i) => (i === 0 ? json({ v: 1 }) : json({}, 503)));
      const http = client(fetchFn, clock);
      await http.getJson(URL_A);
      const fetchedAt = clock.now();
      await clock.advance(60_000);
      const outcome = await clock.settle(http.getJson(URL_A));
      expect(outcome.value).to.include({ stale: true, fetchedAt });
      expect(outcome.value?.body).to.deep.equal({ v: 1 });
    });

    it('asks again when the caller wants a fresh answer', async () => {
      const clock = new ManualClock();
      const fetchFn = fakeFetch((_url, _init, i) => json({ v: i }));
      const http = client(fetchFn, clock);
      await http.getJson(URL_A);
      const fresh = await http.getJson(URL_A, { fresh: true });
      expect(fresh.body).to.deep.equal({ v: 1 });
      expect(fetchFn.calls[1].init.cache).to.equal('no-cache');
    });
  });
});
