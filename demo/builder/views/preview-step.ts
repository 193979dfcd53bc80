import { html, nothing } from 'lit';
import type { BuilderModel } from '../model.js';

/**
 * Step 6: the live preview. A blank page in an iframe (builder-preview.html) loads odw.js like a host page
 * and shows the element with the same attributes as the snippet.
 */
export function previewStep(model: BuilderModel) {
  const { state, t } = model;
  const blocked = state.probe && !state.probe.ok && state.probe.problem === 'cors';
  const { status, total, message } = state.preview;
  return html`<section class="step preview" aria-labelledby="step6">
    <h2 id="step6">${t.step6}</h2>
    <p class="hint">${t.previewNote}</p>
    <iframe id="preview-frame" src="builder-preview.html" title=${t.previewTitle} ?hidden=${blocked}></iframe>
    <p role="status" class=${status === 'error' || blocked ? 'problem' : ''}>
      ${
        blocked
          ? t.previewUnavailable
          : status === 'loading'
            ? t.previewLoading
            : status === 'loaded'
              ? t.previewLoaded(total)
              : status === 'error'
                ? t.previewError(message ?? '')
                : nothing
      }
    </p>
  </section>`;
}
