/**
 * axe-core with the rules of WCAG 2.0 and 2.1, levels A and AA (what BITV 2.0 requires through
 * EN 301 549). Injected through DevTools, which the page's CSP does not restrict.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule tags the gates run. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Violations on the whole page, one line per element: `rule (impact): target – summary`. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<any> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      iframes: false,
    });
    return result.violations.flatMap((v: any) =>
      v.nodes.map(
        (n: any) =>
          `${v.id} (${v.impact}): ${n.target.flat().join(' > ')} – ${String(n.failureSummary).replace(/\s+/g, ' ')}`,
      ),
    ) as string[];
  }, AXE_TAGS);
}
