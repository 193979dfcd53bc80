import { createHash } from 'node:crypto';

/**
 * A stable UUID (version-5 layout) for a name, so dataset, resource and organization ids stay the same
 * across restarts and machines, as ids on a real portal do.
 */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`odw-demo-portal:${name}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A CKAN name (URL slug): lower case, `a-z0-9_-`, German umlauts transliterated. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}
