/**
 * The licences the portal's datasets use. Ids are DCAT-AP.de's short ids, so each maps to the licence URI
 * `http://dcat-ap.de/def/licenses/<id>` (titles as in GovData's `license_list`).
 */
import type { CkanLicense } from './catalog.js';

/** The DCAT-AP.de URI of a licence id. */
export function dcatApDeUri(id: string): string {
  return `http://dcat-ap.de/def/licenses/${id}`;
}

function license(id: string, title: string, url: string, open = true): CkanLicense {
  return {
    id,
    title,
    url,
    status: 'active',
    od_conformance: open ? 'approved' : 'not reviewed',
    osd_conformance: 'not reviewed',
    domain_content: true,
    domain_data: true,
    domain_software: false,
    family: '',
    maintainer: '',
  };
}

/** `license_list`. */
export const LICENSES: CkanLicense[] = [
  license(
    'dl-zero-de/2.0',
    'Datenlizenz Deutschland – Zero – Version 2.0',
    'https://www.govdata.de/dl-de/zero-2-0',
  ),
  license('dl-by-de/2.0', 'Datenlizenz Deutschland Namensnennung 2.0', 'https://www.govdata.de/dl-de/by-2-0'),
  license('cc-by', 'Creative Commons Namensnennung (CC-BY)', 'http://www.opendefinition.org/licenses/cc-by'),
  license(
    'cc-by/4.0',
    'Creative Commons Namensnennung – 4.0 International (CC BY 4.0)',
    'https://creativecommons.org/licenses/by/4.0/',
  ),
  license(
    'cc-zero',
    'Creative Commons CC Zero License (cc-zero)',
    'http://www.opendefinition.org/licenses/cc-zero',
  ),
  license('other-open', 'Andere offene Lizenz', ''),
];
