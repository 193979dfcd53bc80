/** A token of the SQL odw generates: what a PostgreSQL lexer would see. */
export type SqlToken =
  | { kind: 'identifier'; value: string }
  | { kind: 'literal'; value: string }
  | { kind: 'word' | 'number' | 'symbol'; value: string };

/**
 * Splits SQL into tokens the way PostgreSQL does for the subset odw writes: quoted identifiers with
 * doubled quotes, E'' literals with doubled quotes and backslash escapes, plain '' literals, words,
 * numbers and operators. Any other character throws, so a test sees every token a value could smuggle in.
 */
export function sqlTokens(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  const readQuoted = (quote: string, backslashEscapes: boolean): string => {
    let value = '';
    i++;
    for (;;) {
      if (i >= sql.length) throw new Error(`Unterminated ${quote} at ${i}`);
      const c = sql[i];
      if (backslashEscapes && c === '\\') {
        value += sql[i + 1];
        i += 2;
      } else if (c === quote) {
        if (sql[i + 1] === quote) {
          value += quote;
          i += 2;
        } else {
          i++;
          return value;
        }
      } else {
        value += c;
        i++;
      }
    }
  };
  while (i < sql.length) {
    const c = sql[i];
    if (c === ' ') i++;
    else if (c === '"') tokens.push({ kind: 'identifier', value: readQuoted('"', false) });
    else if ((c === 'E' || c === 'e') && sql[i + 1] === "'") {
      i++;
      tokens.push({ kind: 'literal', value: readQuoted("'", true) });
    } else if (c === "'") tokens.push({ kind: 'literal', value: readQuoted("'", false) });
    else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i))![0];
      tokens.push({ kind: 'word', value: word.toUpperCase() });
      i += word.length;
    } else if (/[0-9]/.test(c)) {
      const number = /^[0-9]+/.exec(sql.slice(i))![0];
      tokens.push({ kind: 'number', value: number });
      i += number.length;
    } else {
      const symbol = ['::', '<>', '<=', '>='].find((s) => sql.startsWith(s, i)) ?? c;
      if (!['::', '<>', '<=', '>=', '=', '<', '>', '(', ')', ',', '*'].includes(symbol)) {
        throw new Error(`Unexpected character ${JSON.stringify(c)} at ${i} in ${sql}`);
      }
      tokens.push({ kind: 'symbol', value: symbol });
      i += symbol.length;
    }
  }
  return tokens;
}

/** The statement's shape: tokens with identifier and literal contents blanked out. */
export function sqlShape(tokens: SqlToken[]): string {
  return tokens
    .map((t) => (t.kind === 'identifier' ? '"…"' : t.kind === 'literal' ? "'…'" : t.value))
    .join(' ');
}
