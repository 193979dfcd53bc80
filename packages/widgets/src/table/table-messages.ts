/** The words of `<odw-table>`, German and English. */
import { formatCount, type Lang } from '../internal/i18n.js';

const megabytes = (bytes: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 }).format(bytes / 1e6);

const de = {
  loading: 'Daten werden geladen …',
  readingFile: (done: number, total: number | undefined, lang: Lang) =>
    `Datei wird gelesen: ${megabytes(done, lang)}${total ? ` von ${megabytes(total, lang)}` : ''} MB …`,
  retry: 'Erneut versuchen',
  loadFailed: 'Die Daten konnten nicht geladen werden.',
  search: 'Suche',
  searchPlaceholder: 'In der Tabelle suchen',
  filters: 'Filter',
  filtersActive: (n: number) => `Filter (${n} aktiv)`,
  resetFilters: 'Filter zurücksetzen',
  removeFilter: (text: string) => `Filter entfernen: ${text}`,
  contains: 'enthält',
  from: 'von',
  to: 'bis',
  any: 'alle',
  yes: 'ja',
  no: 'nein',
  empty: 'leer',
  emptyFiltered: 'Keine Einträge für diese Filter.',
  emptyTable: 'Diese Tabelle enthält keine Einträge.',
  sortBy: (label: string) => `Sortieren nach ${label}`,
  sortAscending: 'aufsteigend',
  sortDescending: 'absteigend',
  sortNone: 'unsortiert',
  sortSelect: 'Sortieren nach',
  direction: 'Reihenfolge',
  range: (first: number, last: number, total: number | undefined, exact: boolean, lang: Lang) =>
    `${formatCount(first, lang)}–${formatCount(last, lang)}` +
    (total === undefined ? '' : ` von ${exact ? '' : 'ca. '}${formatCount(total, lang)}`),
  rowsFound: (total: number | undefined, exact: boolean, lang: Lang) =>
    total === undefined
      ? 'Einträge gefunden'
      : `${exact ? '' : 'Ungefähr '}${formatCount(total, lang)} ${total === 1 ? 'Eintrag' : 'Einträge'}`,
  pageOf: (page: number, pages: number | undefined, lang: Lang) =>
    pages === undefined
      ? `Seite ${formatCount(page, lang)}`
      : `Seite ${formatCount(page, lang)} von ${formatCount(pages, lang)}`,
  pagination: 'Seiten',
  firstPage: 'Erste Seite',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  lastPage: 'Letzte Seite',
  pageNumber: 'Seite',
  pageSize: 'Zeilen pro Seite',
  download: 'Herunterladen',
  downloadCsvExcel: 'CSV für Excel (;)',
  downloadCsvComma: 'CSV (,)',
  downloadJson: 'JSON',
  downloading: (done: number, total: number | undefined, lang: Lang) =>
    `Download wird vorbereitet: ${formatCount(done, lang)}${total === undefined ? '' : ` von ${formatCount(total, lang)}`} Zeilen …`,
  cancel: 'Abbrechen',
  close: 'Schließen',
  downloadFailed: 'Der Download ist fehlgeschlagen.',
  source: 'Quelle',
  license: 'Lizenz',
  asOf: 'Stand',
  rowsTotal: (n: number, lang: Lang) => `${formatCount(n, lang)} ${n === 1 ? 'Zeile' : 'Zeilen'}`,
  staleNotice: (time: string) =>
    `Die Aktualisierung ist fehlgeschlagen. Angezeigt wird der Stand von ${time}.`,
  partial: (n: number, lang: Lang) =>
    `Das Portal kann diese Filter nicht selbst anwenden; berechnet aus den ersten ${formatCount(n, lang)} Zeilen.`,
  fileNotes: (n: number, lang: Lang) =>
    `${formatCount(n, lang)} ${n === 1 ? 'Hinweis' : 'Hinweise'} zum Lesen der Datei`,
  scrollRegion: (caption: string) => caption || 'Tabelle',
  table: 'Tabelle',
};

export type TableMessages = typeof de;

const en: TableMessages = {
  loading: 'Loading data …',
  readingFile: (done, total, lang) =>
    `Reading the file: ${megabytes(done, lang)}${total ? ` of ${megabytes(total, lang)}` : ''} MB …`,
  retry: 'Try again',
  loadFailed: 'The data could not be loaded.',
  search: 'Search',
  searchPlaceholder: 'Search the table',
  filters: 'Filters',
  filtersActive: (n) => `Filters (${n} active)`,
  resetFilters: 'Reset filters',
  removeFilter: (text) => `Remove filter: ${text}`,
  contains: 'contains',
  from: 'from',
  to: 'to',
  any: 'all',
  yes: 'yes',
  no: 'no',
  empty: 'empty',
  emptyFiltered: 'No entries match these filters.',
  emptyTable: 'This table has no entries.',
  sortBy: (label) => `Sort by ${label}`,
  sortAscending: 'ascending',
  sortDescending: 'descending',
  sortNone: 'not sorted',
  sortSelect: 'Sort by',
  direction: 'Order',
  range: (first, last, total, exact, lang) =>
    `${formatCount(first, lang)}–${formatCount(last, lang)}` +
    (total === undefined ? '' : ` of ${exact ? '' : 'about '}${formatCount(total, lang)}`),
  rowsFound: (total, exact, lang) =>
    total === undefined
      ? 'Entries found'
      : `${exact ? '' : 'About '}${formatCount(total, lang)} ${total === 1 ? 'entry' : 'entries'}`,
  pageOf: (page, pages, lang) =>
    pages === undefined
      ? `Page ${formatCount(page, lang)}`
      : `Page ${formatCount(page, lang)} of ${formatCount(pages, lang)}`,
  pagination: 'Pages',
  firstPage: 'First page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  lastPage: 'Last page',
  pageNumber: 'Page',
  pageSize: 'Rows per page',
  download: 'Download',
  downloadCsvExcel: 'CSV for German Excel (;)',
  downloadCsvComma: 'CSV (,)',
  downloadJson: 'JSON',
  downloading: (done, total, lang) =>
    `Preparing download: ${formatCount(done, lang)}${total === undefined ? '' : ` of ${formatCount(total, lang)}`} rows …`,
  cancel: 'Cancel',
  close: 'Close',
  downloadFailed: 'The download failed.',
  source: 'Source',
  license: 'Licence',
  asOf: 'Last updated',
  rowsTotal: (n, lang) => `${formatCount(n, lang)} ${n === 1 ? 'row' : 'rows'}`,
  staleNotice: (time) => `Updating failed. Showing the data as of ${time}.`,
  partial: (n, lang) =>
    `The portal cannot apply these filters itself; computed from the first ${formatCount(n, lang)} rows.`,
  fileNotes: (n, lang) => `${formatCount(n, lang)} ${n === 1 ? 'note' : 'notes'} on reading the file`,
  scrollRegion: (caption) => caption || 'Table',
  table: 'Table',
};

/** The messages for a language. */
export function tableMessages(lang: Lang): TableMessages {
  return lang === 'en' ? en : de;
}
