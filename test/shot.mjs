// `npm run shot -- URL out.png [--width N] [--height N] [--viewport]`: a screenshot once every odw element on
// the page has settled (fired odw-load or odw-error; maps fire odw-load when idle).
import { parseArgs } from 'node:util';
import { launchBrowser, trackSettledElements, waitForSettled } from './browser-session.mjs';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    // Only what fits the window (default: the whole page).
    viewport: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '30000' },
  },
});
const [url, out] = positionals;
if (!url || !out) {
  console.error('Usage: npm run shot -- URL out.png [--width N] [--height N] [--viewport]');
  process.exit(2);
}

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) console.log(`[page ${message.type()}] ${message.text()}`);
  });
  await page.setViewport({ width: Number(values.width), height: Number(values.height) });
  await trackSettledElements(page);
  await page.goto(url, { waitUntil: 'load' });
  await waitForSettled(page, Number(values.timeout));
  await page.screenshot({ path: out, fullPage: !values.viewport });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
}
