/**
 * What the options form says about an attribute: a short label in both languages, and for the German UI a
 * help text written for editors. The English UI shows the element's own documentation (its JSDoc, from the
 * custom-elements manifest). An attribute without a German text shows that English text in the German UI
 * too, marked `lang="en"`; so a new attribute or element appears in the form before anyone translates it.
 *
 * Each German text names the JSDoc it was written from (`jsdoc`). A test compares that with the manifest,
 * so when an element's documentation changes, the German text has to be revised with it (ADR 0403).
 *
 * @module
 */
import type { UiLang } from './i18n.js';

/** Labels by attribute name (shared by the elements). Attributes without one are shown by their name. */
export const ATTRIBUTE_LABELS: Record<string, { de: string; en: string }> = {
  src: { de: 'Datei statt Portal', en: 'File instead of portal' },
  caption: { de: 'Überschrift', en: 'Caption' },
  columns: { de: 'Spalten', en: 'Columns' },
  sort: { de: 'Sortierung', en: 'Sort order' },
  filter: { de: 'Filter', en: 'Filter' },
  search: { de: 'Suchfeld', en: 'Search box' },
  download: { de: 'Download-Knopf', en: 'Download button' },
  'page-size': { de: 'Zeilen pro Seite', en: 'Rows per page' },
  refresh: { de: 'Aktualisieren alle … Sekunden', en: 'Refresh every … seconds' },
  'sticky-header': { de: 'Kopfzeile bleibt sichtbar', en: 'Sticky header' },
  'number-format': { de: 'Zahlenformat', en: 'Number format' },
  'date-format': { de: 'Datumsformat', en: 'Date format' },
  layout: { de: 'Darstellung', en: 'Layout' },
  paging: { de: 'Blättern oder Scrollen', en: 'Paging or scrolling' },
  'sync-url': { de: 'Ansicht als Link teilbar', en: 'State in the URL' },
  type: { de: 'Diagrammtyp', en: 'Chart type' },
  title: { de: 'Titel', en: 'Title' },
  description: { de: 'Beschreibung', en: 'Description' },
  basemap: { de: 'Hintergrundkarte', en: 'Basemap' },
};

/** A German help text and the English JSDoc it was written from. */
export interface GermanHelp {
  de: string;
  jsdoc: string;
}

/**
 * German help texts per element and attribute, for editors: what the setting does, an example in the
 * attribute's own syntax (in backticks, shown as code), and what an empty field means when the form does
 * not show a default. Facts from docs/elements/*.md.
 */
export const GERMAN_HELP: Record<string, Record<string, GermanHelp>> = {
  'odw-table': {
    src: {
      de: 'Adresse einer CSV-, JSON- oder GeoJSON-Datei, die die Tabelle statt der Ressource aus dem Portal zeigt, z. B. `https://www.ihre-stadt.de/daten/liste.csv`. Leer: die Ressource aus Schritt 3.',
      jsdoc: 'Address of a CSV or JSON file to show instead of a portal resource.',
    },
    columns: {
      de: 'Welche Spalten in welcher Reihenfolge, mit Komma getrennt; `Spalte:Überschrift` gibt einer Spalte eine neue Überschrift: `Straße, Bezirk:Abfuhrbezirk`. Leer: alle Spalten.',
      jsdoc: 'Columns to show, in order, optionally relabelled: `Straße, Bezirk:Abfuhrbezirk`. Default: all.',
    },
    filter: {
      de: 'Zeigt nur Zeilen, die alle Bedingungen erfüllen, mit `;` getrennt: `Bezirk = 4; Jahr >= 2020`. Möglich sind `=`, `!=`, `<`, `<=`, `>`, `>=` und `~` (enthält). Leserinnen und Leser können diese Bedingungen nicht entfernen.',
      jsdoc: 'Conditions every shown row meets: `Bezirk = 4; Jahr >= 2020`. Readers cannot remove them.',
    },
    sort: {
      de: 'Wie die Tabelle anfangs sortiert ist; ein Minus vor der Spalte heißt absteigend: `-Datum`. Mehrere Spalten mit Komma: `-Datum, Straße`.',
      jsdoc: 'Initial sort: `-Datum, Name` (minus = descending).',
    },
    'page-size': {
      de: 'Wie viele Zeilen die Tabelle auf einer Seite zeigt (1 bis 1000). Leserinnen und Leser können das selbst umstellen.',
      jsdoc: 'Rows per page.',
    },
    search: {
      de: 'Zeigt ein Suchfeld, mit dem Leserinnen und Leser in der Tabelle suchen.',
      jsdoc: 'Shows a search box.',
    },
    download: {
      de: 'Zeigt die Schaltfläche „Herunterladen“: Leserinnen und Leser bekommen genau das, was die Tabelle gerade zeigt (mit Filter, Suche und Sortierung, alle Seiten), als CSV (auch für Excel) oder JSON.',
      jsdoc: 'Shows a download button (CSV and JSON of the current view).',
    },
    refresh: {
      de: 'Lädt die Daten alle so viele Sekunden neu, z. B. `300` für alle fünf Minuten. Erlaubt sind 30 bis 86400 (ein Tag); `0` heißt: nie.',
      jsdoc: 'Reloads the data every so many seconds (30 to 86 400, a day); 0 = never.',
    },
    caption: {
      de: 'Überschrift der Tabelle, z. B. `Abfuhrtermine 2026`. Leer: der Titel des Datensatzes bzw. der Dateiname. Screenreader lesen sie vor: Halten Sie sie kurz und eindeutig.',
      jsdoc: "Table caption; default: the dataset's title or the file name.",
    },
    'sticky-header': {
      de: 'Die Kopfzeile bleibt beim Scrollen sichtbar. Die Tabelle wird dafür höchstens 70 % der Fensterhöhe hoch und scrollt in sich.',
      jsdoc: 'Keeps the header row visible while the table scrolls (the table gets a height limit).',
    },
    'number-format': {
      de: 'Wie Zahlen erscheinen: `#.##0,00 €` zeigt 1.234,50 €, `0,0 %` zeigt 12,5 % (der Wert wird nicht mit 100 malgenommen). Ein Muster gilt für alle Zahlenspalten; je Spalte mit `;` getrennt: `Betrag: #.##0,00 €; Anteil: 0,0 %`. Leer: alle Nachkommastellen, die die Daten haben.',
      jsdoc:
        'Number patterns per column: `Betrag: #,##0.00 €; Anteil: 0.0 %`, or one pattern for all number columns.',
    },
    'date-format': {
      de: 'Wie Datumsangaben erscheinen: `date` (31.12.2024), `short` (31.12.24), `long` (31. Dezember 2024), `month` (Dezember 2024), `year` (2024), `datetime` (31.12.2024, 14:30) oder `time` (14:30). Ein Format gilt für alle Datumsspalten; je Spalte mit `;` getrennt: `Datum: long; Uhrzeit: time`. Leer: `date`, mit Uhrzeit `datetime`.',
      jsdoc:
        'Date styles per column (`date`, `short`, `long`, `month`, `year`, `datetime`, `time`), or one for all date columns.',
    },
    layout: {
      de: '`table` zeigt immer Zeilen und Spalten, `cards` eine Karte je Zeile, `auto` Karten, sobald die Tabelle schmaler als 480 Pixel ist (etwa auf dem Smartphone).',
      jsdoc: '`table`, `cards`, or `auto` (cards when the element is narrower than 480 px).',
    },
    paging: {
      de: '`pages`: Seiten zum Blättern; `scroll`: eine lange Tabelle zum Scrollen; `auto`: scrollen ab 10.000 Zeilen aus einer Datei, sonst Seiten.',
      jsdoc:
        '`pages`, `scroll` (virtual scrolling; data held in the page only), or `auto` (scroll from 10 000 local rows).',
    },
    'sync-url': {
      de: 'Schreibt Sortierung, Filter, Suche und Seite in die Adresse Ihrer Seite, so dass Leserinnen und Leser genau diese Ansicht als Link teilen können. Der Wert ist ein Kürzel für die Tabelle, z. B. `abfuhr`; nötig, wenn mehrere Tabellen auf einer Seite das nutzen. Leer: aus.',
      jsdoc:
        "Mirrors the reader's view into the page address (`#key.sort=…`), for share links. The value is the key; empty uses the element's id or `table`.",
    },
  },
};

/** The label of attribute `name`, or undefined when it has none. */
export function attributeLabel(name: string, lang: UiLang): string | undefined {
  return ATTRIBUTE_LABELS[name]?.[lang];
}

/**
 * The help text of attribute `name` of element `tag` for the UI language, and the language it is in: the
 * German text in the German UI when there is one, else the element's JSDoc (`description`, English).
 */
export function attributeHelp(
  tag: string,
  name: string,
  description: string,
  lang: UiLang,
): { text: string; lang: UiLang } {
  const german = lang === 'de' ? GERMAN_HELP[tag]?.[name] : undefined;
  return german ? { text: german.de, lang: 'de' } : { text: description, lang: 'en' };
}
