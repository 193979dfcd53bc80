import { HOSTILE_GROUP, HOSTILE_ORGANIZATION, hostileDataset } from '../hostile/hostile-dataset.js';
import type { Catalog } from './catalog.js';
import { groupDict, type DatasetDefinition, type GroupDefinition } from './definitions.js';
import { LICENSES } from './licenses.js';
import { moersLegacyDatasets } from './moers-legacy.js';
import { ORGANIZATIONS, THEMES } from './organizations.js';
import { buildPackages } from './package-builder.js';
import { REAL_DATASETS } from './real-datasets.js';

/** A catalogue from definitions: organizations, groups, licences and datasets. */
export function assembleCatalog(
  baseUrl: string,
  parts: { organizations: GroupDefinition[]; groups: GroupDefinition[]; datasets: DatasetDefinition[] },
): Catalog {
  const organizations = parts.organizations.map((o) => groupDict('organization', o));
  const seen = new Set<string>();
  const groups = parts.groups
    .filter((g) => !seen.has(g.name) && seen.add(g.name))
    .map((g) => groupDict('group', g));
  const built = buildPackages(parts.datasets, { baseUrl, organizations, groups, licenses: LICENSES });
  return { ...built, organizations, groups, licenses: LICENSES };
}

/**
 * The built-in content: the Moers catalogue (185 datasets, metadata only), the DataStore-active real
 * datasets, and the hostile test dataset in organization `odw-test`.
 */
export async function loadDefaultCatalog(baseUrl: string): Promise<Catalog> {
  const moers = await moersLegacyDatasets();
  return assembleCatalog(baseUrl, {
    organizations: [...ORGANIZATIONS, HOSTILE_ORGANIZATION],
    groups: [...THEMES, ...moers.groups, HOSTILE_GROUP],
    datasets: [...REAL_DATASETS, ...moers.datasets, hostileDataset()],
  });
}
