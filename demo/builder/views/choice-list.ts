import { html, type TemplateResult } from 'lit';

/** One option of a {@link choiceList}. */
export interface Choice {
  id: string;
  checked: boolean;
  title: string;
  /** The smaller second line (format, organisation, date …). */
  meta: string | TemplateResult;
  onSelect: () => void;
}

/** A list of radio buttons with a title and a second line each: datasets, resources, views. */
export function choiceList(name: string, choices: Choice[]): TemplateResult {
  return html`<ul>
    ${choices.map(
      (c) =>
        html`<li>
          <input type="radio" name=${name} id=${c.id} .checked=${c.checked} @change=${c.onSelect} />
          <label for=${c.id}>
            <span class="title">${c.title}</span>
            <span class="meta">${c.meta}</span>
          </label>
        </li>`,
    )}
  </ul>`;
}
