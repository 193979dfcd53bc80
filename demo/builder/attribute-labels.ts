/**
 * Short names for attributes in the builder's form, German first. The documentation text comes from the
 * custom-elements manifest; these only make the labels readable. Attributes without an entry are shown
 * by their name.
 */
export const ATTRIBUTE_LABELS: Record<string, { de: string; en: string }> = {
  caption: { de: 'Überschrift', en: 'Caption' },
  columns: { de: 'Spalten', en: 'Columns' },
  sort: { de: 'Sortierung', en: 'Sort order' },
  filter: { de: 'Filter', en: 'Filter' },
  search: { de: 'Suchfeld', en: 'Search box' },
  download: { de: 'Download-Knopf', en: 'Download button' },
  'page-size': { de: 'Zeilen pro Seite', en: 'Rows per page' },
  refresh: { de: 'Aktualisieren alle … Sekunden', en: 'Refresh every … seconds' },
  'sticky-header': { de: 'Kopfzeile bleibt sichtbar', en: 'Sticky header' },
  layout: { de: 'Darstellung', en: 'Layout' },
  'sync-url': { de: 'Zustand in der Adresse', en: 'State in the URL' },
  type: { de: 'Diagrammtyp', en: 'Chart type' },
  title: { de: 'Titel', en: 'Title' },
  description: { de: 'Beschreibung', en: 'Description' },
  basemap: { de: 'Hintergrundkarte', en: 'Basemap' },
};
