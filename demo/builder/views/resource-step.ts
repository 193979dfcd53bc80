import { html, nothing } from 'lit';
import { formatBytes } from '../i18n.js';
import type { BuilderModel } from '../model.js';

/** Step 3: which resource (file or DataStore table) of the dataset. */
export function resourceStep(model: BuilderModel) {
  const { state, t } = model;
  const dataset = state.dataset;
  if (!dataset) return nothing;
  return html`<section class="step" aria-labelledby="step3">
    <h2 id="step3">${t.step3}</h2>
    ${
      dataset.resources.length
        ? html`<fieldset class="choices" aria-describedby="resource-hint">
            <legend>${dataset.title}</legend>
            <p class="hint" id="resource-hint">${t.resourceHint}</p>
            <ul>
              ${dataset.resources.map(
                (r) =>
                  html`<li>
                    <input
                      type="radio"
                      name="resource"
                      id=${`resource-${r.id}`}
                      .checked=${state.choices.resource === r.id}
                      @change=${() => model.selectResource(r.id)}
                    />
                    <label for=${`resource-${r.id}`}>
                      <span class="title">${r.name}</span>
                      <span class="meta"
                        >${[r.format, r.datastoreActive ? t.datastore : '', formatBytes(r.size, state.uiLang)]
                          .filter(Boolean)
                          .join(' · ')}</span
                      >
                    </label>
                  </li>`,
              )}
            </ul>
          </fieldset>`
        : html`<p>${t.noResources}</p>`
    }
  </section>`;
}
