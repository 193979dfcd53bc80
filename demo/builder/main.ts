/**
 * The builder (demo/builder.html): portal → dataset → resource → view → options → live preview → snippets.
 * One state object, rendered with lit-html after every change; the choices are mirrored into the URL hash.
 *
 * @module
 */
import { html, render } from 'lit';
import manifest from 'odw:custom-elements';
import registry from '../../packages/embed/elements.json';
import { isHeightMessage } from '../../packages/embed/src/embed/messages.js';
import { choicesFromHash, choicesToHash, type Choices, type ScriptKind, type WidgetLang } from './choices.js';
import { elementAttributes, isComplete, type ElementEntry } from './element-config.js';
import { TEXTS, type UiLang } from './i18n.js';
import type { BuilderModel, BuilderState, CdnManifest, SnippetKind } from './model.js';
import { optionSpecs } from './option-specs.js';
import {
  getDataset,
  probePortal,
  resourceFields,
  searchDatasets,
  type DatasetSummary,
} from './portal-access.js';
import { presets } from './presets.js';
import { isPreviewMessage, type PreviewConfig } from './preview-protocol.js';
import { httpUrl } from './safe-url.js';
import { iframeSnippet, npmSnippet, scriptSnippet, type SnippetInput } from './snippets.js';
import { datasetStep } from './views/dataset-step.js';
import { optionsStep } from './views/options-step.js';
import { outputStep } from './views/output-step.js';
import { portalStep } from './views/portal-step.js';
import { previewStep } from './views/preview-step.js';
import { resourceStep } from './views/resource-step.js';
import { widgetStep } from './views/widget-step.js';
import { warningsFor } from './warnings.js';

const ELEMENTS: ElementEntry[] = registry.elements;
const UI_LANG_KEY = 'ui';

class Builder implements BuilderModel {
  readonly state: BuilderState;
  private readonly defaults: Choices;
  private readonly tasks = new Map<string, AbortController>();
  private lastPreview = '';

  constructor(private readonly root: HTMLElement) {
    const demoPortal = root.dataset.defaultPortal ?? 'http://localhost:5000';
    this.defaults = {
      portal: demoPortal,
      organization: '',
      q: '',
      dataset: '',
      resource: '',
      widget: ELEMENTS[0].widget,
      options: {},
      widgetLang: '',
      cdn: new URL('cdn/', location.href).href,
      scriptKind: 'module',
    };
    const hash = new URLSearchParams(location.hash.slice(1));
    const choices = choicesFromHash(location.hash, this.defaults);
    if (!ELEMENTS.some((e) => e.widget === choices.widget)) choices.widget = this.defaults.widget;
    this.state = {
      uiLang: hash.get(UI_LANG_KEY) === 'en' ? 'en' : 'de',
      choices,
      presets: presets(demoPortal),
      elements: ELEMENTS,
      probing: false,
      searching: false,
      loadingDataset: false,
      options: [],
      preview: { status: 'idle' },
    };
    this.state.options = optionSpecs(manifest, this.element.tag, this.element.binds);
    addEventListener('message', (event) => this.onFrameMessage(event));
  }

  get t() {
    return TEXTS[this.state.uiLang];
  }

  get element(): ElementEntry {
    return ELEMENTS.find((e) => e.widget === this.state.choices.widget) ?? ELEMENTS[0];
  }

  async start(): Promise<void> {
    this.commit();
    void this.loadCdnManifest();
    const { portal, organization, q, dataset } = this.state.choices;
    if (!portal) return;
    await this.connect(portal, organization, true);
    if (!this.state.probe?.ok) return;
    if (q) void this.search(q);
    if (dataset) void this.selectDataset(dataset, true);
  }

  /** Runs `job` as the only running task of its kind; an older one is aborted. */
  private async task<T>(kind: string, job: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    this.tasks.get(kind)?.abort();
    const controller = new AbortController();
    this.tasks.set(kind, controller);
    try {
      return await job(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      throw error;
    }
  }

  private async loadCdnManifest(): Promise<void> {
    try {
      const response = await fetch('cdn/manifest.json', { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.state.cdnManifest = (await response.json()) as CdnManifest;
    } catch (error) {
      this.state.cdnError = (error as Error).message;
    }
    this.commit();
  }

  setUiLang(lang: UiLang): void {
    this.state.uiLang = lang;
    this.commit();
  }

  async connect(url: string, organization: string, keepSelection = false): Promise<void> {
    const { choices } = this.state;
    choices.portal = url.trim();
    choices.organization = organization.trim();
    if (!keepSelection) {
      Object.assign(choices, { dataset: '', resource: '', options: {} });
      Object.assign(this.state, {
        dataset: undefined,
        fields: undefined,
        search: undefined,
        searchError: undefined,
      });
    }
    this.state.probing = true;
    this.state.probe = undefined;
    this.commit();
    const probe = await this.task('probe', (signal) => probePortal(choices.portal, signal));
    if (!probe) return;
    this.state.probe = probe;
    this.state.probing = false;
    if (probe.ok) choices.portal = probe.url;
    this.commit();
    if (probe.ok && choices.q && !keepSelection) void this.search(choices.q);
  }

  async search(q: string): Promise<void> {
    const { choices } = this.state;
    choices.q = q;
    Object.assign(this.state, { searching: true, searchError: undefined });
    this.commit();
    try {
      const result = await this.task('search', (signal) =>
        searchDatasets(choices.portal, { q, organization: choices.organization }, signal),
      );
      if (!result) return;
      this.state.search = result;
    } catch (error) {
      this.state.search = undefined;
      this.state.searchError = (error as Error).message;
    }
    this.state.searching = false;
    this.commit();
  }

  async selectDataset(name: string, keepSelection = false): Promise<void> {
    const { choices } = this.state;
    choices.dataset = name;
    if (!keepSelection) Object.assign(choices, { resource: '' });
    Object.assign(this.state, { dataset: undefined, fields: undefined, datasetError: undefined });
    if (!name) return this.commit();
    this.state.loadingDataset = true;
    this.commit();
    try {
      const found = this.state.search?.datasets.find((d) => d.name === name) ?? this.unreadableDataset(name);
      const dataset =
        found ?? (await this.task('dataset', (signal) => getDataset(choices.portal, name, signal)));
      if (!dataset) return;
      this.state.dataset = dataset;
      const kept = dataset.resources.find((r) => r.id === choices.resource);
      const preferred = kept ?? dataset.resources.find((r) => r.datastoreActive) ?? dataset.resources[0];
      choices.resource = preferred?.id ?? '';
    } catch (error) {
      this.state.datasetError = (error as Error).message;
    }
    this.state.loadingDataset = false;
    this.commit();
    await this.loadFields();
  }

  /**
   * A portal without CORS cannot be read from here; a typed dataset name is taken as it is, so the editor
   * still gets the iframe snippet (which works when the odw folder is on the portal's server).
   */
  private unreadableDataset(name: string): DatasetSummary | undefined {
    const { probe, choices } = this.state;
    if (probe?.ok !== false || probe.problem !== 'cors') return undefined;
    return {
      name,
      title: name,
      organization: '',
      resources: [],
      page: `${choices.portal}/dataset/${encodeURIComponent(name)}`,
    };
  }

  selectResource(id: string): void {
    this.state.choices.resource = id;
    this.state.fields = undefined;
    this.commit();
    void this.loadFields();
  }

  private async loadFields(): Promise<void> {
    const { choices, dataset } = this.state;
    const resource = dataset?.resources.find((r) => r.id === choices.resource);
    if (!resource?.datastoreActive) return;
    try {
      const fields = await this.task('fields', (signal) =>
        resourceFields(choices.portal, resource.id, signal),
      );
      if (!fields) return;
      this.state.fields = fields;
    } catch {
      this.state.fields = undefined; // the form falls back to text inputs
    }
    this.commit();
  }

  selectWidget(widget: string): void {
    this.state.choices.widget = widget;
    this.state.choices.options = {};
    this.state.options = optionSpecs(manifest, this.element.tag, this.element.binds);
    this.commit();
  }

  setOption(name: string, value: string): void {
    const options = { ...this.state.choices.options, [name]: value.trim() };
    if (!options[name]) delete options[name];
    this.state.choices.options = options;
    this.commit();
  }

  setWidgetLang(lang: WidgetLang): void {
    this.state.choices.widgetLang = lang;
    this.commit();
  }

  setCdn(url: string): void {
    const parsed = httpUrl(url);
    if (parsed) this.state.choices.cdn = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
    this.commit();
  }

  setScriptKind(kind: ScriptKind): void {
    this.state.choices.scriptKind = kind;
    this.commit();
  }

  async copy(kind: SnippetKind, text: string, code: Element): Promise<void> {
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = false;
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
    this.state.copyStatus = { kind, ok };
    this.render();
  }

  /** The element's attributes for the current choices (preview and snippets share them). */
  private attributes(): [string, string][] {
    return elementAttributes(this.state.choices, this.element, this.state.options);
  }

  private snippetInput(): SnippetInput | undefined {
    const { choices, dataset, cdnManifest, uiLang } = this.state;
    if (!cdnManifest || !isComplete(choices, this.element, dataset)) return undefined;
    const element = this.element;
    return {
      tag: element.tag,
      widget: element.widget,
      module: element.module,
      attributes: this.attributes(),
      cdn: {
        base: choices.cdn,
        odw: cdnManifest.entries.odw,
        loader: cdnManifest.entries['odw-loader'],
        resize: cdnManifest.entries['odw-resize'],
      },
      title: dataset?.title ?? element.label[uiLang],
      datasetPage: dataset && httpUrl(dataset.page) ? dataset.page : undefined,
      lang: uiLang,
    };
  }

  private previewFrame(): HTMLIFrameElement | null {
    return this.root.querySelector<HTMLIFrameElement>('#preview-frame');
  }

  private onFrameMessage(event: MessageEvent): void {
    const frame = this.previewFrame();
    if (!frame || event.source !== frame.contentWindow) return;
    if (isHeightMessage(event.data)) {
      frame.style.height = `${Math.ceil(event.data.height)}px`;
      return;
    }
    if (!isPreviewMessage(event.data)) return;
    if (event.data.type === 'odw:preview-ready') {
      this.lastPreview = '';
      this.updatePreview();
      this.render();
    } else {
      const { event: name, total, message } = event.data;
      this.state.preview = name === 'odw-load' ? { status: 'loaded', total } : { status: 'error', message };
      this.render();
    }
  }

  /** Sends the element's configuration to the preview frame when it changed. */
  private updatePreview(): void {
    const { choices, dataset, probe } = this.state;
    const ready = isComplete(choices, this.element, dataset) && probe?.ok;
    const config: PreviewConfig = {
      type: 'odw:preview',
      tag: ready ? this.element.tag : null,
      attributes: ready ? this.attributes() : [],
    };
    const key = JSON.stringify(config);
    if (key === this.lastPreview) return;
    const frame = this.previewFrame()?.contentWindow;
    if (!frame) return;
    this.lastPreview = key;
    this.state.preview = { status: ready ? 'loading' : 'idle' };
    frame.postMessage(config, location.origin);
  }

  /** Mirrors the choices into the URL, renders, and updates the preview. */
  private commit(): void {
    const hash = new URLSearchParams(choicesToHash(this.state.choices, this.defaults));
    if (this.state.uiLang === 'en') hash.set(UI_LANG_KEY, 'en');
    const text = hash.toString();
    history.replaceState(null, '', text ? `#${text}` : location.pathname + location.search);
    this.updatePreview();
    this.render();
  }

  private render(): void {
    const { t, state } = this;
    document.documentElement.lang = state.uiLang;
    document.title = `${t.pageTitle} – odw`;
    const input = this.snippetInput();
    const snippets = input && {
      script: scriptSnippet(input, state.choices.scriptKind),
      iframe: iframeSnippet(input),
      npm: npmSnippet(input),
    };
    const resource = state.dataset?.resources.find((r) => r.id === state.choices.resource);
    const warnings = warningsFor({
      probe: state.probe,
      portal: state.choices.portal,
      cdn: state.choices.cdn,
      resource,
      options: state.choices.options,
    });
    render(
      html`<header class="builder-header">
          <a href="./">${t.home}</a>
          <button
            type="button"
            class="lang-switch"
            lang=${t.switchToLang}
            @click=${() => this.setUiLang(t.switchToLang as UiLang)}
          >
            ${t.switchTo}
          </button>
        </header>
        <h1>${t.pageTitle}</h1>
        <p class="intro">${t.intro}</p>
        <div class="builder-grid">
          <div class="builder-steps">
            ${portalStep(this)} ${datasetStep(this)} ${resourceStep(this)} ${widgetStep(this)}
            ${optionsStep(this)}
          </div>
          <div class="builder-result">${previewStep(this)} ${outputStep(this, snippets, warnings)}</div>
        </div>`,
      this.root,
    );
  }
}

void new Builder(document.getElementById('builder')!).start();
