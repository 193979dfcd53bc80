import { html } from 'lit';
import type { BuilderModel } from '../model.js';
import { choiceList } from './choice-list.js';

/** Step 4: which kind of view; one choice per element of packages/embed/elements.json. */
export function widgetStep(model: BuilderModel) {
  const { state, t } = model;
  return html`<section class="step" aria-labelledby="step4">
    <h2 id="step4">${t.step4}</h2>
    <fieldset class="choices">
      <legend class="visually-hidden">${t.step4}</legend>
      ${choiceList(
        'widget',
        state.elements.map((e) => ({
          id: `widget-${e.widget}`,
          checked: state.choices.widget === e.widget,
          title: e.label[state.uiLang],
          meta: html`${e.description[state.uiLang]} <code>&lt;${e.tag}&gt;</code>`,
          onSelect: () => model.selectWidget(e.widget),
        })),
      )}
    </fieldset>
  </section>`;
}
