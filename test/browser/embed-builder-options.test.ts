// The builder's options form (step 5) rendered in the browser with a stand-in model: labels, German help
// texts, and the element's English JSDoc, marked as English, wherever no German text exists yet.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { GERMAN_HELP } from '../../demo/builder/attribute-texts.js';
import { TEXTS, type UiLang } from '../../demo/builder/i18n.js';
import type { BuilderModel } from '../../demo/builder/model.js';
import type { OptionSpec } from '../../demo/builder/option-specs.js';
import { optionsStep } from '../../demo/builder/views/options-step.js';

const spec = (name: string, description: string, defaultValue = ''): OptionSpec => ({
  name,
  kind: 'text',
  choices: [],
  defaultValue,
  description,
});

/** Step 5 for element `tag` with `options`, in a container whose language is the UI language. */
function renderOptions(tag: string, options: OptionSpec[], uiLang: UiLang): HTMLElement {
  const model = {
    state: { uiLang, options, choices: { options: {}, widgetLang: '' } },
    t: TEXTS[uiLang],
    element: { tag },
  } as unknown as BuilderModel;
  const container = document.createElement('div');
  container.lang = uiLang;
  document.body.append(container);
  render(optionsStep(model), container);
  return container;
}

/** The help of option `name`: its text, and the language it is read in. */
function help(container: HTMLElement, name: string) {
  const span = container.querySelector(`#opt-${name}-doc > span`)!;
  return {
    text: span.textContent,
    lang: span.closest('[lang]')!.getAttribute('lang'),
    marked: span.getAttribute('lang'),
  };
}

const labelOf = (container: HTMLElement, name: string) =>
  container.querySelector(`label[for="opt-${name}"]`)!.textContent!.replace(/\s+/g, ' ').trim();

describe('builder options form (step 5)', () => {
  afterEach(() => document.querySelectorAll('body > div[lang]').forEach((d) => d.remove()));

  it("shows an untranslated element's JSDoc marked as English in the German UI", () => {
    const container = renderOptions(
      'odw-chart',
      [spec('page-size', 'Rows per page.'), spec('stacked', 'Stacks the bars.')],
      'de',
    );
    expect(help(container, 'page-size')).to.deep.equal({ text: 'Rows per page.', lang: 'en', marked: 'en' });
    expect(help(container, 'stacked')).to.deep.equal({ text: 'Stacks the bars.', lang: 'en', marked: 'en' });
    // Labels are by attribute name: a known one is German, an unknown one shows just the name.
    expect(labelOf(container, 'page-size')).to.equal('Zeilen pro Seite page-size');
    expect(labelOf(container, 'stacked')).to.equal('stacked');
  });

  it('shows the German text of a table option in the German UI, unmarked, and the JSDoc in the English UI', () => {
    const { de, jsdoc } = GERMAN_HELP['odw-table']['columns'];
    const options = [spec('columns', jsdoc)];
    const german = renderOptions('odw-table', options, 'de');
    expect(help(german, 'columns')).to.deep.equal({ text: de.replaceAll('`', ''), lang: 'de', marked: null });
    const english = renderOptions('odw-table', options, 'en');
    expect(help(english, 'columns')).to.deep.equal({
      text: 'Columns to show, in order, optionally relabelled: Straße, Bezirk:Abfuhrbezirk. Default: all.',
      lang: 'en',
      marked: null,
    });
  });

  it('shows examples in backticks as code, and a text with an unpaired backtick as it is', () => {
    const container = renderOptions(
      'odw-table',
      [spec('columns', GERMAN_HELP['odw-table']['columns'].jsdoc), spec('odd', 'A `lone backtick.')],
      'de',
    );
    const codes = [...container.querySelectorAll('#opt-columns-doc code')].map((c) => c.textContent);
    expect(codes).to.deep.equal(['Spalte:Überschrift', 'Straße, Bezirk:Abfuhrbezirk']);
    expect(help(container, 'odd').text).to.equal('A `lone backtick.');
  });
});
