import type { Choices, ScriptKind, WidgetLang } from './choices.js';
import type { ElementEntry } from './element-config.js';
import type { TEXTS, UiLang } from './i18n.js';
import type { OptionSpec } from './option-specs.js';
import type { DatasetSummary, FieldSummary, Probe, SearchSummary } from './portal-access.js';
import type { Preset } from './presets.js';
import type { PublicFile } from './snippets.js';

/** The CDN build's manifest.json, as far as the builder reads it. */
export interface CdnManifest {
  version: string;
  entries: Record<string, PublicFile & { alias?: string }>;
}

export type SnippetKind = 'script' | 'iframe' | 'npm';

/** Everything the page shows. */
export interface BuilderState {
  uiLang: UiLang;
  choices: Choices;
  presets: Preset[];
  elements: ElementEntry[];
  probe?: Probe;
  probing: boolean;
  search?: SearchSummary;
  searchError?: string;
  searching: boolean;
  dataset?: DatasetSummary;
  datasetError?: string;
  loadingDataset: boolean;
  /** Fields of the chosen DataStore resource (for the column and sort pickers). */
  fields?: FieldSummary[];
  options: OptionSpec[];
  cdnManifest?: CdnManifest;
  cdnError?: string;
  preview: { status: 'idle' | 'loading' | 'loaded' | 'error'; total?: number; message?: string };
  copyStatus?: { kind: SnippetKind; ok: boolean };
}

/** What the views may read and do. */
export interface BuilderModel {
  readonly state: BuilderState;
  readonly t: (typeof TEXTS)[UiLang];
  readonly element: ElementEntry;
  setUiLang(lang: UiLang): void;
  connect(url: string, organization: string): void;
  search(q: string): void;
  selectDataset(name: string): void;
  selectResource(id: string): void;
  selectWidget(widget: string): void;
  setOption(name: string, value: string): void;
  setWidgetLang(lang: WidgetLang): void;
  setCdn(url: string): void;
  setScriptKind(kind: ScriptKind): void;
  copy(kind: SnippetKind, text: string, code: Element): void;
}
