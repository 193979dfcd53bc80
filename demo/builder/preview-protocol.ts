/**
 * Messages between the builder and its preview frame (builder-preview.html, same origin). Heights use the
 * iframe embed's `odw:height` message.
 *
 * @module
 */

/** builder → preview: show this element (or nothing, with `tag: null`). */
export interface PreviewConfig {
  type: 'odw:preview';
  tag: string | null;
  attributes: [string, string][];
}

/** preview → builder: the preview page is ready for a config. */
export interface PreviewReady {
  type: 'odw:preview-ready';
}

/** preview → builder: the element fired odw-load or odw-error. */
export interface PreviewEvent {
  type: 'odw:preview-event';
  event: 'odw-load' | 'odw-error';
  total?: number;
  message?: string;
}

export type PreviewMessage = PreviewReady | PreviewEvent;

export const isPreviewConfig = (data: unknown): data is PreviewConfig =>
  (data as PreviewConfig | null)?.type === 'odw:preview';

const PREVIEW_MESSAGES: readonly unknown[] = ['odw:preview-ready', 'odw:preview-event'];

export const isPreviewMessage = (data: unknown): data is PreviewMessage =>
  PREVIEW_MESSAGES.includes((data as PreviewMessage | null)?.type);
