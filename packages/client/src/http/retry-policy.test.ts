import { expect } from 'chai';
import fc from 'fast-check';
import { fakeFetch, json } from '../../test/fake-fetch.js';
import { ManualClock } from '../../test/manual-clock.js';
import { HttpClient } from './http-client.js';
import { resolveCache } from './response-cache.js';
import { backoffDelay, parseRetryAfter, resolveRetry } from './retry-policy.js';
import { createHttpState } from './shared-state.js';

describe('retry policy', () => {
  it('backoff waits lie in [0, min(maxDelay, baseDelay · 2^(n−1))] for every random draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, baseDelay, maxDelay, draw) => {
          const options = resolveRetry({ baseDelay, maxDelay });
          const delay = backoffDelay(retry, options, () => draw);
          expect(delay).to.be.at.least(0);
          expect(delay).to.be.at.most(Math.min(maxDelay, baseDelay * 2 ** (retry - 1)));
        },
      ),
    );
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores what it cannot read', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter(new Date(now + 30_000).toUTCString(), now)).to.equal(30_000);
    expect(parseRetryAfter(new Date(now - 30_000).toUTCString(), now)).to.equal(0);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
  });

  it('never exceeds the attempt limit or the deadline, whatever fails and whatever random says', async () => {
    const failure = fc.oneof(
      fc.constantFrom(408, 429, 500, 502, 503, 504).map((status) => ({ status })),
      fc.constant({ network: true }),
      fc.constant({ status: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(failure, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 100, max: 20_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (answers, limit, deadline, draw) => {
          const clock = new ManualClock();
          const start = clock.now();
          const fetchFn = fakeFetch((_url, _init, i) => {
            const answer = answers[Math.min(i, answers.length - 1)];
            if ('network' in answer) throw new TypeError('fetch failed');
            return json({}, answer.status);
          });
          const http = new HttpClient({
            fetch: fetchFn,
            timeout: 10_000,
            deadline,
            retry: resolveRetry({ limit }),
            cache: resolveCache(false),
            headers: {},
            clock,
            random: () => draw,
            conditionalRequests: true,
            pageOrigin: undefined,
            state: createHttpState(),
          });
          await clock.settle(http.getJson('https://portal.example/api/3/action/status_show'));
          expect(fetchFn.calls.length).to.be.at.most(limit + 1);
          expect(clock.now() - start).to.be.at.most(deadline);
          const firstSuccess = answers.findIndex((a) => 'status' in a && a.status === 200);
          if (firstSuccess >= 0) expect(fetchFn.calls.length).to.be.at.most(firstSuccess + 1);
        },
      ),
      { numRuns: 150 },
    );
  });
});
