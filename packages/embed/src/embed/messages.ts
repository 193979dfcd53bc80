/**
 * The messages between the iframe page (`embed.html`) and `odw-resize.js` on the host page. Plain objects,
 * so any host can also handle them with its own few lines of script (see docs/guide-journalists.md).
 *
 * @module
 */

/** iframe → host: the content is now `height` CSS pixels tall. */
export interface HeightMessage {
  type: 'odw:height';
  height: number;
}

/** host → iframe: please send your height again (the host's script may start after the first report). */
export interface HeightRequest {
  type: 'odw:height-request';
}

export const HEIGHT_MESSAGE = 'odw:height';
export const HEIGHT_REQUEST = 'odw:height-request';

/** No page is taller than this; larger values are clamped, so a broken frame cannot blow up the host. */
export const MAX_HEIGHT = 20_000;

/** Whether `data` is a well-formed {@link HeightMessage}. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const message = data as Partial<HeightMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === HEIGHT_MESSAGE &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height >= 0
  );
}

/** Whether `data` is a {@link HeightRequest}. */
export function isHeightRequest(data: unknown): data is HeightRequest {
  return (data as Partial<HeightRequest> | null)?.type === HEIGHT_REQUEST;
}
