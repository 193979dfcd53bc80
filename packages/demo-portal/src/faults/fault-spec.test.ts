import { expect } from 'chai';
import { FaultRegistry } from './fault-registry.js';
import { FaultSpecError, parseFaultSpec } from './fault-spec.js';

describe('parseFaultSpec', () => {
  it('reads every mode of the protocol', () => {
    const spec = parseFaultSpec(
      'cors-off,latency-250,hang,status-429,retry-after-30,truncated-json,html-200,ckan-error-validation,sql-off,dkan,times-2,id-abc',
    );
    expect(spec).to.deep.include({
      corsOff: true,
      latencyMs: 250,
      hang: true,
      status: 429,
      retryAfter: 30,
      truncatedJson: true,
      html200: true,
      ckanError: 'validation',
      sqlOff: true,
      dkan: true,
      times: 2,
      id: 'abc',
    });
  });

  it('names the first unknown or malformed mode', () => {
    expect(() => parseFaultSpec('status-503,explode')).to.throw(FaultSpecError, /"explode"/);
    expect(() => parseFaultSpec('ckan-error-teapot')).to.throw(FaultSpecError, /teapot/);
    expect(() => parseFaultSpec('status-99')).to.throw(FaultSpecError);
  });
});

describe('FaultRegistry', () => {
  it('counts times per exact spec and merges a server-wide spec with request specs', () => {
    const registry = new FaultRegistry('latency-10');
    const spec = parseFaultSpec('status-503,times-1,id-x');
    expect(registry.resolve([spec])).to.deep.include({ status: 503, latencyMs: 10 });
    expect(registry.resolve([spec])).to.deep.include({ status: undefined, latencyMs: 10 });
    registry.clear();
    expect(registry.resolve([spec]).status).to.equal(503);
    expect(registry.server).to.equal(null);
  });
});
