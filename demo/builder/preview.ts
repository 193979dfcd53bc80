/**
 * The script of builder-preview.html: a blank page that loads odw.js like any host page and shows the one
 * element the builder describes, updating its attributes in place as the editor changes options.
 *
 * @module
 */
import { reportHeight } from '../../packages/embed/src/embed/height-reporter.js';
import type { OdwErrorDetail, OdwLoadDetail } from '@odw/widgets';
import { isPreviewConfig, type PreviewConfig, type PreviewMessage } from './preview-protocol.js';

const tell = (message: PreviewMessage) => parent.postMessage(message, location.origin);

function show({ tag, attributes }: PreviewConfig): void {
  if (!tag) return document.body.replaceChildren();
  let element = document.body.firstElementChild;
  if (element?.localName !== tag) {
    element = document.createElement(tag);
    document.body.replaceChildren(element);
  }
  const names = new Set(attributes.map(([name]) => name));
  for (const name of element.getAttributeNames()) if (!names.has(name)) element.removeAttribute(name);
  for (const [name, value] of attributes) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

addEventListener('message', (event) => {
  if (event.origin === location.origin && event.source === parent && isPreviewConfig(event.data))
    show(event.data);
});
document.addEventListener('odw-load', (event) =>
  tell({
    type: 'odw:preview-event',
    event: 'odw-load',
    total: (event as CustomEvent<OdwLoadDetail>).detail.total,
  }),
);
document.addEventListener('odw-error', (event) =>
  tell({
    type: 'odw:preview-event',
    event: 'odw-error',
    message: (event as CustomEvent<OdwErrorDetail>).detail.error.message,
  }),
);
reportHeight(document.documentElement);
tell({ type: 'odw:preview-ready' });
