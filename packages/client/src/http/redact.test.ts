import { expect } from 'chai';
import fc from 'fast-check';
import { redactUrl } from './redact.js';

describe('redactUrl', () => {
  it('replaces the values of key and token parameters, keeping everything else as it was', () => {
    expect(
      redactUrl('https://p.example/api/3/action/x?id=a%20b&apikey=123&Authorization=Bearer%20x&q=k'),
    ).to.equal('https://p.example/api/3/action/x?id=a%20b&apikey=[REDACTED]&Authorization=[REDACTED]&q=k');
    expect(redactUrl('https://p.example/x?access_token=t&token=u&api-key=v')).to.equal(
      'https://p.example/x?access_token=[REDACTED]&token=[REDACTED]&api-key=[REDACTED]',
    );
  });

  it('removes user and password from the authority', () => {
    expect(redactUrl('https://user:pa55@p.example/api?x=1')).to.equal('https://[REDACTED]@p.example/api?x=1');
  });

  it('never lets a secret value through, whatever it contains', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 4 }).filter((s) => /[a-z0-9]{4}/i.test(s)),
        (secret) => {
          const url = `https://p.example/a?id=1&api_key=${encodeURIComponent(secret)}&b=2`;
          const redacted = redactUrl(url);
          expect(redacted).not.to.contain(encodeURIComponent(secret));
          expect(redacted).to.equal('https://p.example/a?id=1&api_key=[REDACTED]&b=2');
        },
      ),
    );
  });
});
