/**
 * What a reader changed in a table: sort, column filters, search, page. It is the `state` property, the
 * `odw-state` event's detail, and (with `sync-url`) part of the page address, so a view can be shared.
 */
import type { Condition, OrderBy } from '@odw/client';
import { formatFilterAttribute, parseFilterAttribute, type FilterTerm } from './filter-attribute.js';
import { formatSortAttribute, parseSortAttribute } from './sort-attribute.js';

/** The reader's view of a table. */
export interface TableState {
  /** Sort keys, most significant first. */
  sort: OrderBy[];
  /** Column filters set by the reader; the `filter` attribute's conditions apply in addition. */
  filters: Condition[];
  /** Search text, as typed. */
  search: string;
  /** Page number, starting at 1. */
  page: number;
  /** Rows per page. */
  pageSize: number;
}

/** Detail of the `odw-state` event: the new state. */
export type OdwStateDetail = TableState;

declare global {
  interface HTMLElementEventMap {
    'odw-state': CustomEvent<OdwStateDetail>;
  }
}

/** State read from a share link; filters stay untyped until the columns are known. */
export interface LinkedState {
  sort?: OrderBy[];
  filterTerms?: FilterTerm[];
  search?: string;
  page?: number;
  pageSize?: number;
}

/** Whether two states would show the same rows. */
export function sameState(a: TableState, b: TableState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Writes `state` into the URL hash under `key`, keeping other hash parameters (e.g. of another table). */
export function writeStateToHash(hash: string, key: string, state: TableState, defaults: TableState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const entries: [string, string][] = [
    ['sort', formatSortAttribute(state.sort)],
    ['filter', formatFilterAttribute(state.filters)],
    ['q', state.search],
    ['page', state.page === 1 ? '' : String(state.page)],
    ['size', state.pageSize === defaults.pageSize ? '' : String(state.pageSize)],
  ];
  for (const [name, value] of entries) {
    const param = `${key}.${name}`;
    const isDefault = name === 'sort' ? value === formatSortAttribute(defaults.sort) : value === '';
    if (isDefault) params.delete(param);
    else params.set(param, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Reads what `writeStateToHash` wrote; unreadable parts are left out (an old link must not break the page). */
export function readStateFromHash(hash: string, key: string): LinkedState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: LinkedState = {};
  const get = (name: string) => params.get(`${key}.${name}`);
  try {
    if (get('sort') !== null) state.sort = parseSortAttribute(get('sort'), 'sync-url');
  } catch {
    /* ignore an unreadable sort */
  }
  try {
    if (get('filter') !== null) state.filterTerms = parseFilterAttribute(get('filter'), 'sync-url');
  } catch {
    /* ignore unreadable filters */
  }
  if (get('q') !== null) state.search = get('q')!;
  const page = Number(get('page'));
  if (Number.isInteger(page) && page >= 1) state.page = page;
  const size = Number(get('size'));
  if (Number.isInteger(size) && size >= 1 && size <= 1000) state.pageSize = size;
  return state;
}
