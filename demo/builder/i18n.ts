/**
 * The builder's texts, German first. Functions take the values they mention; every value ends up as text
 * (lit-html escapes it), never as markup.
 *
 * @module
 */

export type UiLang = 'de' | 'en';

const de = {
  pageTitle: 'Baukasten: Daten-Ansicht für Ihre Website',
  intro:
    'Wählen Sie ein Portal, einen Datensatz und eine Ansicht. Die Vorschau zeigt, was Ihre Seite zeigen wird; darunter steht der Code zum Einfügen.',
  switchTo: 'English',
  switchToLang: 'en',
  home: 'Zur Übersicht',
  step1: '1. Portal',
  preset: 'Portal auswählen',
  presetOther: 'Anderes Portal …',
  portalUrl: 'Adresse des Portals',
  portalUrlHint: 'Die Startadresse eines CKAN-Portals, z. B. https://www.offenesdatenportal.de',
  organization: 'Nur Datensätze dieser Organisation (Kurzname, leer: alle)',
  connect: 'Verbinden',
  connecting: 'Verbinde …',
  connected: (url: string, software: string) => `Verbunden mit ${url} (${software}).`,
  probeProblem: {
    'invalid-url': 'Bitte eine Adresse eingeben, die mit https:// oder http:// beginnt.',
    'mixed-content':
      'Diese Seite läuft über https; ein Portal mit http:// würde der Browser blockieren. Bitte die https-Adresse des Portals eingeben.',
    cors: 'Das Portal antwortet, erlaubt aber keinen Zugriff von anderen Websites (CORS). Siehe Hinweis unten.',
    unreachable:
      'Unter dieser Adresse antwortet kein Server. Ist die Adresse richtig und das Portal erreichbar?',
    'not-a-portal': 'Unter dieser Adresse antwortet kein Portal, das odw kennt (CKAN).',
  },
  step2: '2. Datensatz',
  search: 'Datensatz suchen',
  searchButton: 'Suchen',
  searching: 'Suche …',
  found: (count: number, shown: number) =>
    count === 0
      ? 'Keine Datensätze gefunden.'
      : `${count.toLocaleString('de-DE')} ${count === 1 ? 'Datensatz' : 'Datensätze'} gefunden${shown < count ? `, die ersten ${shown} werden gezeigt` : ''}.`,
  searchFailed: (message: string) => `Die Suche ist fehlgeschlagen: ${message}`,
  results: 'Suchergebnisse',
  datastore: 'Tabellendaten',
  modified: (date: string) => `Stand: ${date}`,
  byName: 'Oder Name bzw. ID des Datensatzes direkt eingeben',
  useName: 'Übernehmen',
  datasetFailed: (message: string) => `Der Datensatz konnte nicht geladen werden: ${message}`,
  step3: '3. Ressource',
  resourceFirst: 'Wählen Sie zuerst einen Datensatz.',
  resourceHint:
    'Ein Datensatz kann mehrere Dateien haben. Ressourcen mit Tabellendaten (DataStore) sind am schnellsten.',
  noResources: 'Dieser Datensatz hat keine Ressourcen.',
  step4: '4. Ansicht',
  step5: '5. Einstellungen',
  optionsHint: 'Leere Felder bedeuten: Standard des Elements.',
  defaultIs: (value: string) => `Standard: ${value}`,
  defaultChoice: 'Standard',
  widgetLang: 'Sprache der Ansicht',
  widgetLangPage: 'wie die Seite',
  widgetLangHint:
    'Sprache der Knöpfe und Meldungen der Ansicht; sie bestimmt auch, wie Zahlen und Daten geschrieben werden (`1.234,5` oder `1,234.5`). „wie die Seite“: die Sprache Ihrer Seite (das nächste `lang`-Attribut).',
  columnsAll: 'Leer: alle Spalten',
  sortNone: 'nicht sortiert',
  ascending: 'aufsteigend',
  descending: 'absteigend',
  sortField: 'Spalte',
  sortDirection: 'Richtung',
  fieldsUnknown: 'Die Spalten der Ressource sind nicht bekannt; bitte den Wert eintippen.',
  step6: '6. Vorschau',
  previewTitle: 'Vorschau',
  previewNote:
    'So erscheint die Ansicht auf einer leeren Seite. Auf Ihrer Seite übernimmt sie deren Schrift und Farben.',
  previewLoading: 'Vorschau lädt …',
  previewLoaded: (total: number | undefined) =>
    total === undefined
      ? 'Vorschau zeigt die Daten.'
      : `Vorschau zeigt die Daten (${total.toLocaleString('de-DE')} Zeilen).`,
  previewError: (message: string) => `Die Ansicht zeigt einen Fehler: ${message}`,
  previewUnavailable: 'Keine Vorschau: Dieses Portal erlaubt keinen Zugriff von dieser Seite.',
  step7: '7. Code zum Einfügen',
  cdnBase: 'Adresse des odw-Ordners (wo die Dateien aus dist/cdn liegen)',
  cdnHint: (version: string) =>
    `Die integrity-Werte gelten für genau die Dateien von odw ${version}. Legen Sie diesen Ordner unverändert ab.`,
  classic: 'Mein CMS erlaubt nur klassische Skripte (ohne type="module")',
  scriptTitle: 'Script-Tag (empfohlen)',
  scriptHint:
    'Das Script-Tag einmal pro Seite, das Element an die Stelle, an der die Daten erscheinen sollen. Der Link im Element ist für Browser ohne JavaScript.',
  iframeTitle: 'iframe (wenn Ihr CMS keine Skripte erlaubt)',
  iframeHint:
    'Der iframe funktioniert allein (600 Pixel hoch, mit eigenem Rollbalken). Das Skript darunter passt die Höhe an den Inhalt an, wenn Ihr CMS es erlaubt.',
  npmTitle: 'npm / TypeScript (für Entwicklerinnen und Entwickler)',
  copy: 'Kopieren',
  copied: 'In die Zwischenablage kopiert.',
  copyFailed: 'Kopieren ging nicht; der Code ist markiert: bitte mit Strg+C kopieren.',
  incomplete: 'Wählen Sie zuerst Portal und Datensatz.',
  cdnMissing: (message: string) =>
    `Die Dateiliste des odw-Ordners (manifest.json) fehlt: ${message}. Ist npm run build gelaufen?`,
  warningsTitle: 'Hinweise',
  warning: {
    cors: (portal: string) =>
      `${portal} erlaubt keinen Zugriff von anderen Websites (CORS ist aus). Eine Ansicht per Script-Tag kann dort keine Daten laden, auch dieser Baukasten nicht. Zwei Wege: Der Portalbetrieb schaltet CORS ein (eine Zeile in der CKAN-Konfiguration, siehe Anleitung für Portal-Betreiber), oder der odw-Ordner wird auf dem Server des Portals abgelegt und Sie binden den iframe von dort ein: Dann gilt derselbe Ursprung und CORS ist nicht nötig.`,
    'http-portal': (portal: string) =>
      `${portal} ist nur über http erreichbar. Seiten mit https (also fast alle Stadt-Websites) dürfen davon nicht laden. Fragen Sie den Portalbetrieb nach der https-Adresse.`,
    'local-address': (urls: string[]) =>
      urls.length === 1
        ? `${urls[0]} ist eine Adresse auf diesem Computer (z. B. das Demo-Portal). Auf Ihrer Website funktioniert sie nicht; ersetzen Sie sie durch die öffentliche Adresse.`
        : `${urls.join(' und ')} sind Adressen auf diesem Computer (z. B. das Demo-Portal). Auf Ihrer Website funktionieren sie nicht; ersetzen Sie sie durch die öffentlichen Adressen.`,
    'third-party': (attribute: string, origin: string) =>
      `Die Einstellung ${attribute} lädt Daten von ${origin}. Dabei erfährt dieser Server die IP-Adresse Ihrer Leserinnen und Leser: Nennen Sie ihn in Ihrer Datenschutzerklärung. odw lädt Karten von fremden Servern erst nach einem Klick (Einwilligung).`,
    'whole-file': (size: string) =>
      `Diese Ressource hat keine Tabellendaten im Portal (DataStore). Die Ansicht lädt deshalb die ganze Datei${size ? ` (${size})` : ''} in den Browser.`,
  },
  guideLink: 'Anleitung für Redaktionen',
  adminsLink: 'Anleitung für Portal-Betreiber',
};

type Texts = typeof de;

const en: Texts = {
  pageTitle: 'Builder: a data view for your website',
  intro:
    'Choose a portal, a dataset and a view. The preview shows what your page will show; below it is the code to paste.',
  switchTo: 'Deutsch',
  switchToLang: 'de',
  home: 'Back to overview',
  step1: '1. Portal',
  preset: 'Choose a portal',
  presetOther: 'Another portal …',
  portalUrl: 'Portal address',
  portalUrlHint: 'The home address of a CKAN portal, e.g. https://www.offenesdatenportal.de',
  organization: 'Only datasets of this organization (short name, empty: all)',
  connect: 'Connect',
  connecting: 'Connecting …',
  connected: (url, software) => `Connected to ${url} (${software}).`,
  probeProblem: {
    'invalid-url': 'Please enter an address starting with https:// or http://.',
    'mixed-content':
      'This page runs on https; the browser would block a portal on http://. Please enter the portal’s https address.',
    cors: 'The portal answers but does not allow other websites to read it (CORS). See the note below.',
    unreachable: 'No server answers at this address. Is it correct, and is the portal up?',
    'not-a-portal': 'No portal odw knows (CKAN) answers at this address.',
  },
  step2: '2. Dataset',
  search: 'Search datasets',
  searchButton: 'Search',
  searching: 'Searching …',
  found: (count, shown) =>
    count === 0
      ? 'No datasets found.'
      : `${count.toLocaleString('en-GB')} ${count === 1 ? 'dataset' : 'datasets'} found${shown < count ? `, showing the first ${shown}` : ''}.`,
  searchFailed: (message) => `The search failed: ${message}`,
  results: 'Search results',
  datastore: 'table data',
  modified: (date) => `Last modified: ${date}`,
  byName: 'Or enter the dataset’s name or ID',
  useName: 'Use',
  datasetFailed: (message) => `The dataset could not be loaded: ${message}`,
  step3: '3. Resource',
  resourceFirst: 'First choose a dataset.',
  resourceHint: 'A dataset can have several files. Resources with table data (DataStore) are fastest.',
  noResources: 'This dataset has no resources.',
  step4: '4. View',
  step5: '5. Settings',
  optionsHint: 'Empty fields mean: the element’s default.',
  defaultIs: (value) => `Default: ${value}`,
  defaultChoice: 'Default',
  widgetLang: 'Language of the view',
  widgetLangPage: 'as the page',
  widgetLangHint:
    'The language of the view’s buttons and messages; it also decides how numbers and dates are written (`1,234.5` or `1.234,5`). “as the page”: your page’s language (the nearest `lang` attribute).',
  columnsAll: 'Empty: all columns',
  sortNone: 'not sorted',
  ascending: 'ascending',
  descending: 'descending',
  sortField: 'Column',
  sortDirection: 'Direction',
  fieldsUnknown: 'The resource’s columns are not known; please type the value.',
  step6: '6. Preview',
  previewTitle: 'Preview',
  previewNote:
    'This is how the view appears on an empty page. On your page it takes on the page’s fonts and colours.',
  previewLoading: 'Preview loading …',
  previewLoaded: (total) =>
    total === undefined
      ? 'The preview shows the data.'
      : `The preview shows the data (${total.toLocaleString('en-GB')} rows).`,
  previewError: (message) => `The view shows an error: ${message}`,
  previewUnavailable: 'No preview: this portal does not allow access from this page.',
  step7: '7. Code to paste',
  cdnBase: 'Address of the odw folder (where the files of dist/cdn are)',
  cdnHint: (version) =>
    `The integrity values are for exactly the files of odw ${version}. Put this folder online unchanged.`,
  classic: 'My CMS only allows classic scripts (without type="module")',
  scriptTitle: 'Script tag (recommended)',
  scriptHint:
    'The script tag once per page, the element where the data should appear. The link inside the element is for browsers without JavaScript.',
  iframeTitle: 'iframe (when your CMS does not allow scripts)',
  iframeHint:
    'The iframe works on its own (600 pixels high, with its own scroll bar). The script below it fits the height to the content, if your CMS allows it.',
  npmTitle: 'npm / TypeScript (for developers)',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Copying did not work; the code is selected: please press Ctrl+C.',
  incomplete: 'First choose a portal and a dataset.',
  cdnMissing: (message) =>
    `The file list of the odw folder (manifest.json) is missing: ${message}. Did npm run build run?`,
  warningsTitle: 'Notes',
  warning: {
    cors: (portal) =>
      `${portal} does not allow other websites to read it (CORS is off). A view through the script tag cannot load data from it, and neither can this builder. Two ways out: the portal's operators turn CORS on (one line of CKAN configuration, see the guide for portal operators), or the odw folder is put on the portal's own server and you embed the iframe from there: then it is the same origin and CORS is not needed.`,
    'http-portal': (portal) =>
      `${portal} is only reachable over http. Pages on https (nearly every city website) may not load from it. Ask the portal's operators for its https address.`,
    'local-address': (urls) =>
      urls.length === 1
        ? `${urls[0]} is an address on this computer (e.g. the demo portal). It does not work on your website; replace it with the public address.`
        : `${urls.join(' and ')} are addresses on this computer (e.g. the demo portal). They do not work on your website; replace them with the public addresses.`,
    'third-party': (attribute, origin) =>
      `The setting ${attribute} loads data from ${origin}. That server learns your readers' IP addresses: name it in your privacy policy. odw loads maps from other servers only after a click (consent).`,
    'whole-file': (size) =>
      `This resource has no table data on the portal (DataStore). The view therefore loads the whole file${size ? ` (${size})` : ''} into the browser.`,
  },
  guideLink: 'Guide for editors',
  adminsLink: 'Guide for portal operators',
};

/** The texts for a language. */
export const TEXTS: Record<UiLang, Texts> = { de, en };

/** A date as the language writes it (`31.12.2024` / `31 Dec 2024`). */
export function formatDate(iso: string | undefined, lang: UiLang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', {
    day: '2-digit',
    month: lang === 'de' ? '2-digit' : 'short',
    year: 'numeric',
  });
}

/** Bytes as the language writes them (`1,5 MB`). */
export function formatBytes(bytes: number | undefined, lang: UiLang): string {
  if (bytes === undefined) return '';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 })} ${units[unit]}`;
}
