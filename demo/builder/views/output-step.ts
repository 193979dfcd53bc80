import { html, nothing } from 'lit';
import { formatBytes } from '../i18n.js';
import type { BuilderModel, SnippetKind } from '../model.js';
import type { Warning } from '../warnings.js';

function warningText(model: BuilderModel, warning: Warning): string {
  const w = model.t.warning;
  switch (warning.id) {
    case 'cors':
      return w.cors(warning.portal);
    case 'http-portal':
      return w['http-portal'](warning.portal);
    case 'local-address':
      return w['local-address'](warning.urls);
    case 'third-party':
      return w['third-party'](warning.attribute, warning.origin);
    case 'whole-file':
      return w['whole-file'](formatBytes(warning.bytes, model.state.uiLang));
  }
}

function snippetBlock(model: BuilderModel, kind: SnippetKind, title: string, hint: string, code: string) {
  const copied = model.state.copyStatus?.kind === kind ? model.state.copyStatus : undefined;
  return html`<section class="snippet" aria-labelledby=${`snippet-${kind}`}>
    <h3 id=${`snippet-${kind}`}>${title}</h3>
    ${hint ? html`<p class="hint">${hint}</p>` : nothing}
    <pre tabindex="0" aria-labelledby=${`snippet-${kind}`}><code id=${`code-${kind}`}>${code}</code></pre>
    <button
      type="button"
      id=${`copy-${kind}`}
      aria-describedby=${`snippet-${kind}`}
      @click=${(event: Event) => {
        const code = (event.currentTarget as HTMLElement).parentElement!.querySelector('code')!;
        model.copy(kind, code.textContent ?? '', code);
      }}
    >
      ${model.t.copy}
    </button>
    <span role="status" class=${copied && !copied.ok ? 'problem' : 'ok'}
      >${copied ? (copied.ok ? model.t.copied : model.t.copyFailed) : nothing}</span
    >
  </section>`;
}

/** Step 7: warnings, where the odw folder lives, and the three snippets with copy buttons. */
export function outputStep(
  model: BuilderModel,
  snippets: Record<SnippetKind, string> | undefined,
  warnings: Warning[],
) {
  const { state, t } = model;
  return html`<section class="step output" aria-labelledby="step7">
    <h2 id="step7">${t.step7}</h2>
    ${
      warnings.length
        ? html`<section class="warnings" aria-labelledby="warnings-title">
            <h3 id="warnings-title">${t.warningsTitle}</h3>
            <ul>
              ${warnings.map((w) => html`<li data-warning=${w.id}>${warningText(model, w)}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    <div class="option">
      <label for="cdn-base">${t.cdnBase}</label>
      <input
        id="cdn-base"
        type="url"
        spellcheck="false"
        .value=${state.choices.cdn}
        aria-describedby="cdn-hint"
        @change=${(event: Event) => model.setCdn((event.target as HTMLInputElement).value)}
      />
      <p class="hint" id="cdn-hint">
        ${state.cdnManifest ? t.cdnHint(state.cdnManifest.version) : t.cdnMissing(state.cdnError ?? '')}
      </p>
      <div class="check">
        <input
          type="checkbox"
          id="classic"
          .checked=${state.choices.scriptKind === 'classic'}
          @change=${(event: Event) => model.setScriptKind((event.target as HTMLInputElement).checked ? 'classic' : 'module')}
        />
        <label for="classic">${t.classic}</label>
      </div>
    </div>
    ${
      snippets
        ? html`${snippetBlock(model, 'script', t.scriptTitle, t.scriptHint, snippets.script)}
          ${snippetBlock(model, 'iframe', t.iframeTitle, t.iframeHint, snippets.iframe)}
          ${snippetBlock(model, 'npm', t.npmTitle, '', snippets.npm)}`
        : html`<p>${t.incomplete}</p>`
    }
  </section>`;
}
