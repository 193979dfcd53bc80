/**
 * Organizations and groups. Moers, Kleve and Geldern are the pilot cities' organizations on
 * offenesdatenportal.de; Kleve and Geldern have no datasets here because no licence-clear files of theirs
 * were found (none are invented). Groups are GovData's themes, plus the Moers catalogue's own categories.
 */
import type { GroupDefinition } from './definitions.js';

export const ORGANIZATIONS: GroupDefinition[] = [
  {
    name: 'moers',
    title: 'Stadt Moers',
    description:
      'Stadt Moers (Kreis Wesel, Nordrhein-Westfalen). Offene Daten unter der Datenlizenz Deutschland – Zero.',
    created: '2015-08-01T00:00:00',
  },
  {
    name: 'stadt-kleve',
    title: 'Stadt Kleve',
    description: 'Stadt Kleve (Kreis Kleve).',
    created: '2015-04-16T00:00:00',
  },
  {
    name: 'stadt-geldern',
    title: 'Stadt Geldern',
    description: 'Stadt Geldern (Kreis Kleve).',
    created: '2015-04-16T00:00:00',
  },
  {
    name: 'stadt-koeln',
    title: 'Stadt Köln',
    description: 'Offene Daten der Stadt Köln.',
    created: '2013-10-04T00:00:00',
  },
  {
    name: 'stadt-jena',
    title: 'Stadt Jena',
    description: 'Offene Daten der Stadt Jena.',
    created: '2020-01-01T00:00:00',
  },
];

/** GovData's themes (ids and titles as in GovData's `group_list`), the ones the datasets use. */
export const THEMES: GroupDefinition[] = [
  { name: 'bevoelkerung', title: 'Bevölkerung', created: '2012-11-01T07:04:45' },
  { name: 'geo', title: 'Geographie, Geologie und Geobasisdaten', created: '2012-11-01T07:04:45' },
  { name: 'transport_verkehr', title: 'Transport und Verkehr', created: '2012-11-01T07:04:45' },
  {
    name: 'verwaltung',
    title: 'Öffentliche Verwaltung, Haushalt und Steuern',
    created: '2012-11-01T07:04:45',
  },
  { name: 'wirtschaft_arbeit', title: 'Wirtschaft und Arbeit', created: '2012-11-01T07:04:45' },
];
