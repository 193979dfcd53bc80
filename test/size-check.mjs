// `npm run size`: fails when a part of the CDN build exceeds its gzip budget (test/size-budgets.json).
// `npm run size -- --by-module [entry]` shows where an entry's bytes come from. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { kib, sizesOfEntries } from './bundle-sizes.mjs';
import { printSizeByModule } from './size-by-module.mjs';

const byModule = process.argv.indexOf('--by-module');
if (byModule >= 0) {
  printSizeByModule(process.argv[byModule + 1]);
  process.exit(0);
}

const { budgets } = JSON.parse(readFileSync(new URL('size-budgets.json', import.meta.url), 'utf8'));
let over = 0;
for (const budget of budgets) {
  const { gzip } = sizesOfEntries(budget.entries);
  const ok = gzip <= budget.gzip;
  if (!ok) over++;
  console.log(`${ok ? '✓' : '✗'} ${budget.name}: ${kib(gzip)} gzip (budget ${kib(budget.gzip)})`);
}
if (over) {
  console.error(`${over} size budget(s) exceeded.`);
  process.exit(1);
}
