import { expect } from 'chai';
import { CorsError, NetworkError, OdwError, PortalError, QueryError } from './errors.js';

describe('client errors', () => {
  it('carry the request URL, status and cause, and keep the class chain for instanceof checks', () => {
    const cause = new TypeError('Failed to fetch');
    const error = new CorsError('blocked', { url: 'https://portal.example/api', cause });
    expect(error).to.be.instanceOf(NetworkError).and.instanceOf(OdwError).and.instanceOf(Error);
    expect(error.name).to.equal('CorsError');
    expect(error.url).to.equal('https://portal.example/api');
    expect(error.cause).to.equal(cause);
  });

  it('name the CKAN error type and the bad query part', () => {
    expect(new PortalError('Not found', 'Not Found Error', { status: 404 })).to.include({
      code: 'Not Found Error',
      status: 404,
    });
    expect(new QueryError('unknown field', 'where[0].field').part).to.equal('where[0].field');
  });
});
