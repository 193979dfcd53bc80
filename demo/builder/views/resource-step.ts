import { html, nothing } from 'lit';
import { formatBytes } from '../i18n.js';
import type { BuilderModel } from '../model.js';
import { choiceList } from './choice-list.js';

/**
 * Step 3: which resource (file or DataStore table) of the dataset. Shown before a dataset is chosen too,
 * with a hint, so the steps on the page are numbered without a gap.
 */
export function resourceStep(model: BuilderModel) {
  const { state, t } = model;
  const dataset = state.dataset;
  return html`<section class="step" aria-labelledby="step3">
    <h2 id="step3">${t.step3}</h2>
    ${
      !dataset
        ? html`<p class="hint">${state.loadingDataset ? nothing : t.resourceFirst}</p>`
        : dataset.resources.length
          ? html`<fieldset class="choices" aria-describedby="resource-hint">
              <legend>${dataset.title}</legend>
              <p class="hint" id="resource-hint">${t.resourceHint}</p>
              ${choiceList(
                'resource',
                dataset.resources.map((r) => ({
                  id: `resource-${r.id}`,
                  checked: state.choices.resource === r.id,
                  title: r.name,
                  meta: [r.format, r.datastoreActive ? t.datastore : '', formatBytes(r.size, state.uiLang)]
                    .filter(Boolean)
                    .join(' · '),
                  onSelect: () => model.selectResource(r.id),
                })),
              )}
            </fieldset>`
          : html`<p>${t.noResources}</p>`
    }
  </section>`;
}
