import { html } from 'lit';
import type { BuilderModel } from '../model.js';

/** Step 4: which kind of view; one choice per element of packages/embed/elements.json. */
export function widgetStep(model: BuilderModel) {
  const { state, t } = model;
  return html`<section class="step" aria-labelledby="step4">
    <h2 id="step4">${t.step4}</h2>
    <fieldset class="choices">
      <legend class="visually-hidden">${t.step4}</legend>
      <ul>
        ${state.elements.map(
          (e) =>
            html`<li>
              <input
                type="radio"
                name="widget"
                id=${`widget-${e.widget}`}
                .checked=${state.choices.widget === e.widget}
                @change=${() => model.selectWidget(e.widget)}
              />
              <label for=${`widget-${e.widget}`}>
                <span class="title">${e.label[state.uiLang]}</span>
                <span class="meta">${e.description[state.uiLang]} <code>&lt;${e.tag}&gt;</code></span>
              </label>
            </li>`,
        )}
      </ul>
    </fieldset>
  </section>`;
}
