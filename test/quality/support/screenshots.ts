/**
 * Screenshots of every state and view for looking at them (`QUALITY_SCREENSHOTS=1`), written to
 * `test/.results/quality-screens/`. Off by default: they cost time and are not evidence a test asserts on.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

const dir = new URL('../../.results/quality-screens/', import.meta.url);

export async function screenshot(page: Page, element: string, state: string, view: string): Promise<void> {
  if (!process.env.QUALITY_SCREENSHOTS) return;
  mkdirSync(dir, { recursive: true });
  const name = `${element}-${state}-${view}`.replace(/[^\w-]+/g, '-');
  await page.screenshot({ path: new URL(`${name}.png`, dir).pathname, fullPage: true });
}
