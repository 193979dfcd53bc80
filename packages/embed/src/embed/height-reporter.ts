import { HEIGHT_MESSAGE, isHeightRequest, type HeightMessage } from './messages.js';

/**
 * Tells the host page how tall `content` is, whenever that changes (data loaded, page changed, error
 * shown, window narrower) and whenever the host asks. Measures the content, not the viewport, so the
 * frame can also shrink. Does nothing when the page is not inside a frame.
 *
 * @param content the element whose height the frame should get
 * @param host where to post; default the parent window
 */
export function reportHeight(content: Element, host: Window = window.parent): void {
  if (host === window) return;
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    // The height is not secret, and the host's origin is unknown here; hosts check the message source.
    host.postMessage(message, '*');
  };
  new ResizeObserver(() => send()).observe(content);
  addEventListener('message', (event) => {
    if (event.source === host && isHeightRequest(event.data)) send(true);
  });
}
