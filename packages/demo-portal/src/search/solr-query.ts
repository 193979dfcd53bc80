/**
 * Parses the subset of Solr's standard query syntax that CKAN clients send in `q` and `fq`:
 * `field:value`, `field:"a phrase"`, `field:(a OR b)`, `field:[a TO b]`, `field:*`, `val*`, `*:*`,
 * `+`/`-`/`NOT`, `AND`/`OR` and parentheses. Clauses without an operator are combined with AND, as CKAN's
 * facet filters expect.
 */

/** A parsed query. */
export type QueryNode =
  | { kind: 'all' }
  | { kind: 'and' | 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'term'; field?: string; value: string; phrase: boolean }
  | { kind: 'range'; field: string; from: string; to: string };

/** A syntax error, answered as CKAN's Search Query Error. */
export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError';
}

type Token =
  | { type: 'word'; text: string }
  | { type: 'phrase'; text: string }
  | { type: 'range'; from: string; to: string }
  | { type: '(' | ')' | '+' | '-' };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: ch });
      i++;
    } else if ((ch === '+' || ch === '-') && (i === 0 || /[\s(]/.test(input[i - 1]))) {
      tokens.push({ type: ch });
      i++;
    } else if (ch === '"') {
      const end = input.indexOf('"', i + 1);
      if (end === -1)
        throw new QuerySyntaxError(`Cannot parse '${input}': Lexical error: unterminated phrase`);
      tokens.push({ type: 'phrase', text: input.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '[' || ch === '{') {
      const end = input.slice(i).search(/[\]}]/);
      if (end === -1) throw new QuerySyntaxError(`Cannot parse '${input}': unterminated range`);
      const match = /^[[{]\s*(\S+)\s+TO\s+(\S+)\s*[\]}]$/.exec(input.slice(i, i + end + 1));
      if (!match) throw new QuerySyntaxError(`Cannot parse '${input}': malformed range`);
      tokens.push({ type: 'range', from: match[1], to: match[2] });
      i += end + 1;
    } else {
      let j = i;
      while (
        j < input.length &&
        !/[\s()"]/.test(input[j]) &&
        !(input[j] === ':' && /["[{]/.test(input[j + 1] ?? ''))
      ) {
        if (input[j] === '\\') j++;
        j++;
      }
      if (input[j] === ':') j++;
      tokens.push({ type: 'word', text: input.slice(i, j).replace(/\\(.)/g, '$1') });
      i = j;
    }
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): QueryNode {
    const node = this.expression();
    if (this.i < this.tokens.length) this.fail('unexpected )');
    return node;
  }

  private fail(why: string): never {
    throw new QuerySyntaxError(`Cannot parse '${this.source}': ${why}`);
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token?.type === 'word' && token.text === text;
  }

  /** Clauses joined by AND/OR; AND binds tighter, adjacent clauses are ANDed. */
  private expression(field?: string): QueryNode {
    const alternatives: QueryNode[][] = [[]];
    while (this.i < this.tokens.length && this.peek()?.type !== ')') {
      if (this.isWord('OR') || this.isWord('||')) {
        this.i++;
        alternatives.push([]);
        continue;
      }
      if (this.isWord('AND') || this.isWord('&&')) {
        this.i++;
        continue;
      }
      alternatives[alternatives.length - 1].push(this.clause(field));
    }
    const groups = alternatives
      .filter((a) => a.length)
      .map((a) => (a.length === 1 ? a[0] : { kind: 'and' as const, children: a }));
    if (groups.length === 0) return { kind: 'all' };
    return groups.length === 1 ? groups[0] : { kind: 'or', children: groups };
  }

  private clause(field?: string): QueryNode {
    const token = this.peek();
    if (token?.type === '+') {
      this.i++;
      return this.clause(field);
    }
    if (token?.type === '-' || this.isWord('NOT')) {
      this.i++;
      return { kind: 'not', child: this.clause(field) };
    }
    return this.value(field);
  }

  private value(field?: string): QueryNode {
    const token = this.tokens[this.i++];
    if (!token) this.fail('unexpected end');
    switch (token.type) {
      case '(': {
        const inner = this.expression(field);
        if (this.tokens[this.i++]?.type !== ')') this.fail('missing )');
        return inner;
      }
      case 'phrase':
        return { kind: 'term', field, value: token.text, phrase: true };
      case 'range':
        if (!field) this.fail('range without field');
        return { kind: 'range', field, from: token.from, to: token.to };
      case 'word':
        return this.word(token.text, field);
      default:
        return this.fail(`unexpected ${token.type}`);
    }
  }

  private word(text: string, field?: string): QueryNode {
    if (text === '*:*' || (text === '*' && !field)) return { kind: 'all' };
    const colon = text.indexOf(':');
    if (colon > 0 && !field) {
      const name = text.slice(0, colon);
      const rest = text.slice(colon + 1);
      if (rest)
        return rest === '*'
          ? { kind: 'term', field: name, value: '*', phrase: false }
          : this.word(rest, name);
      return this.value(name);
    }
    return { kind: 'term', field, value: text, phrase: false };
  }
}

/** Parses a query; throws {@link QuerySyntaxError}. */
export function parseSolrQuery(input: string): QueryNode {
  return new Parser(tokenize(input), input).parse();
}
