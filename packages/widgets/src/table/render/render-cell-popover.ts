/**
 * The whole text of a cut-off cell (virtual scrolling, decision 0505), in a popover beside the cell's
 * button; loaded when a reader first presses one. The popover (`popover="auto"`) sits in the top layer, so
 * the scroll container does not clip it. Esc, a click outside (the browser's light dismiss), "Schließen",
 * scrolling, and Tab or Shift+Tab past its last or first control close it; focus then goes back to the
 * cell's button when it was in the popover (or nowhere).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { CellDisplay } from '../../internal/format/cell-format.js';
import type { TableMessages } from '../table-messages.js';

/** A cut-off cell a reader asked to read. */
export interface CellReading {
  /** The cell's button. */
  invoker: HTMLElement;
  /** The column's label. */
  label: string;
  display: CellDisplay;
}

export interface CellPopoverModel {
  reading: CellReading;
  /** Id of the popover, unique in the shadow root. */
  id: string;
  messages: TableMessages;
  /** Called once the popover closed. */
  onClose: (reading: CellReading) => void;
}

/** Distance from the window's edges and from the cell, px. */
const MARGIN = 8;
const GAP = 4;

// Adopted into the table's shadow root with the module, so the main chunk does not carry them.
const styles = css`
  .cell-popover {
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    width: max-content;
    max-width: min(32em, calc(100vw - ${MARGIN * 2}px));
    max-height: min(24em, calc(100vh - ${MARGIN * 2}px));
    overflow: auto;
    padding: 0.6em 0.75em;
    color: inherit;
    background: var(--odw-background);
    border: 1px solid var(--odw-border-color);
    border-radius: var(--odw-radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  .cell-popover p {
    margin: 0 0 0.6em;
  }
  .cell-popover .column {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--odw-muted-color);
  }
  .cell-popover .whole {
    /* Exactly as in the data: line breaks kept, long words and addresses broken anywhere. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .cell-popover button {
    display: block;
    margin-inline-start: auto;
  }
`;

class PopoverDirective extends Directive {
  private element?: HTMLElement;
  private model?: CellPopoverModel;
  /** The reading the popover shows while it is open. */
  private shown?: CellReading;
  private scroller?: Element | null;

  render(_model: CellPopoverModel): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [model]: [CellPopoverModel]): typeof nothing {
    const opening = model.reading !== this.model?.reading;
    this.model = model;
    if (!this.element) {
      const element = (this.element = part.element as HTMLElement);
      element.addEventListener('beforetoggle', this.beforeToggle);
      element.addEventListener('toggle', this.afterToggle);
      element.addEventListener('keydown', this.onKeydown);
    }
    // After Lit has put the popover into the document.
    if (opening) void Promise.resolve().then(() => this.open(model.reading));
    return nothing;
  }

  private open(reading: CellReading): void {
    const element = this.element!;
    if (!element.isConnected || this.model?.reading !== reading) return;
    const root = element.getRootNode() as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(styles.styleSheet!)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
    }
    const { invoker } = reading;
    if (!element.matches(':popover-open')) element.showPopover();
    this.shown = reading;
    // Below the cell, or above it when there is no room; always inside the window.
    const cell = invoker.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = element;
    const start = invoker.matches(':dir(rtl)') ? cell.right - width : cell.left;
    const left = Math.max(MARGIN, Math.min(start, document.documentElement.clientWidth - MARGIN - width));
    const below = cell.bottom + GAP;
    const top = below + height <= innerHeight - MARGIN ? below : Math.max(MARGIN, cell.top - GAP - height);
    element.style.setProperty('left', `${left}px`);
    element.style.setProperty('top', `${top}px`);
    invoker.setAttribute('aria-expanded', 'true');
    element.focus({ preventScroll: true });
    // Scrolling moves the cell away from the popover: close it. Listening from the next frame on, so a
    // scroll the cell's focus started just before does not count.
    requestAnimationFrame(() => {
      if (this.shown !== reading || !element.matches(':popover-open')) return;
      this.scroller = invoker.closest('.scroll');
      this.scroller?.addEventListener('scroll', this.dismiss, { passive: true });
      addEventListener('scroll', this.dismiss, { passive: true, capture: true });
    });
  }

  private readonly dismiss = () => {
    if (this.element?.matches(':popover-open')) this.element.hidePopover();
  };

  private readonly beforeToggle = (event: Event) => {
    const reading = this.shown;
    if ((event as ToggleEvent).newState !== 'closed' || !reading) return;
    const element = this.element!;
    this.scroller?.removeEventListener('scroll', this.dismiss);
    removeEventListener('scroll', this.dismiss, { capture: true });
    const { invoker } = reading;
    invoker.setAttribute('aria-expanded', 'false');
    const inside = (element.getRootNode() as ShadowRoot).activeElement;
    const nowhere = !inside && (!document.activeElement || document.activeElement === document.body);
    if (invoker.isConnected && (nowhere || (inside && element.contains(inside)))) {
      invoker.focus({ preventScroll: true });
    }
  };

  private readonly afterToggle = () => {
    // Toggle events are merged: ask the element, not the event, whether it is closed now.
    const reading = this.shown;
    if (reading && !this.element!.matches(':popover-open')) {
      this.shown = undefined;
      this.model?.onClose(reading);
    }
  };

  /**
   * Tab past the last control (Shift+Tab past the first) closes the popover and puts focus back on the
   * cell, where the reader started; the next Tab goes on from there.
   */
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const element = this.element!;
    const stops = [...element.querySelectorAll('a[href], button')];
    const at = stops.indexOf((element.getRootNode() as ShadowRoot).activeElement!);
    if (event.shiftKey ? at <= 0 : at === stops.length - 1) {
      event.preventDefault();
      element.hidePopover();
    }
  };
}

const popover = directive(PopoverDirective);

const hide = (event: Event) =>
  (event.currentTarget as HTMLElement).closest<HTMLElement>('[popover]')!.hidePopover();

/** The popover with the column's label, the whole text (a link stays a link) and a close button. */
export function renderCellPopover(model: CellPopoverModel): TemplateResult {
  const { reading, id, messages: m } = model;
  const { display } = reading;
  const text = display.kind === 'link' ? html`<a href=${display.href!}>${display.text}</a>` : display.text;
  return html`<div
    id=${id}
    popover
    part="cell-popover"
    class="cell-popover"
    role="dialog"
    tabindex="-1"
    aria-labelledby="${id}-label"
    ${popover(model)}
  >
    <p class="column" id="${id}-label">${reading.label}</p>
    <p class="whole">${text}</p>
    <button type="button" @click=${hide}>${m.close}</button>
  </div>`;
}
