import { expect } from 'chai';
import { NetworkError } from '../errors.js';
import { jsonpFetch } from './jsonp-fetch.js';

/** Answers the next JSONP script the page inserts by calling its callback, as a portal's script would. */
function answerNextScript(data: unknown): Promise<HTMLScriptElement> {
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLScriptElement && node.src.includes('callback=')) {
            observer.disconnect();
            const name = new URL(node.src).searchParams.get('callback')!;
            (window as unknown as Record<string, (d: unknown) => void>)[name](data);
            resolve(node);
          }
        }
      }
    });
    observer.observe(document.head, { childList: true });
  });
}

describe('jsonpFetch (browsers)', () => {
  it('loads JSON through a script with a callback and cleans up after itself', async () => {
    const answered = answerNextScript({ success: true, result: ['moers'] });
    const response = await jsonpFetch('https://portal.invalid/api/3/action/organization_list?limit=1');
    const script = await answered;
    expect(new URL(script.src).searchParams.get('limit')).to.equal('1');
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ success: true, result: ['moers'] });
    expect(script.isConnected).to.equal(false);
    expect(Object.keys(window).filter((k) => k.startsWith('__odwJsonp'))).to.deep.equal([]);
  });

  it('rejects with a NetworkError when the script cannot load', async () => {
    const error = await jsonpFetch(`${location.origin}/no-such-jsonp-endpoint`).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NetworkError);
  });

  it('rejects with the abort reason and removes the script when aborted', async () => {
    const controller = new AbortController();
    const pending = jsonpFetch('https://portal.invalid/api/3/action/status_show', {
      signal: controller.signal,
    });
    controller.abort();
    const error = (await pending.catch((e: unknown) => e)) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(document.head.querySelector('script[src*="portal.invalid"]')).to.equal(null);
  });
});
