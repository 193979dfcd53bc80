/** Types of browser-session.mjs, for TypeScript tests that drive Chromium from Node. */
import type { Browser, Page } from 'puppeteer-core';

export declare function launchBrowser(): Promise<Browser>;
export declare function trackSettledElements(page: Page): Promise<void>;
export declare function waitForSettled(page: Page, timeout?: number): Promise<void>;
