import { expect } from 'chai';
import { splitStatements } from './sql-statements.js';

describe('splitStatements', () => {
  it('splits at semicolons outside literals, identifiers, comments and dollar quotes', () => {
    expect(splitStatements('SELECT 1')).to.have.length(1);
    expect(splitStatements('SELECT 1;')).to.have.length(1);
    expect(splitStatements('SELECT 1; SELECT 2')).to.have.length(2);
    expect(splitStatements(`SELECT ';' AS a, "x;y" FROM t -- ;\n/* ; */ WHERE b = $$;$$`)).to.have.length(1);
    expect(splitStatements(`SELECT 'it''s; fine'`)).to.have.length(1);
  });
});
