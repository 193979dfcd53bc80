import { html, nothing, type TemplateResult } from 'lit';
import { attributeHelp, attributeLabel } from '../attribute-texts.js';
import type { WidgetLang } from '../choices.js';
import type { BuilderModel } from '../model.js';
import type { OptionSpec } from '../option-specs.js';
import { readColumns, readSort, writeColumns, writeSort, type ColumnChoice } from '../field-values.js';

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function columnsControl(model: BuilderModel, spec: OptionSpec, chosen: ColumnChoice[], describedBy: string) {
  const fields = model.state.fields!;
  const byField = new Map(chosen.map((c) => [c.field, c]));
  // Checked columns keep their order and labels; a newly checked one goes where it is in the data.
  const toggle = (name: string, on: boolean) => {
    const next = on
      ? fields
          .filter((f) => byField.has(f.name) || f.name === name)
          .map((f) => byField.get(f.name) ?? { field: f.name })
      : chosen.filter((c) => c.field !== name);
    model.setOption(spec.name, writeColumns(next));
  };
  return html`<fieldset class="fields" id=${`opt-${spec.name}`} aria-describedby=${describedBy}>
    <legend>${labelOf(model, spec)}</legend>
    <p class="hint">${model.t.columnsAll}</p>
    <ul>
      ${fields.map(
        (f, i) =>
          html`<li>
            <input
              type="checkbox"
              id=${`opt-${spec.name}-${i}`}
              .checked=${byField.has(f.name)}
              @change=${(event: Event) => toggle(f.name, (event.target as HTMLInputElement).checked)}
            />
            <label for=${`opt-${spec.name}-${i}`}>${f.name}</label>
          </li>`,
      )}
    </ul>
  </fieldset>`;
}

function sortControl(
  model: BuilderModel,
  spec: OptionSpec,
  sort: { field: string; descending: boolean },
  describedBy: string,
) {
  const { t } = model;
  const fields = model.state.fields!;
  return html`<fieldset class="sort" id=${`opt-${spec.name}`} aria-describedby=${describedBy}>
    <legend>${labelOf(model, spec)}</legend>
    <div class="inline">
      <span>
        <label for=${`opt-${spec.name}-field`}>${t.sortField}</label>
        <select
          id=${`opt-${spec.name}-field`}
          @change=${(event: Event) => model.setOption(spec.name, writeSort(valueOf(event), sort.descending))}
        >
          <option value="" ?selected=${!sort.field}>${t.sortNone}</option>
          ${fields.map((f) => html`<option .value=${f.name} ?selected=${f.name === sort.field}>${f.name}</option>`)}
        </select>
      </span>
      <span>
        <label for=${`opt-${spec.name}-direction`}>${t.sortDirection}</label>
        <select
          id=${`opt-${spec.name}-direction`}
          ?disabled=${!sort.field}
          @change=${(event: Event) => model.setOption(spec.name, writeSort(sort.field, valueOf(event) === 'desc'))}
        >
          <option value="asc" ?selected=${!sort.descending}>${t.ascending}</option>
          <option value="desc" ?selected=${sort.descending}>${t.descending}</option>
        </select>
      </span>
    </div>
  </fieldset>`;
}

function labelOf(model: BuilderModel, spec: OptionSpec): TemplateResult {
  const label = attributeLabel(spec.name, model.state.uiLang);
  return label ? html`${label} <code>${spec.name}</code>` : html`<code>${spec.name}</code>`;
}

/** Text with `code` in backticks, as the elements' JSDoc and the German help texts write examples. */
export function withCode(text: string) {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return text; // an unpaired backtick: show the text as it is
  return parts.map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}

/** The help text in the UI language, or the element's English documentation marked as English. */
function help(model: BuilderModel, spec: OptionSpec) {
  const { uiLang } = model.state;
  const { text, lang } = attributeHelp(model.element.tag, spec.name, spec.description, uiLang);
  if (!text) return nothing;
  return html`<span lang=${lang === uiLang ? nothing : lang}>${withCode(text)}</span>`;
}

function plainControl(model: BuilderModel, spec: OptionSpec, value: string, describedBy: string) {
  const id = `opt-${spec.name}`;
  const set = (event: Event) => model.setOption(spec.name, valueOf(event));
  switch (spec.kind) {
    case 'boolean':
      return html`<div class="check">
        <input
          type="checkbox"
          id=${id}
          aria-describedby=${describedBy}
          .checked=${value === 'true'}
          @change=${(event: Event) => model.setOption(spec.name, (event.target as HTMLInputElement).checked ? 'true' : '')}
        />
        <label for=${id}>${labelOf(model, spec)}</label>
      </div>`;
    case 'choice':
      return html`<label for=${id}>${labelOf(model, spec)}</label>
        <select id=${id} aria-describedby=${describedBy} @change=${set}>
          <option value="" ?selected=${!value}>${model.t.defaultChoice}</option>
          ${spec.choices.map((c) => html`<option .value=${c} ?selected=${c === value}>${c}</option>`)}
        </select>`;
    default:
      return html`<label for=${id}>${labelOf(model, spec)}</label>
        <input
          id=${id}
          type=${spec.kind === 'number' ? 'number' : 'text'}
          inputmode=${spec.kind === 'number' ? 'numeric' : nothing}
          spellcheck="false"
          placeholder=${spec.defaultValue || nothing}
          aria-describedby=${describedBy}
          .value=${value}
          @change=${set}
        />`;
  }
}

function option(model: BuilderModel, spec: OptionSpec) {
  const value = model.state.choices.options[spec.name] ?? '';
  const describedBy = `opt-${spec.name}-doc`;
  // Field pickers when the resource's fields are known and the value fits them; text otherwise.
  const fields = model.state.fields?.length;
  const columns = fields && spec.kind === 'columns' ? readColumns(value) : undefined;
  const sort = fields && spec.kind === 'sort' ? readSort(value) : undefined;
  const control = columns
    ? columnsControl(model, spec, columns, describedBy)
    : sort
      ? sortControl(model, spec, sort, describedBy)
      : plainControl(model, spec, value, describedBy);
  return html`<div class="option">
    ${control}
    <p class="hint" id=${describedBy}>
      ${help(model, spec)}
      ${
        spec.defaultValue && !(spec.kind === 'boolean' && spec.defaultValue === 'false')
          ? html`<span>${model.t.defaultIs(spec.defaultValue)}</span>`
          : nothing
      }
    </p>
  </div>`;
}

/** Step 5: one control per attribute of the element, from the custom-elements manifest. */
export function optionsStep(model: BuilderModel) {
  const { state, t } = model;
  const langs: [WidgetLang, string, string | undefined][] = [
    ['', t.widgetLangPage, undefined],
    ['de', 'Deutsch', 'de'],
    ['en', 'English', 'en'],
  ];
  return html`<section class="step" aria-labelledby="step5">
    <h2 id="step5">${t.step5}</h2>
    <p class="hint">${t.optionsHint}</p>
    ${state.options.map((spec) => option(model, spec))}
    <div class="option">
      <label for="widget-lang">${t.widgetLang} <code>lang</code></label>
      <select
        id="widget-lang"
        aria-describedby="widget-lang-doc"
        @change=${(event: Event) => model.setWidgetLang(valueOf(event) as WidgetLang)}
      >
        ${langs.map(
          ([value, label, lang]) =>
            html`<option
              .value=${value}
              lang=${lang && lang !== state.uiLang ? lang : nothing}
              ?selected=${state.choices.widgetLang === value}
            >
              ${label}
            </option>`,
        )}
      </select>
      <p class="hint" id="widget-lang-doc">${withCode(t.widgetLangHint)}</p>
    </div>
  </section>`;
}
