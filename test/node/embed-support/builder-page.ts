// Reading the builder page (demo/builder.html) from a test: its preview frame, its snippets, and the check
// that a copied snippet renders on a blank page exactly like the preview.
import { expect } from 'chai';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { tableRows, visit } from './browser.js';
import type { Stage } from './stage.js';

type Box = { x: number; y: number; width: number; height: number };

export async function previewFrame(page: Page): Promise<Frame> {
  await page.waitForSelector('#preview-frame');
  const handle = await page.$('#preview-frame');
  return (await handle!.contentFrame())!;
}

/** Waits until the preview table shows `rows` rows, and returns their cell texts. */
export async function previewRows(page: Page, rows: number): Promise<string[][]> {
  const frame = await previewFrame(page);
  await frame.waitForFunction(
    (n) => document.querySelector('odw-table')?.shadowRoot?.querySelectorAll('tbody tr').length === n,
    { timeout: 15000 },
    rows,
  );
  return frame.evaluate(() =>
    [...document.querySelector('odw-table')!.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    ),
  );
}

/** The text of a snippet block (`script`, `iframe`, `npm`). */
export const snippet = (page: Page, kind: string) => page.$eval(`#code-${kind}`, (el) => el.textContent!);

/** Grants the page's origin the clipboard, so tests can press "Kopieren" and read what it copied. */
export async function allowClipboard(browser: Browser, origin: string): Promise<void> {
  await browser
    .defaultBrowserContext()
    .overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
}

/** The element's box in the preview frame, cut to what the frame shows (long previews scroll inside). */
function visibleBoxInPreview(frame: Frame): Promise<Box> {
  return frame.$eval('odw-table', (el) => {
    const { x, y, width, height } = el.getBoundingClientRect();
    return { x, y, width, height: Math.min(height, document.documentElement.clientHeight - y) };
  });
}

async function screenshotInPreview(page: Page, box: Box) {
  const outer = await page.$eval('#preview-frame', (f) => {
    const rect = f.getBoundingClientRect();
    return { x: rect.x + scrollX + f.clientLeft, y: rect.y + scrollY + f.clientTop };
  });
  return page.screenshot({
    clip: { ...box, x: outer.x + box.x, y: outer.y + box.y },
    captureBeyondViewport: true,
  });
}

/**
 * Pastes `pasted` (a copied script snippet) into a blank page on another origin, as wide as the preview, and
 * checks it shows the same rows (`previewed`) and the same pixels as the visible part of the preview.
 */
export async function expectPastedLikePreview(
  browser: Browser,
  pages: Stage,
  builder: Page,
  pasted: string,
  previewed: string[][],
): Promise<void> {
  const frame = await previewFrame(builder);
  const width = await frame.evaluate(() => document.documentElement.clientWidth);
  const box = await visibleBoxInPreview(frame);
  const previewShot = await screenshotInPreview(builder, box);

  const blank = await visit(
    browser,
    pages.page(
      `pasted-${Date.now()}.html`,
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${pasted}</body></html>`,
    ),
  );
  // As wide as the preview's layout, tall enough for no scroll bar: the same layout.
  await blank.page.setViewport({ width, height: 3000 });
  const [event] = await blank.settled(1);
  expect(event.type).to.equal('odw-load');
  expect(await tableRows(blank.page)).to.deep.equal(previewed);
  const pastedShot = await blank.page.screenshot({ clip: box });
  expect(Buffer.compare(Buffer.from(pastedShot), Buffer.from(previewShot))).to.equal(0, 'same pixels');
  expect(blank.errors).to.deep.equal([]);
  await blank.page.close();
}
