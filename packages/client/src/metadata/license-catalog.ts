/**
 * Licences German portals use, keyed by their DCAT-AP.de identifier (the part after
 * `http://dcat-ap.de/def/licenses/`), with the other ids portals use for the same licence: CKAN's own ids
 * (`dl-de-by-2.0`, `cc-by-4.0`), GovData's older ones (`dl-by-de/2_0`), SPDX-style ids and the labels
 * Opendatasoft shows. Titles and URLs follow GovData's `license_list`.
 */

/** One known licence. */
export interface KnownLicense {
  /** DCAT-AP.de id, e.g. `dl-by-de/2.0`. */
  id: string;
  title: string;
  url: string;
  /** Whether the licence requires naming the source. */
  attributionRequired: boolean;
  /** Other ids and labels portals use for this licence (compared case-insensitively). */
  aliases: string[];
}

export const LICENSES: readonly KnownLicense[] = [
  {
    id: 'dl-zero-de/2.0',
    title: 'Datenlizenz Deutschland – Zero – Version 2.0',
    url: 'https://www.govdata.de/dl-de/zero-2-0',
    attributionRequired: false,
    aliases: ['dl-zero-de/2_0', 'dl-de-zero-2.0', 'dl-de/zero-2-0', 'dl-de-zero-2-0', 'dl-zero-de-2.0'],
  },
  {
    id: 'dl-by-de/2.0',
    title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    url: 'https://www.govdata.de/dl-de/by-2-0',
    attributionRequired: true,
    aliases: ['dl-by-de/2_0', 'dl-de-by-2.0', 'dl-de/by-2-0', 'dl-de-by-2-0', 'dl-by-de-2.0'],
  },
  {
    id: 'dl-by-de/1.0',
    title: 'Datenlizenz Deutschland – Namensnennung – Version 1.0',
    url: 'https://www.govdata.de/dl-de/by-1-0',
    attributionRequired: true,
    aliases: ['dl-by-de/1_0', 'dl-de-by-1.0', 'dl-de/by-1-0', 'dl-de-by-1-0'],
  },
  {
    id: 'dl-by-nc-de/1.0',
    title: 'Datenlizenz Deutschland – Namensnennung – nicht kommerziell – Version 1.0',
    url: 'https://www.govdata.de/dl-de/by-nc-1-0',
    attributionRequired: true,
    aliases: ['dl-by-nc-de/1_0', 'dl-de-by-nc-1.0', 'dl-de/by-nc-1-0'],
  },
  {
    id: 'cc-zero',
    title: 'Creative Commons CC Zero License (CC0 1.0)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    attributionRequired: false,
    aliases: ['cc0', 'cc0-1.0', 'cc-zero-1.0', 'cc0 1.0', 'odc-pddl-cc0'],
  },
  {
    id: 'cc-by/4.0',
    title: 'Creative Commons Namensnennung – 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attributionRequired: true,
    aliases: ['cc-by/4_0', 'cc-by-4.0', 'cc by 4.0', 'cc-by-4'],
  },
  {
    id: 'cc-by',
    title: 'Creative Commons Namensnennung (CC BY)',
    url: 'https://creativecommons.org/licenses/by/',
    attributionRequired: true,
    aliases: ['cc by', 'cc-by-3.0', 'cc by 3.0'],
  },
  {
    id: 'cc-by-de/3.0',
    title: 'Creative Commons Namensnennung 3.0 Deutschland (CC BY 3.0 DE)',
    url: 'https://creativecommons.org/licenses/by/3.0/de/',
    attributionRequired: true,
    aliases: ['cc-by-de/3_0', 'cc-by-3.0-de', 'cc by 3.0 de'],
  },
  {
    id: 'cc-by-sa/4.0',
    title:
      'Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 International (CC BY-SA 4.0)',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    attributionRequired: true,
    aliases: ['cc-by-sa/4_0', 'cc-by-sa-4.0', 'cc by-sa 4.0'],
  },
  {
    id: 'cc-by-sa',
    title: 'Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen (CC BY-SA)',
    url: 'https://creativecommons.org/licenses/by-sa/',
    attributionRequired: true,
    aliases: ['cc by-sa'],
  },
  {
    id: 'cc-by-sa-de/3.0',
    title:
      'Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 3.0 Deutschland (CC BY-SA 3.0 DE)',
    url: 'https://creativecommons.org/licenses/by-sa/3.0/de/',
    attributionRequired: true,
    aliases: ['cc-by-sa-3.0-de'],
  },
  {
    id: 'cc-by-nd/4.0',
    title: 'Creative Commons Namensnennung – Keine Bearbeitung 4.0 International (CC BY-ND 4.0)',
    url: 'https://creativecommons.org/licenses/by-nd/4.0/',
    attributionRequired: true,
    aliases: ['cc-by-nd/4_0', 'cc-by-nd-4.0'],
  },
  {
    id: 'cc-by-nd/3.0',
    title: 'Creative Commons Namensnennung – Keine Bearbeitung 3.0 Unported (CC BY-ND 3.0)',
    url: 'https://creativecommons.org/licenses/by-nd/3.0/',
    attributionRequired: true,
    aliases: ['cc-by-nd/3_0', 'cc-by-nd', 'cc-by-nd-3.0'],
  },
  {
    id: 'cc-by-nc/4.0',
    title: 'Creative Commons Namensnennung – Nicht kommerziell 4.0 International (CC BY-NC 4.0)',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
    attributionRequired: true,
    aliases: ['cc-by-nc-de/4_0', 'cc-by-nc-4.0', 'cc-by-nc-de/4.0'],
  },
  {
    id: 'cc-by-nc-de/3.0',
    title: 'Creative Commons Namensnennung – Nicht kommerziell 3.0 Deutschland (CC BY-NC 3.0 DE)',
    url: 'https://creativecommons.org/licenses/by-nc/3.0/de/',
    attributionRequired: true,
    aliases: ['cc-nc/3_0', 'cc-by-nc-3.0-de'],
  },
  {
    id: 'cc-by-nc',
    title: 'Creative Commons Namensnennung – Nicht kommerziell (CC BY-NC)',
    url: 'https://creativecommons.org/licenses/by-nc/',
    attributionRequired: true,
    aliases: ['cc-nc', 'cc by-nc'],
  },
  {
    id: 'ccpdm/1.0',
    title: 'Public Domain Mark 1.0 (PDM)',
    url: 'https://creativecommons.org/publicdomain/mark/1.0/',
    attributionRequired: false,
    aliases: ['cc-pdm/1_0', 'pdm', 'public domain'],
  },
  {
    id: 'odbl',
    title: 'Open Data Commons Open Database License (ODbL)',
    url: 'https://opendatacommons.org/licenses/odbl/',
    attributionRequired: true,
    aliases: ['od-bl', 'odc-odbl', 'odbl-1.0', 'open database license (odbl)'],
  },
  {
    id: 'odby',
    title: 'Open Data Commons Attribution License (ODC-BY 1.0)',
    url: 'https://opendatacommons.org/licenses/by/',
    attributionRequired: true,
    aliases: ['od-bc', 'odc-by', 'odc-by-1.0'],
  },
  {
    id: 'odcpddl',
    title: 'Open Data Commons Public Domain Dedication and Licence (ODC PDDL)',
    url: 'https://opendatacommons.org/licenses/pddl/',
    attributionRequired: false,
    aliases: ['odc-pddl', 'pddl'],
  },
  {
    id: 'officialWork',
    title: 'Amtliches Werk, lizenzfrei nach §5 Abs. 1 UrhG',
    url: 'https://www.gesetze-im-internet.de/urhg/__5.html',
    attributionRequired: false,
    aliases: ['official-work'],
  },
  {
    id: 'geonutz/20130319',
    title: 'Nutzungsbestimmungen für die Bereitstellung von Geodaten des Bundes',
    url: 'https://sg.geodatenzentrum.de/web_public/gdz/lizenz/geonutzv.pdf',
    attributionRequired: true,
    aliases: ['geonutzv-de-2013-03-19', 'geonutzv'],
  },
  {
    id: 'etalab-2.0',
    title: 'Licence Ouverte / Open Licence 2.0',
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    attributionRequired: true,
    aliases: [
      'licence ouverte / open licence',
      'licence ouverte v2.0 (etalab)',
      'open licence 2.0',
      'lo-2.0',
    ],
  },
  {
    id: 'geoNutz/20131001',
    title: 'Nutzungsbestimmungen für die Bereitstellung von Geodaten des Landes Berlin',
    url: 'http://www.stadtentwicklung.berlin.de/geoinformation/download/nutzIII.pdf',
    attributionRequired: true,
    aliases: [],
  },
  {
    id: 'gpl/3.0',
    title: 'GNU General Public License version 3.0 (GPLv3)',
    url: 'http://www.opensource.org/licenses/gpl-3.0.html',
    attributionRequired: true,
    aliases: ['gpl/30', 'gpl-3.0', 'gplv3'],
  },
  {
    id: 'gfdl',
    title: 'GNU Free Documentation License (GFDL)',
    url: 'http://www.opendefinition.org/licenses/gfdl',
    attributionRequired: true,
    aliases: ['gfdl-1.3'],
  },
  {
    id: 'apache',
    title: 'Freie Softwarelizenz der Apache Software Foundation',
    url: 'http://www.apache.org/licenses',
    attributionRequired: true,
    aliases: ['apache-2.0'],
  },
  {
    id: 'bsd',
    title: 'BSD Lizenz',
    url: 'http://www.opensource.org/licenses/bsd-license.php',
    attributionRequired: true,
    aliases: ['bsd-3-clause', 'bsd-2-clause'],
  },
  {
    id: 'mozilla',
    title: 'Mozilla Public License 2.0 (MPL)',
    url: 'http://www.mozilla.org/MPL',
    attributionRequired: true,
    aliases: ['mpl-2.0'],
  },
  // Licences GovData lists without fixed terms: attribution is assumed, the safe reading.
  ...(
    [
      ['other-open', 'Andere offene Lizenz'],
      ['other-opensource', 'Andere Open Source Lizenz'],
      ['other-freeware', 'Andere Freeware Lizenz'],
      ['other-commercial', 'Andere kommerzielle Lizenz'],
      ['other-closed', 'Andere geschlossene Lizenz'],
    ] as const
  ).map(([id, title]) => ({ id, title, url: '', attributionRequired: true, aliases: [] })),
];

/** The DCAT-AP.de licence URI prefix. */
export const DCAT_AP_DE_LICENSES = 'http://dcat-ap.de/def/licenses/';
