/**
 * Checks a `datastore_search_sql` query by its plan, before it runs. Like CKAN, the plan from
 * `EXPLAIN (VERBOSE, FORMAT JSON)` names the tables and functions used: system tables and functions outside
 * an allow-list (CKAN's `allowed_functions.txt` idea) are refused. PGlite runs in the server's own thread and
 * ignores `statement_timeout`, so queries whose estimated cost is too high, and recursive queries, are refused
 * too: one runaway query would stop the whole portal.
 */

/** Plan cost above which a query is refused; a full sort of the 672 339-row traffic table costs ≈ 1e5. */
export const MAX_PLAN_COST = 5_000_000;

/** Functions a query may call: aggregates, window functions, string, number, date and text-search functions. */
const ALLOWED_FUNCTIONS = new Set(
  `count sum avg min max stddev stddev_pop stddev_samp variance var_pop var_samp string_agg array_agg json_agg
  jsonb_agg json_object_agg bool_and bool_or every percentile_cont percentile_disc mode corr covar_pop covar_samp
  regr_slope regr_intercept regr_r2 row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value
  last_value nth_value abs round ceil ceiling floor trunc sqrt cbrt power pow exp ln log log10 mod sign div
  width_bucket greatest least coalesce nullif lower upper initcap length char_length octet_length substring substr
  trim btrim ltrim rtrim replace concat concat_ws left right lpad rpad position strpos split_part reverse format
  regexp_replace regexp_match regexp_matches regexp_like starts_with translate to_char to_number to_date
  to_timestamp date_trunc date_part extract age make_date make_timestamp justify_days to_json to_jsonb
  json_build_object json_build_array jsonb_build_object array_length array_to_string unnest cardinality
  to_tsvector to_tsquery plainto_tsquery phraseto_tsquery websearch_to_tsquery ts_rank ts_rank_cd ts_headline
  numeric int4 int8 float8 text date timestamp bool`.split(/\s+/),
);

/** Words that deparsed SQL writes directly before `(` although they are no function. */
const NOT_FUNCTIONS = new Set(['any', 'all', 'in', 'exists', 'row', 'values', 'array', 'over', 'filter']);

/** Why a plan is refused. */
export type PlanProblem =
  | { kind: 'system-table'; name: string }
  | { kind: 'unknown-table'; name: string }
  | { kind: 'function'; name: string }
  | { kind: 'too-expensive'; cost: number }
  | { kind: 'recursive' };

interface PlanNode {
  [key: string]: unknown;
  Plans?: PlanNode[];
}

/** Function names called in a deparsed expression, ignoring quoted identifiers and string literals. */
function calledFunctions(expression: string): string[] {
  const bare = expression.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  return [...bare.matchAll(/([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\(/g)].map((m) =>
    m[1].toLowerCase().replace(/^pg_catalog\./, ''),
  );
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  return [];
}

/** The first problem of a plan, or `null` when the query may run. */
export function checkPlan(plan: PlanNode, isDatastoreTable: (name: string) => boolean): PlanProblem | null {
  const cost = Number(plan['Total Cost'] ?? 0);
  if (cost > MAX_PLAN_COST) return { kind: 'too-expensive', cost };
  const stack: PlanNode[] = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    if (node['Node Type'] === 'Recursive Union') return { kind: 'recursive' };
    const relation = node['Relation Name'];
    if (typeof relation === 'string') {
      if (node.Schema !== 'public' || relation.startsWith('pg_'))
        return { kind: 'system-table', name: relation };
      if (!isDatastoreTable(relation)) return { kind: 'unknown-table', name: relation };
    }
    const functionName = node['Function Name'];
    if (typeof functionName === 'string' && !ALLOWED_FUNCTIONS.has(functionName.toLowerCase())) {
      return { kind: 'function', name: functionName };
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'Plans' || key === 'Relation Name' || key === 'Alias' || key === 'Schema') continue;
      for (const name of strings(value).flatMap(calledFunctions)) {
        if (!NOT_FUNCTIONS.has(name) && !ALLOWED_FUNCTIONS.has(name)) return { kind: 'function', name };
      }
    }
    stack.push(...(node.Plans ?? []));
  }
  return null;
}
