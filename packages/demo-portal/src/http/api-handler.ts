/**
 * `/api/3/action/<name>`: parameters, the action, CKAN's envelope, JSONP, and the API-level fault modes.
 */
import type { IncomingMessage } from 'node:http';
import { ActionError, BadRequest, internalError } from '../ckan/action-error.js';
import type { ActionContext } from '../ckan/action-context.js';
import { ACTIONS } from '../ckan/actions/index.js';
import { errorEnvelope, helpUrl, successEnvelope } from '../ckan/envelope.js';
import { toDkanEnvelope } from '../faults/dkan-style.js';
import { ckanErrorReply } from '../faults/fault-replies.js';
import { jsonReply, type Reply } from './reply.js';
import { readActionParams } from './read-params.js';

const ACTION_PATH = /^\/api(?:\/3)?\/action\/([^/]+)$/;

/** The action name of an API path, or `null`. */
export function actionName(pathname: string): string | null {
  return ACTION_PATH.exec(pathname)?.[1] ?? null;
}

/** CKAN escapes the JSONP callback name with `html.escape`. */
function escapeCallback(name: string): string {
  return name
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');
}

function jsonp(reply: Reply, callback: string): Reply {
  const json = JSON.stringify((reply.body as { json: unknown }).json);
  return {
    ...reply,
    headers: { ...reply.headers, 'Content-Type': 'application/javascript;charset=utf-8' },
    body: `${escapeCallback(callback)}(${json});`,
  };
}

/** Answers an action call. `context` lacks only the parameters, which are read here. */
export async function handleAction(
  req: IncomingMessage,
  name: string,
  url: URL,
  context: Omit<ActionContext, 'params'>,
  sqlEnabled: boolean,
): Promise<Reply> {
  const help = helpUrl(context.baseUrl, name);
  if (context.faults.ckanError) return ckanErrorReply(context.faults.ckanError, help);
  const sqlOff = name === 'datastore_search_sql' && (context.faults.sqlOff || !sqlEnabled);
  const action = sqlOff ? undefined : ACTIONS.get(name);
  let reply: Reply;
  let callback: string | undefined;
  try {
    if (!action) throw new BadRequest(`Action name not known: ${name}`);
    const params = await readActionParams(req, url);
    if (typeof params.callback === 'string') callback = params.callback;
    delete params.callback;
    const result = await action({ ...context, params });
    const envelope = successEnvelope(help, result);
    reply = jsonReply(200, context.faults.dkan ? toDkanEnvelope(name, envelope) : envelope);
  } catch (error) {
    if (error instanceof BadRequest) return jsonReply(400, error.message);
    const actionError = error instanceof ActionError ? error : internalError();
    if (!(error instanceof ActionError)) console.error(`[demo portal] ${name} failed:`, error);
    reply = jsonReply(actionError.status, errorEnvelope(help, actionError));
  }
  return callback && reply.status === 200 && req.method === 'GET' ? jsonp(reply, callback) : reply;
}
