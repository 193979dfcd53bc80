import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('lets absolute http, https and mailto URLs through', () => {
    expect(safeUrl('https://www.offenesdatenportal.de/dataset/x')).to.equal(
      'https://www.offenesdatenportal.de/dataset/x',
    );
    expect(safeUrl('HTTP://example.org')).to.equal('http://example.org/');
    expect(safeUrl('mailto:info@moers.de')).to.equal('mailto:info@moers.de');
  });

  it('rejects other schemes in any disguise', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      '',
    ]) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });

  it('only ever returns URLs whose scheme is http, https or mailto', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.constantFrom('javascript:', 'data:', 'vbscript:').chain((s) => fc.string().map((t) => s + t)),
        ),
        (text) => {
          const result = safeUrl(text);
          if (result !== undefined)
            expect(['http:', 'https:', 'mailto:']).to.include(new URL(result).protocol);
        },
      ),
    );
  });
});
