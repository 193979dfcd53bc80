import { html, nothing } from 'lit';
import type { BuilderModel } from '../model.js';
import { presetOf } from '../presets.js';

const OTHER = 'other';

/** Step 1: which portal (presets or an address) and, optionally, which organization. */
export function portalStep(model: BuilderModel) {
  const { state, t } = model;
  const { portal, organization } = state.choices;
  const preset = presetOf(state.presets, portal, organization);
  const form = (event: Event) => event.currentTarget as HTMLFormElement;
  const field = (f: HTMLFormElement, name: string) => (f.elements.namedItem(name) as HTMLInputElement).value;
  const probe = state.probe;
  return html`<section class="step" aria-labelledby="step1">
    <h2 id="step1">${t.step1}</h2>
    <form
      @submit=${(event: Event) => {
        event.preventDefault();
        model.connect(field(form(event), 'portal'), field(form(event), 'organization'));
      }}
    >
      <label for="preset">${t.preset}</label>
      <select
        id="preset"
        @change=${(event: Event) => {
          const chosen = state.presets.find((p) => p.id === (event.target as HTMLSelectElement).value);
          if (chosen) model.connect(chosen.url, chosen.organization);
        }}
      >
        ${state.presets.map(
          (p) =>
            html`<option value=${p.id} ?selected=${p.id === preset?.id}>${p.label[state.uiLang]}</option>`,
        )}
        <option value=${OTHER} ?selected=${!preset}>${t.presetOther}</option>
      </select>
      <label for="portal-url">${t.portalUrl}</label>
      <input
        id="portal-url"
        name="portal"
        type="url"
        inputmode="url"
        autocomplete="url"
        spellcheck="false"
        .value=${portal}
        aria-describedby="portal-url-hint"
        required
      />
      <p class="hint" id="portal-url-hint">${t.portalUrlHint}</p>
      <label for="organization">${t.organization}</label>
      <input id="organization" name="organization" type="text" spellcheck="false" .value=${organization} />
      <button type="submit">${t.connect}</button>
    </form>
    <p role="status" class=${probe && !probe.ok ? 'problem' : 'ok'}>
      ${
        state.probing
          ? t.connecting
          : probe?.ok
            ? t.connected(probe.url, `${probe.type} ${probe.version}`.trim())
            : probe
              ? t.probeProblem[probe.problem]
              : nothing
      }
    </p>
  </section>`;
}
