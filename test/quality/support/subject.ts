/**
 * The element under test, as registrations drive it: selectors are matched inside the element, through its
 * shadow roots, and actions go through the real mouse and keyboard.
 */
import type { GatePage } from './gate-page.js';
import { setServerFault } from './stage.js';

export class Subject {
  constructor(
    readonly gate: GatePage,
    readonly id = 'subject',
  ) {}

  click(selector: string): Promise<void> {
    return this.gate.click(this.id, selector);
  }

  /** Focuses a control without clicking it. */
  async focus(selector: string): Promise<void> {
    await (await this.gate.handle(this.id, selector)).focus();
  }

  /** Presses a key on whatever has focus. */
  press(key: Parameters<GatePage['page']['keyboard']['press']>[0]): Promise<void> {
    return this.gate.page.keyboard.press(key);
  }

  /** Types into a field (focused first). */
  async type(selector: string, text: string): Promise<void> {
    await this.focus(selector);
    await this.gate.page.keyboard.type(text);
  }

  waitFor(selector: string, timeout?: number): Promise<void> {
    return this.gate.waitFor(this.id, selector, timeout);
  }

  waitForGone(selector: string, timeout?: number): Promise<void> {
    return this.gate.waitForGone(this.id, selector, timeout);
  }

  has(selector: string): Promise<boolean> {
    return this.gate.has(this.id, selector);
  }

  text(selector: string): Promise<string> {
    return this.gate.text(this.id, selector);
  }

  /** An attribute of the first match, or `null`. */
  async attribute(selector: string, name: string): Promise<string | null> {
    return (await this.gate.handle(this.id, selector)).evaluate((el, n) => el.getAttribute(n), name);
  }

  /** Waits until the text of `selector` differs from `before`. */
  async waitForTextChange(selector: string, before: string, timeout = 10000): Promise<string> {
    await this.gate.page.waitForFunction(
      (i, s, b) => {
        const found = window.__odwQuality.query(i, s);
        return found !== null && window.__odwQuality.textOf(found) !== b;
      },
      { timeout, polling: 50 },
      this.id,
      selector,
      before,
    );
    return this.text(selector);
  }

  /** Waits for the next `odw-load` (`load`) or `odw-error` (`error`) after the ones seen so far. */
  async nextEvent(kind: 'load' | 'error', seen: number, timeout = 15000) {
    return this.gate.waitForEvent(this.id, [`odw-${kind}`], timeout, seen);
  }

  /** Ends a server-wide fault (states that ask the portal again while it fails). */
  healPortal(): Promise<void> {
    return setServerFault(this.gate.stage, '');
  }

  eventCount(kind: 'load' | 'error'): Promise<number> {
    return this.gate.eventCount(this.id, [`odw-${kind}`]);
  }
}
