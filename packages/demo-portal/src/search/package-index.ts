/**
 * Matches and scores package dicts against a parsed query, with the field kinds of CKAN's Solr schema:
 * string fields (`organization`, `groups`, `tags`, `res_format`, `license_id` …) match exactly and
 * case-sensitively; text fields (`title`, `notes`, `text` …) match word by word, case- and accent-folded,
 * with prefix matching (`haushalt` finds "Haushaltsplan"; Solr's stemming is not reproduced).
 */
import type { CkanGroup, CkanPackage } from '../catalog/catalog.js';
import type { QueryNode } from './solr-query.js';

/** Fields searched by a query term without a field, with CKAN's default boosts (`qf`). */
const DEFAULT_FIELDS: [string, number][] = [
  ['name', 4],
  ['title', 4],
  ['tags', 2],
  ['groups', 2],
  ['text', 1],
];

const TEXT_FIELDS = new Set([
  'title',
  'notes',
  'text',
  'res_name',
  'res_description',
  'author',
  'maintainer',
]);
const DATE_FIELDS = new Set(['metadata_modified', 'metadata_created']);

/** One package prepared for matching. */
export interface IndexedPackage {
  pkg: CkanPackage;
  exact: Map<string, string[]>;
  words: Map<string, string[][]>;
}

/** Lower case, diacritics removed, ß → ss (Solr's ASCIIFoldingFilter does the same). */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Also index `ae`/`oe`/`ue`, so `Bevoelkerung` finds "Bevölkerung". */
function foldVariants(word: string): string[] {
  const lower = word.toLowerCase().replaceAll('ß', 'ss');
  const umlauts = lower.replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue');
  return [...new Set([fold(word), fold(umlauts)])];
}

export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Builds the searchable fields of a package. */
export function indexPackage(pkg: CkanPackage, organizations: Map<string, CkanGroup>): IndexedPackage {
  const org = organizations.get(pkg.owner_org);
  const exact = new Map<string, string[]>([
    ['id', [pkg.id]],
    ['name', [pkg.name]],
    ['organization', [pkg.organization.name]],
    ['owner_org', [pkg.owner_org]],
    ['groups', pkg.groups.map((g) => g.name)],
    ['tags', pkg.tags.map((t) => t.name)],
    ['res_format', pkg.resources.map((r) => r.format)],
    ['license_id', [pkg.license_id]],
    ['type', [pkg.type]],
    ['state', [pkg.state]],
    ['capacity', ['public']],
    ['metadata_modified', [`${pkg.metadata_modified}Z`]],
    ['metadata_created', [`${pkg.metadata_created}Z`]],
    ['num_resources', [String(pkg.num_resources)]],
    ['num_tags', [String(pkg.num_tags)]],
    ['res_url', pkg.resources.map((r) => r.url)],
    ...pkg.extras.flatMap((e) => [
      [`extras_${e.key}`, [e.value]] as [string, string[]],
      [e.key, [e.value]] as [string, string[]],
    ]),
  ]);
  const texts: Record<string, string[]> = {
    title: [pkg.title],
    notes: [pkg.notes],
    author: [pkg.author ?? ''],
    maintainer: [pkg.maintainer ?? ''],
    res_name: pkg.resources.map((r) => r.name),
    res_description: pkg.resources.map((r) => r.description),
  };
  texts.text = [
    pkg.name,
    ...texts.title,
    ...texts.notes,
    ...pkg.tags.map((t) => t.name),
    ...pkg.groups.map((g) => g.title),
    org?.title ?? '',
    ...texts.res_name,
    ...texts.res_description,
    ...pkg.resources.map((r) => r.format),
    ...pkg.extras.map((e) => e.value),
  ];
  const tokenized = new Map<string, string[][]>();
  for (const [field, values] of Object.entries(texts)) {
    tokenized.set(
      field,
      values.map((v) => words(v).flatMap(foldVariants)),
    );
  }
  for (const field of ['name', 'tags', 'groups']) {
    tokenized.set(
      field,
      (exact.get(field) ?? []).map((v) => words(v).flatMap(foldVariants)),
    );
  }
  tokenized.get('groups')!.push(...pkg.groups.map((g) => words(g.title).flatMap(foldVariants)));
  return { pkg, exact, words: tokenized };
}

function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll('?', '.');
  return new RegExp(`^${escaped}$`, 'su');
}

/** Whether a field's token lists contain the query's words (in order, for phrases); each word as a prefix. */
function textMatch(lists: string[][], value: string, phrase: boolean): boolean {
  const query = words(value).map(fold);
  if (query.length === 0) return false;
  return lists.some((tokens) => {
    if (!phrase) return query.every((q) => tokens.some((t) => t.startsWith(q)));
    return tokens.some((_, start) => query.every((q, k) => tokens[start + k] === q));
  });
}

function rangeMatch(values: string[], from: string, to: string): boolean {
  return values.some((v) => {
    const numeric = !Number.isNaN(Number(v)) && from !== '*' ? Number(from) : NaN;
    if (!Number.isNaN(numeric)) {
      return (from === '*' || Number(v) >= Number(from)) && (to === '*' || Number(v) <= Number(to));
    }
    const end = to.replace(/^NOW.*/, '9999');
    return (from === '*' || v >= from.replace(/^NOW.*/, '9999')) && (to === '*' || v <= end);
  });
}

/** The score of a package for a query; 0 means no match. */
export function score(doc: IndexedPackage, node: QueryNode): number {
  switch (node.kind) {
    case 'all':
      return 1;
    case 'and': {
      let total = 0;
      for (const child of node.children) {
        const s = score(doc, child);
        if (s === 0) return 0;
        total += s;
      }
      return total;
    }
    case 'or':
      return node.children.reduce((total, child) => total + score(doc, child), 0);
    case 'not':
      return score(doc, node.child) === 0 ? 1 : 0;
    case 'range':
      return rangeMatch(doc.exact.get(node.field) ?? [], node.from, node.to) ? 1 : 0;
    case 'term':
      return termScore(doc, node);
  }
}

function termScore(doc: IndexedPackage, node: Extract<QueryNode, { kind: 'term' }>): number {
  if (!node.field) {
    return DEFAULT_FIELDS.reduce((best, [field, boost]) => {
      const matched = textMatch(doc.words.get(field) ?? [], node.value, node.phrase);
      return matched ? Math.max(best, boost) : best;
    }, 0);
  }
  if (TEXT_FIELDS.has(node.field))
    return textMatch(doc.words.get(node.field) ?? [], node.value, node.phrase) ? 1 : 0;
  const values = doc.exact.get(node.field) ?? [];
  if (node.value === '*') return values.some((v) => v !== '') ? 1 : 0;
  if (DATE_FIELDS.has(node.field)) return values.some((v) => v.startsWith(node.value)) ? 1 : 0;
  if (!node.phrase && /[*?]/.test(node.value)) {
    const pattern = wildcard(node.value);
    return values.some((v) => pattern.test(v)) ? 1 : 0;
  }
  return values.includes(node.value) ? 1 : 0;
}
