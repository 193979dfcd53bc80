import { html, nothing } from 'lit';
import { formatDate } from '../i18n.js';
import type { BuilderModel } from '../model.js';
import type { DatasetSummary } from '../portal-access.js';
import { choiceList, type Choice } from './choice-list.js';

function resultChoice(model: BuilderModel, dataset: DatasetSummary): Choice {
  const { state, t } = model;
  const formats = [...new Set(dataset.resources.map((r) => r.format.toUpperCase()).filter(Boolean))];
  const hasTable = dataset.resources.some((r) => r.datastoreActive);
  return {
    id: `dataset-${dataset.name}`,
    checked: state.choices.dataset === dataset.name,
    title: dataset.title,
    meta: [
      dataset.organization,
      formats.join(', '),
      hasTable ? t.datastore : '',
      dataset.modified ? t.modified(formatDate(dataset.modified, state.uiLang)) : '',
    ]
      .filter(Boolean)
      .join(' · '),
    onSelect: () => model.selectDataset(dataset.name),
  };
}

/** Step 2: search the portal, pick a dataset (or type its name when the portal cannot search). */
export function datasetStep(model: BuilderModel) {
  const { state, t } = model;
  const search = state.search;
  const value = (event: Event, name: string) =>
    ((event.currentTarget as HTMLFormElement).elements.namedItem(name) as HTMLInputElement).value;
  return html`<section class="step" aria-labelledby="step2">
    <h2 id="step2">${t.step2}</h2>
    <form
      role="search"
      @submit=${(event: Event) => {
        event.preventDefault();
        model.search(value(event, 'q'));
      }}
    >
      <label for="search">${t.search}</label>
      <div class="inline">
        <input id="search" name="q" type="search" .value=${state.choices.q} />
        <button type="submit">${t.searchButton}</button>
      </div>
    </form>
    <p role="status" class=${state.searchError ? 'problem' : ''}>
      ${
        state.searching
          ? t.searching
          : state.searchError
            ? t.searchFailed(state.searchError)
            : search
              ? t.found(search.total, search.datasets.length)
              : nothing
      }
    </p>
    ${
      search?.datasets.length
        ? html`<fieldset class="choices">
            <legend>${t.results}</legend>
            ${choiceList(
              'dataset',
              search.datasets.map((d) => resultChoice(model, d)),
            )}
          </fieldset>`
        : nothing
    }
    <form
      class="by-name"
      @submit=${(event: Event) => {
        event.preventDefault();
        model.selectDataset(value(event, 'name').trim());
      }}
    >
      <label for="dataset-name">${t.byName}</label>
      <div class="inline">
        <input id="dataset-name" name="name" type="text" spellcheck="false" .value=${state.choices.dataset} />
        <button type="submit">${t.useName}</button>
      </div>
    </form>
    ${state.datasetError ? html`<p class="problem" role="alert">${t.datasetFailed(state.datasetError)}</p>` : nothing}
  </section>`;
}
