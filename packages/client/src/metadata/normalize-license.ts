import type { License } from '../types.js';
import { DCAT_AP_DE_LICENSES, LICENSES, type KnownLicense } from './license-catalog.js';

function idKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/dcat-ap\.de\/def\/licenses\//, '')
    .replace(/\/+$/, '');
}

function urlKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '');
}

const byId = new Map<string, KnownLicense>();
const byUrl = new Map<string, KnownLicense>();
for (const license of LICENSES) {
  for (const key of [license.id, ...license.aliases]) byId.set(idKey(key), license);
  if (license.url) byUrl.set(urlKey(license.url), license);
}

/** A licence URL from metadata, if it is an http(s) URL. */
function safeLicenseUrl(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text && /^https?:\/\//i.test(text) ? text : undefined;
}

/** What a portal says about a dataset's licence. */
export interface LicenseInput {
  id?: string | null;
  title?: string | null;
  url?: string | null;
  /** The publisher to name in the attribution (e.g. `Stadt Köln`). */
  publisher?: string;
  /** An attribution text the portal gives explicitly (DCAT-AP.de `licenseAttributionByText`). */
  attributionText?: string | null;
}

/** Finds a licence by id, DCAT-AP.de URI, label or licence URL. */
export function findKnownLicense(input: LicenseInput): KnownLicense | undefined {
  for (const key of [input.id, input.title]) {
    const known = key ? byId.get(idKey(key)) : undefined;
    if (known) return known;
  }
  return input.url ? byUrl.get(urlKey(input.url)) : undefined;
}

/**
 * Normalizes a portal's licence: recognizes CKAN ids, DCAT-AP.de URIs and ODS labels, and says whether
 * attribution is required. An unknown licence keeps the portal's title and URL and is assumed to require
 * attribution (the safe reading). Returns `undefined` when the portal names no licence at all.
 *
 * @example
 * ```ts
 * normalizeLicense({ id: 'dl-de-by-2.0', publisher: 'Stadt Köln' });
 * // { id: 'dl-de-by-2.0', uri: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
 * //   title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0', url: 'https://www.govdata.de/dl-de/by-2-0',
 * //   attributionRequired: true, attributionText: 'Stadt Köln, Datenlizenz Deutschland – Namensnennung – Version 2.0' }
 * ```
 */
export function normalizeLicense(input: LicenseInput): License | undefined {
  const id = input.id?.trim() || input.title?.trim() || '';
  if (!id && !input.url) return undefined;
  const known = findKnownLicense(input);
  // The portal's own title and URL win (they may name a specific version); the catalogue fills gaps.
  // CKAN repeats the id as title for licences outside its register; then the catalogue's title is better.
  const portalTitle = input.title?.trim();
  const ownTitle = portalTitle && portalTitle !== input.id?.trim() && !/^https?:/i.test(portalTitle);
  const title =
    (ownTitle ? portalTitle : undefined) || known?.title || portalTitle || id || (input.url as string);
  const url = safeLicenseUrl(input.url) ?? (known?.url || undefined);
  const attributionRequired = known?.attributionRequired ?? true;
  const explicit = input.attributionText?.trim();
  const attributionText =
    explicit ||
    (input.publisher ? (attributionRequired ? `${input.publisher}, ${title}` : input.publisher) : undefined);
  return {
    id: id || (url as string),
    ...(known ? { uri: DCAT_AP_DE_LICENSES + known.id } : {}),
    title,
    ...(url ? { url } : {}),
    attributionRequired,
    ...(attributionText ? { attributionText } : {}),
  };
}
