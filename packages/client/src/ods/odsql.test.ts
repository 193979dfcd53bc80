import { expect } from 'chai';
import fc from 'fast-check';
import { QueryError } from '../errors.js';
import type { Field, Query } from '../types.js';
import { odsField, odsqlClauses, odsString } from './odsql.js';

type Token = { kind: 'field' | 'string' | 'word' | 'number' | 'symbol' | 'date'; value: string };

/** Splits ODSQL as the Explore API reads it: backtick names, "…" strings with backslash escapes, date'…'. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ') i++;
    else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) throw new Error('unterminated field');
      out.push({ kind: 'field', value: text.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '"') {
      let value = '';
      i++;
      while (text[i] !== '"') {
        if (i >= text.length) throw new Error('unterminated string');
        if (text[i] === '\\') i++;
        value += text[i++];
      }
      i++;
      out.push({ kind: 'string', value });
    } else if (text.startsWith("date'", i)) {
      const end = text.indexOf("'", i + 5);
      out.push({ kind: 'date', value: text.slice(i + 5, end) });
      i = end + 1;
    } else if (/[a-z_]/i.test(c)) {
      const word = /^[a-z_][a-z0-9_]*/i.exec(text.slice(i))![0];
      out.push({ kind: 'word', value: word.toLowerCase() });
      i += word.length;
    } else if (/[-0-9]/.test(c)) {
      const number = /^-?[0-9.e+]+/i.exec(text.slice(i))![0];
      out.push({ kind: 'number', value: number });
      i += number.length;
    } else {
      const symbol = ['!=', '<=', '>='].find((s) => text.startsWith(s, i)) ?? c;
      if (!['!=', '<=', '>=', '=', '<', '>', '(', ')', ',', '*'].includes(symbol))
        throw new Error(`Unexpected ${c} in ${text}`);
      out.push({ kind: 'symbol', value: symbol });
      i += symbol.length;
    }
  }
  return out;
}

const shape = (text: string) =>
  tokens(text)
    .map((t) => (t.kind === 'string' ? '"…"' : t.kind === 'field' ? '`…`' : t.value))
    .join(' ');

describe('ODSQL', () => {
  it('escapes strings and refuses field names with backticks', () => {
    expect(odsString('say "hi" \\ o/')).to.equal('"say \\"hi\\" \\\\ o/"');
    expect(odsField('einwohner_2020')).to.equal('`einwohner_2020`');
    expect(() => odsField('a`b', 'where[0].field'))
      .to.throw(QueryError)
      .with.property('part', 'where[0].field');
  });

  it('keeps the shape of a where clause whatever the values contain (no injection)', () => {
    const fields: Field[] = [
      { name: 'stadt', type: 'text' },
      { name: 'einwohner', type: 'integer' },
    ];
    const build = (a: string, b: string, q: string): Query => ({
      where: [
        { field: 'stadt', op: '=', value: a },
        { field: 'stadt', op: 'in', value: [b, a] },
        { field: 'einwohner', op: '>', value: 5 },
      ],
      q,
    });
    const expected = shape(odsqlClauses(build('x', 'y', 'z'), fields).where!);
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\0')),
        fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\0')),
        fc.string({ minLength: 1, unit: 'grapheme' }).filter((s) => !s.includes('\0') && s.trim() !== ''),
        (a, b, q) => {
          const where = odsqlClauses(build(a, b, q), fields).where!;
          expect(shape(where)).to.equal(expected);
          expect(
            tokens(where)
              .filter((t) => t.kind === 'string')
              .map((t) => t.value),
          ).to.deep.equal([a, b, a, q.trim()]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('checks numbers and dates before they become ODSQL', () => {
    const fields: Field[] = [
      { name: 'n', type: 'number' },
      { name: 'd', type: 'date' },
    ];
    expect(() => odsqlClauses({ where: [{ field: 'n', op: '=', value: '1 OR 1=1' }] }, fields))
      .to.throw(QueryError)
      .with.property('part', 'where[0].value');
    expect(() => odsqlClauses({ where: [{ field: 'd', op: '<', value: "2020' OR '1" }] }, fields))
      .to.throw(QueryError)
      .with.property('part', 'where[0].value');
    expect(
      odsqlClauses({ where: [{ field: 'd', op: '<', value: '2020-02-01T10:00:00Z' }] }, fields).where,
    ).to.equal("`d` < date'2020-02-01T10:00:00Z'");
  });
});
