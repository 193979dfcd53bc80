/**
 * `dkan`: answers as DKAN's CKAN-compatible API does (recorded from Düsseldorf's portal): `help` is the
 * action's docstring, `datastore_search` returns `resource_id` as an array, every field as `text` with
 * values as strings, a trailing `entry_id` serial instead of CKAN's `_id`, and no `_links`.
 */
import { actionHelp } from '../ckan/actions/help.js';

interface CkanSearchResult {
  resource_id: string;
  fields: { id: string; type: string }[];
  records: unknown[];
  limit?: number;
  total?: number;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function dkanRecord(record: unknown, fieldIds: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const get = Array.isArray(record)
    ? (id: string, i: number) => record[i]
    : (id: string) => (record as Record<string, unknown>)[id];
  fieldIds.forEach((id, i) => {
    if (id !== '_id') out[id] = asText(get(id, i));
  });
  out.entry_id = asText(get('_id', fieldIds.indexOf('_id')));
  return out;
}

/** Rewrites a CKAN success envelope into DKAN's shape. */
export function toDkanEnvelope(action: string, envelope: { result?: unknown }): unknown {
  const help = actionHelp(action);
  if (action !== 'datastore_search' || !envelope.result) return { ...envelope, help };
  const result = envelope.result as CkanSearchResult;
  const fieldIds = result.fields.map((f) => f.id);
  return {
    help,
    success: true,
    result: {
      fields: [
        ...result.fields.filter((f) => f.id !== '_id').map((f) => ({ id: f.id, type: 'text' })),
        { id: 'entry_id', type: 'serial' },
      ],
      resource_id: [result.resource_id],
      limit: result.limit,
      total: result.total,
      records: Array.isArray(result.records) ? result.records.map((r) => dkanRecord(r, fieldIds)) : [],
    },
  };
}
