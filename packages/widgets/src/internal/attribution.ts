/**
 * The attribution footer every data element shows: where the data comes from (dataset page), under
 * which licence (with the attribution text the licence asks for), how current it is ("Stand") and how many
 * rows it has. Built from metadata only; every string is rendered as text and every link checked.
 */
import type { Dataset, Resource } from '@odw/client';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCount, formatTimestamp, type Lang } from './i18n.js';
import { safeUrl } from './safe-url.js';

/** What the footer shows; everything is optional. */
export interface AttributionInfo {
  dataset?: Dataset;
  resource?: Resource;
  /** The file's address, for data read from a file. */
  fileUrl?: string;
  /** Rows in the whole resource. */
  rowCount?: number;
}

const WORDS = {
  de: {
    source: 'Quelle',
    license: 'Lizenz',
    asOf: 'Stand',
    rows: (n: number) => (n === 1 ? 'Zeile' : 'Zeilen'),
  },
  en: {
    source: 'Source',
    license: 'Licence',
    asOf: 'Last updated',
    rows: (n: number) => (n === 1 ? 'row' : 'rows'),
  },
};

function link(text: string, url: string | undefined): TemplateResult | string {
  const href = safeUrl(url);
  return href ? html`<a href=${href}>${text}</a>` : text;
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

/** The footer as a template (`part="footer"`). */
export function renderAttribution(info: AttributionInfo, lang: Lang): TemplateResult {
  const words = WORDS[lang];
  const { dataset, resource, fileUrl, rowCount } = info;
  const license = dataset?.license;
  const modified = resource?.modified ?? dataset?.modified;
  const items: (TemplateResult | typeof nothing)[] = [
    dataset
      ? html`<span
          >${words.source}:
          ${link(dataset.title, dataset.pageUrl)}${dataset.organization ? ` (${dataset.organization.title})` : ''}</span
        >`
      : fileUrl
        ? html`<span>${words.source}: ${link(fileName(fileUrl), fileUrl)}</span>`
        : nothing,
    license
      ? html`<span
          >${words.license}:
          ${link(license.title, license.url)}${license.attributionText ? ` – ${license.attributionText}` : ''}</span
        >`
      : nothing,
    modified ? html`<span>${words.asOf}: ${formatTimestamp(modified, lang, false)}</span>` : nothing,
    rowCount !== undefined
      ? html`<span>${formatCount(rowCount, lang)} ${words.rows(rowCount)}</span>`
      : nothing,
  ];
  return html`<footer part="footer" class="attribution">${items}</footer>`;
}
