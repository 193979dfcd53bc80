/**
 * `/__odw/*`: the portal's control endpoints for tests and benchmarks. They never carry faults and are not
 * logged. `GET|DELETE /__odw/log`, `GET|PUT|DELETE /__odw/faults`, `POST /__odw/preload`,
 * `GET /__odw/hostile-corpus`.
 */
import type { IncomingMessage } from 'node:http';
import type { Datastore } from '../datastore/datastore.js';
import type { FaultRegistry } from '../faults/fault-registry.js';
import { FaultSpecError } from '../faults/fault-spec.js';
import { hostileCorpus } from '../hostile/corpus.js';
import type { RequestLog } from '../request-log.js';
import { readActionParams } from './read-params.js';
import { jsonReply, type Reply } from './reply.js';

/** What the control endpoints act on. */
export interface ControlTargets {
  log: RequestLog;
  faults: FaultRegistry;
  datastore: () => Promise<Datastore>;
}

const methodNotAllowed = (allowed: string) =>
  jsonReply(405, { error: `Method not allowed; use ${allowed}` }, { Allow: allowed });

async function faultsEndpoint(req: IncomingMessage, url: URL, faults: FaultRegistry): Promise<Reply> {
  if (req.method === 'GET') return jsonReply(200, { spec: faults.server });
  if (req.method === 'DELETE') {
    faults.clear();
    return jsonReply(200, { spec: null });
  }
  if (req.method !== 'PUT' && req.method !== 'POST') return methodNotAllowed('GET, PUT, DELETE');
  try {
    const { spec } = await readActionParams(req, url);
    if (typeof spec !== 'string') return jsonReply(400, { error: 'Body must be {"spec": "<fault spec>"}' });
    faults.setServer(spec);
    return jsonReply(200, { spec: faults.server });
  } catch (error) {
    if (error instanceof FaultSpecError) return jsonReply(400, { error: error.message });
    return jsonReply(400, { error: (error as Error).message });
  }
}

/** Answers a control request. */
export async function handleControl(req: IncomingMessage, url: URL, targets: ControlTargets): Promise<Reply> {
  switch (url.pathname) {
    case '/__odw/log':
      if (req.method === 'DELETE') targets.log.clear();
      else if (req.method !== 'GET') return methodNotAllowed('GET, DELETE');
      return jsonReply(200, targets.log.list());
    case '/__odw/faults':
      return faultsEndpoint(req, url, targets.faults);
    case '/__odw/preload': {
      if (req.method !== 'POST') return methodNotAllowed('POST');
      const datastore = await targets.datastore();
      await datastore.preload();
      return jsonReply(200, datastore.report());
    }
    case '/__odw/hostile-corpus':
      return jsonReply(200, hostileCorpus);
    default:
      return jsonReply(404, { error: `Unknown control endpoint ${url.pathname}` });
  }
}
