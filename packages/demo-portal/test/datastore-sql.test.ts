import { expect } from 'chai';
import { action } from './shared-portal.js';

const MOERS = '6c3f1b52-8d3e-4c49-9a51-2f0a4f3b7d11';

describe('datastore_search_sql', () => {
  it('runs a single SELECT with aggregation; numeric values come back as strings, as from CKAN', async () => {
    const sql = `SELECT "Wochentag", sum("Fußgänger insgesamt") AS summe, avg("Kinder")::numeric(10,2) AS kinder FROM "${MOERS}" GROUP BY 1 ORDER BY 1`;
    const { status, body } = await action('datastore_search_sql', { sql });
    expect(status).to.equal(200);
    expect(body.result.sql).to.equal(sql);
    expect(body.result.records).to.have.length(7);
    expect(body.result.fields).to.deep.equal([
      { id: 'Wochentag', type: 'text' },
      { id: 'summe', type: 'int8' },
      { id: 'kinder', type: 'numeric' },
    ]);
    expect(body.result.records[0].Wochentag).to.equal('Friday');
    expect(body.result.records[0].summe).to.be.a('number');
    expect(body.result.records[0].kinder).to.be.a('string');
  });

  it('returns timestamps in ISO format and at most 32 000 records, flagging records_truncated', async () => {
    const { body } = await action('datastore_search_sql', {
      sql: `SELECT "Zeitpunkt der Messung" FROM "${MOERS}" ORDER BY 1 LIMIT 1`,
    });
    expect(body.result.records[0]['Zeitpunkt der Messung']).to.equal('2022-06-01T00:00:00');
    expect(body.result).not.to.have.property('records_truncated');
  });

  const refused: [string, string, number, string][] = [
    ['two statements', `SELECT 1; SELECT 2`, 409, 'Validation Error'],
    ['a DELETE', `DELETE FROM "${MOERS}"`, 409, 'Validation Error'],
    ['syntax errors', `SELEC * FROM "${MOERS}"`, 409, 'Validation Error'],
    ['system tables', 'SELECT * FROM pg_tables', 403, 'Authorization Error'],
    ['functions outside the allow-list', 'SELECT pg_sleep(10)', 403, 'Authorization Error'],
    ['set-returning generators', 'SELECT count(*) FROM generate_series(1, 10)', 403, 'Authorization Error'],
    [
      'recursive queries',
      'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r',
      409,
      'Validation Error',
    ],
    [
      'queries too expensive to run',
      `SELECT count(*) FROM "${MOERS}" a, "${MOERS}" b, "${MOERS}" c`,
      409,
      'Validation Error',
    ],
    ['unknown tables', 'SELECT * FROM "no-such-table"', 409, 'Validation Error'],
  ];
  for (const [name, sql, status, type] of refused) {
    it(`refuses ${name} with ${status} ${type}; the portal keeps running`, async () => {
      const res = await action('datastore_search_sql', { sql });
      expect(res.status).to.equal(status);
      expect(res.body.error.__type).to.equal(type);
      expect((await action('status_show')).status).to.equal(200);
    });
  }

  it('a DELETE does not delete anything', async () => {
    await action('datastore_search_sql', { sql: `DELETE FROM "${MOERS}"` });
    const { body } = await action('datastore_search', { resource_id: MOERS, limit: 0 });
    expect(body.result.total).to.equal(720);
  });
});
