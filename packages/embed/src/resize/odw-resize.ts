/**
 * `odw-resize.js`: include it once on a page with odw iframes (`embed.html`), and each frame takes the
 * height of its content, like Datawrapper's responsive embeds. Without it the frames keep the height the
 * snippet gives them and scroll inside.
 *
 * ```html
 * <script src="https://…/odw-resize-0.1.0.js" integrity="sha384-…" crossorigin="anonymous" defer></script>
 * ```
 *
 * @module
 */
import { HEIGHT_REQUEST, MAX_HEIGHT, isHeightMessage, type HeightRequest } from '../embed/messages.js';

const INSTALLED = Symbol.for('odw.resize');
const scope = window as unknown as Record<symbol, boolean>;

function resizeFrom(event: MessageEvent): void {
  if (!isHeightMessage(event.data)) return;
  // Only the frame that sent the message is resized: a frame can change its own height, nothing else.
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.min(Math.ceil(event.data.height), MAX_HEIGHT)}px`;
      return;
    }
  }
}

function askFramesForHeight(): void {
  const request: HeightRequest = { type: HEIGHT_REQUEST };
  for (const frame of document.getElementsByTagName('iframe')) frame.contentWindow?.postMessage(request, '*');
}

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  addEventListener('message', resizeFrom);
  // Frames that reported before this script ran are asked again; so are frames that load later.
  askFramesForHeight();
  addEventListener('DOMContentLoaded', askFramesForHeight);
  addEventListener('load', askFramesForHeight);
}
