/**
 * The script of the iframe page `embed.html?widget=table&portal=…&dataset=…`: renders one element
 * full-frame with the query parameters as its attributes and reports its height to the host page.
 * Runs after odw.js, which loads the element's code.
 *
 * @module
 */
import { WIDGETS } from 'odw:widgets';
import { pageRegistry } from '../autoloader/page-registry.js';
import {
  checkAttributeNames,
  isProblem,
  readEmbedQuery,
  type EmbedLang,
  type EmbedProblem,
} from './embed-query.js';
import { reportHeight } from './height-reporter.js';

const HEADINGS: Record<EmbedLang, string> = {
  de: 'Diese Einbindung ist fehlerhaft',
  en: 'This embed is broken',
};

function showProblem(root: HTMLElement, problem: EmbedProblem): void {
  document.documentElement.lang = problem.lang;
  const box = document.createElement('div');
  box.className = 'odw-embed-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'odw-embed-error__heading';
  heading.textContent = HEADINGS[problem.lang];
  const text = document.createElement('p');
  text.textContent = problem.message[problem.lang];
  box.append(heading, text);
  root.replaceChildren(box);
  console.error(`odw embed: ${problem.message.en}`);
}

async function mount(root: HTMLElement): Promise<void> {
  const request = readEmbedQuery(location.search, WIDGETS);
  if (isProblem(request)) return showProblem(root, request);
  document.documentElement.lang = request.lang;
  try {
    await pageRegistry().load(request.tag);
  } catch (error) {
    const reason = (error as Error)?.message ?? String(error);
    return showProblem(root, {
      lang: request.lang,
      message: {
        de: `Der Programmcode für <${request.tag}> konnte nicht geladen werden (${reason}).`,
        en: `The code of <${request.tag}> could not be loaded (${reason}).`,
      },
    });
  }
  const elementClass = customElements.get(request.tag) as { observedAttributes?: string[] } | undefined;
  const problem = checkAttributeNames(request, elementClass?.observedAttributes ?? []);
  if (problem) return showProblem(root, problem);
  const element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  root.replaceChildren(element);
}

const root = document.getElementById('odw-embed')!;
reportHeight(document.body);
void mount(root);
