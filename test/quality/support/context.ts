/**
 * The {@link GateContext} registrations build attributes from: the portal's URL, fault prefixes, and the
 * download URLs of its resources (read once from `package_search`).
 */
import { HOSTILE_DATASET } from '@odw/demo-portal';
import type { GateContext } from '../registry/types.js';
import { faultyPortal, type Stage } from './stage.js';

interface PackageSummary {
  name: string;
  resources: { id: string; url: string; name: string }[];
}

async function readPackages(portalUrl: string): Promise<PackageSummary[]> {
  const response = await fetch(`${portalUrl}/api/3/action/package_search?rows=1000`);
  const body = (await response.json()) as { result: { results: PackageSummary[] } };
  return body.result.results;
}

let context: Promise<GateContext> | undefined;

/** The context for this run's stage. */
export function gateContext(stage: Stage): Promise<GateContext> {
  context ??= readPackages(stage.portalUrl).then((packages) => {
    const byDataset = new Map(packages.map((p) => [p.name, p.resources]));
    const byResource = new Map(packages.flatMap((p) => p.resources.map((r) => [r.id, r.url])));
    const resource = (dataset: string, position: number) => {
      const found = byDataset.get(dataset)?.[position - 1];
      if (!found) throw new Error(`The demo portal has no resource ${position} in ${dataset}`);
      return found;
    };
    return {
      portal: stage.portalUrl,
      faulty: (spec) => faultyPortal(stage, spec),
      fileUrl(resourceId) {
        const url = byResource.get(resourceId);
        if (!url) throw new Error(`The demo portal has no resource ${resourceId}`);
        return url;
      },
      resourceUrl: (dataset, position = 1) => resource(dataset, position).url,
      resourceName: (dataset, position) => resource(dataset, position).name,
      hostile: {
        dataset: HOSTILE_DATASET.dataset,
        tableResourceId: HOSTILE_DATASET.tableResourceId,
        geojsonResourceId: HOSTILE_DATASET.geojsonResourceId,
      },
    };
  });
  return context;
}
