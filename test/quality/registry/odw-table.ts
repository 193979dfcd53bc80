/** `<odw-table>` in the trust gates. */
import type { Attributes, ElementRegistration, GateContext } from './types.js';

/** The Moers pedestrian counts: a DataStore table on the demo portal. */
const MOERS = 'fussgaenger-steinstrasse-juni-2022';
/** Cologne's population by district: a 29 135-row CSV file, read in the page (in a Worker: > 20 000 rows). */
const KOELN_CSV = 'koeln-einwohner-stadtteile-2005-2012';
/** Cologne's budget plan: a 2 828-row CSV file, read in the page. */
const KOELN_BUDGET = 'koeln-haushalt-teilergebnisplan-2010-2015';

const NEXT_PAGE = 'button.page-button[aria-label="Nächste Seite"]';
const RANGE = '.page-range';

const moers = (ctx: GateContext, more: Attributes = {}): Attributes => ({
  portal: ctx.portal,
  dataset: MOERS,
  'page-size': '5',
  search: '',
  download: '',
  ...more,
});

export const odwTable: ElementRegistration = {
  tag: 'odw-table',
  errorSelector: '[part~="error"]',
  retrySelector: '[part~="error"] button.retry',
  dataSelector: '[part~="row"]',
  refetch: (subject) => subject.click(NEXT_PAGE),

  states: {
    loading: {
      description: 'the portal has not answered yet: a skeleton and "Daten werden geladen"',
      attributes: (ctx) => moers(ctx, { portal: ctx.faulty('hang') }),
      settle: 'none',
      proof: '[part="skeleton"]',
      noKeyboard: true,
    },
    data: {
      description: 'the first page of a DataStore table with search, filter and download controls',
      attributes: (ctx) => moers(ctx),
      settle: 'load',
      proof: 'tbody tr[part="row"]',
    },
    sorted: {
      description: 'sorted by the first column (aria-sort on its header)',
      attributes: (ctx) => moers(ctx),
      settle: 'load',
      act: async (s) => {
        await s.click('th button[part="sort-button"]');
        await s.waitFor('th[aria-sort="ascending"]');
      },
      proof: 'th[aria-sort="ascending"]',
    },
    'next page': {
      description: 'the second page',
      attributes: (ctx) => moers(ctx),
      settle: 'load',
      act: async (s) => {
        const before = await s.text(RANGE);
        await s.click(NEXT_PAGE);
        await s.waitForTextChange(RANGE, before);
      },
      proof: 'tbody tr[part="row"]',
    },
    'filters open': {
      description: 'the filter panel is open',
      attributes: (ctx) => moers(ctx),
      settle: 'load',
      act: async (s) => {
        await s.click('[part="filter-button"]');
        await s.waitFor('[part="filters"] input, [part="filters"] select');
      },
      proof: '[part="filters"]',
    },
    'filter active': {
      description: 'a filter is set: chips name it, the rows match it',
      attributes: (ctx) => moers(ctx),
      settle: 'load',
      act: async (s) => {
        await s.click('[part="filter-button"]');
        await s.waitFor('[part="filters"] input[type="search"]');
        await s.type('[part="filters"] input[type="search"]', 'Stein');
        await s.press('Enter');
        await s.waitFor('ul.chips button.chip');
      },
      proof: 'ul.chips button.chip',
    },
    'download menu open': {
      description: 'the download menu is open',
      attributes: (ctx) => moers(ctx),
      settle: 'load',
      act: async (s) => {
        await s.click('[part="download-button"]');
        await s.waitFor('.download-menu button');
      },
      proof: '.download-menu',
    },
    'search without hits': {
      description: 'a search that matches nothing: the empty state with a way back',
      attributes: (ctx) => moers(ctx),
      settle: 'load',
      act: async (s) => {
        await s.type('[part="search"] input', 'zzqxj-nichts');
        await s.press('Enter');
        await s.waitFor('[part="empty"] button');
      },
      proof: '[part="empty"]',
    },
    empty: {
      description: 'the editor’s filter matches no row',
      attributes: (ctx) => moers(ctx, { filter: 'Wochentag = Feiertag' }),
      settle: 'load',
      proof: '[part="empty"]',
    },
    cards: {
      description: 'a narrow column (360 px): rows as cards with their own sort controls',
      attributes: (ctx) => moers(ctx),
      settle: 'load',
      width: 360,
      act: (s) => s.waitFor('[part~="card"]'),
      proof: '[part~="card"]',
    },
    'sticky header': {
      description: 'a height-limited table whose header stays visible',
      attributes: (ctx) => moers(ctx, { 'sticky-header': '', 'page-size': '20' }),
      settle: 'load',
      proof: '.scroll.sticky',
    },
    'local file': {
      description: 'a CSV file read and queried in the page (2 828 rows)',
      attributes: (ctx) => ({ src: ctx.resourceUrl(KOELN_BUDGET), 'page-size': '10', search: '' }),
      settle: 'load',
      proof: 'tbody tr[part="row"]',
    },
    'virtual scrolling': {
      description: 'a CSV file shown with virtual scrolling',
      attributes: (ctx) => ({ src: ctx.resourceUrl(KOELN_BUDGET), paging: 'scroll' }),
      settle: 'load',
      proof: '.scroll.virtual tbody tr[part="row"]',
    },
    'large file in a worker': {
      description: 'a 29 135-row CSV file, queried in a Worker',
      attributes: (ctx) => ({ src: ctx.resourceUrl(KOELN_CSV), 'page-size': '10' }),
      settle: 'load',
      act: async (s) => {
        // Sorting runs in the engine Worker for a table this large.
        await s.click('th button[part="sort-button"]');
        await s.waitFor('th[aria-sort="ascending"]', 30000);
      },
      proof: 'th[aria-sort="ascending"]',
    },
    'not found': {
      description: 'the dataset does not exist: an error naming the attribute',
      attributes: (ctx) => moers(ctx, { dataset: 'gibt-es-nicht' }),
      settle: 'error',
      proof: '[part~="error"]',
    },
    'attribute error': {
      description: 'an attribute cannot be read: a message naming it and its form',
      attributes: (ctx) => moers(ctx, { sort: '-' }),
      settle: 'error',
      proof: '[part~="error"]',
    },
    'portal down': {
      description: 'the portal answers 503: an error with a retry button',
      attributes: (ctx) => moers(ctx, { portal: ctx.faulty('status-503') }),
      settle: 'error',
      proof: '[part~="error"] button.retry',
    },
    'stale data': {
      description: 'the next page failed: the last page stays, with a notice and a retry button',
      attributes: (ctx) => moers(ctx),
      settle: 'load',
      serverFault: 'status-503',
      act: async (s) => {
        await s.click(NEXT_PAGE);
        await s.waitFor('[part~="error"].notice', 40000);
      },
      proof: '[part~="error"].notice',
    },
  },

  hostile: [
    {
      name: 'DataStore table',
      attributes: (ctx) => ({
        portal: ctx.portal,
        dataset: ctx.hostile.dataset,
        resource: ctx.hostile.tableResourceId,
        'page-size': '1000',
      }),
      rows: { resource: 'table', row: 'tbody tr[part="row"]', cell: 'td', header: 'thead th .label' },
      metadata: ['title', 'organization'],
    },
    {
      name: 'DataStore table as cards',
      attributes: (ctx) => ({
        portal: ctx.portal,
        dataset: ctx.hostile.dataset,
        resource: ctx.hostile.tableResourceId,
        'page-size': '1000',
        layout: 'cards',
      }),
      rows: { resource: 'table', row: 'li[part~="card"]', cell: 'dd' },
      metadata: ['title', 'organization'],
    },
    {
      name: 'CSV file',
      attributes: (ctx) => ({ src: ctx.fileUrl(ctx.hostile.tableResourceId), 'page-size': '1000' }),
      rows: {
        resource: 'table',
        row: 'tbody tr[part="row"]',
        cell: 'td',
        header: 'thead th .label',
        headerText: 'name',
      },
      metadata: [],
    },
    {
      name: 'GeoJSON properties',
      attributes: (ctx) => ({
        portal: ctx.portal,
        dataset: ctx.hostile.dataset,
        resource: ctx.hostile.geojsonResourceId,
        'page-size': '1000',
      }),
      rows: { resource: 'geojson', row: 'tbody tr[part="row"]', cell: 'td', header: 'thead th .label' },
      metadata: ['title', 'organization'],
    },
    {
      name: 'a resource whose URL is javascript:, named by its hostile name',
      attributes: (ctx) => ({
        portal: ctx.portal,
        dataset: ctx.hostile.dataset,
        resource: ctx.resourceName(ctx.hostile.dataset, 3),
      }),
      settle: 'error',
      metadata: ['resource:3'],
    },
  ],

  attributes: {
    lang: { kind: 'free' },
    portal: { kind: 'url' },
    dataset: { kind: 'reference', unknown: 'gibt-es-nicht' },
    resource: {
      kind: 'reference',
      unknown: 'gibt-es-nicht',
      tolerated: { '': 'empty means the first table resource' },
    },
    src: { kind: 'url', base: () => ({ 'page-size': '5' }) },
    columns: {
      kind: 'grammar',
      malformed: [',,', 'Wochentag:', ':Wochentag'],
      unknownField: 'Gibt es nicht',
      tolerated: {
        '': 'empty means every column',
        ',,': 'empty list items are skipped, so this means every column',
        'Wochentag:': 'an empty new label keeps the column’s own',
      },
    },
    filter: {
      kind: 'grammar',
      malformed: ['Wochentag', '= 4', 'Fußgänger insgesamt > viele', 'Wochentag = "offen'],
      unknownField: 'Gibt es nicht = 1',
      tolerated: { '': 'empty means no filter' },
    },
    sort: {
      kind: 'grammar',
      malformed: ['-', ',', '--Wochentag'],
      unknownField: 'Gibt es nicht',
      tolerated: { '': 'empty means the portal’s order', ',': 'empty list items are skipped' },
    },
    'page-size': { kind: 'number', min: 1, max: 1000, form: /1 bis 1000/ },
    search: { kind: 'boolean' },
    download: { kind: 'boolean' },
    refresh: {
      kind: 'number',
      min: 30,
      max: 86400,
      form: /30 bis 86400/,
      tolerated: { '': 'empty is 0: never refresh', '0': 'never refresh' },
    },
    caption: { kind: 'free' },
    'sticky-header': { kind: 'boolean' },
    'number-format': {
      kind: 'grammar',
      malformed: ['Fußgänger insgesamt:', 'Fußgänger insgesamt: ;'],
      unknownField: 'Gibt es nicht: 0.0',
      tolerated: { '': 'empty means the default number format' },
    },
    'date-format': {
      kind: 'grammar',
      malformed: ['sehr lang', 'Zeitpunkt der Messung: bald', ':'],
      unknownField: 'Gibt es nicht: long',
      tolerated: { '': 'empty means the default date format' },
    },
    layout: {
      kind: 'enum',
      values: ['auto', 'table', 'cards'],
      tolerated: { '': 'empty means the default, auto' },
    },
    paging: {
      kind: 'enum',
      values: ['auto', 'pages', 'scroll'],
      tolerated: { '': 'empty means the default, auto' },
    },
    'sync-url': { kind: 'free' },
  },

  keyboard: [
    {
      name: 'Enter and Space on a column header sort ascending, then descending',
      state: 'data',
      run: async (s) => {
        await s.focus('th button[part="sort-button"]');
        await s.press('Enter');
        await s.waitFor('th[aria-sort="ascending"]');
        await s.press('Space');
        await s.waitFor('th[aria-sort="descending"]');
      },
    },
    {
      name: 'Enter opens and closes the filter panel',
      state: 'data',
      run: async (s) => {
        await s.focus('[part="filter-button"]');
        await s.press('Enter');
        await s.waitFor('[part="filters"]');
        await s.press('Enter');
        await s.waitForGone('[part="filters"]');
      },
    },
    {
      name: 'Enter on "Nächste Seite" shows the next page',
      state: 'data',
      run: async (s) => {
        const before = await s.text(RANGE);
        await s.focus(NEXT_PAGE);
        await s.press('Enter');
        await s.waitForTextChange(RANGE, before);
      },
    },
    {
      name: 'arrow keys change the page size',
      state: 'data',
      run: async (s) => {
        const before = await s.text(RANGE);
        await s.focus('.page-size select');
        await s.press('ArrowDown');
        await s.waitForTextChange(RANGE, before);
      },
    },
    {
      name: 'typing in the search box and Enter searches',
      state: 'data',
      run: async (s) => {
        const before = await s.text(RANGE);
        await s.type('[part="search"] input', 'Saturday');
        await s.press('Enter');
        await s.waitForTextChange(RANGE, before);
      },
    },
    {
      name: 'Enter opens the download menu and Tab reaches its first item',
      state: 'data',
      run: async (s) => {
        await s.focus('[part="download-button"]');
        await s.press('Enter');
        await s.waitFor('.download-menu button');
        await s.press('Tab');
        await s.waitFor('.download-menu button:focus');
      },
    },
    {
      name: 'virtual scrolling: Enter on a cut-off cell shows its whole text; Escape closes it, focus back on the cell',
      state: 'virtual scrolling',
      run: async (s) => {
        const cell = '[part="cell-button"]:not([tabindex])';
        const whole = (await s.text(cell)).trim();
        await s.focus(cell);
        await s.press('Enter');
        await s.waitFor('[part="cell-popover"]:popover-open');
        const shown = await s.text('[part="cell-popover"] .whole');
        if (shown !== whole) throw new Error(`the popover shows "${shown}", the cell holds "${whole}"`);
        await s.press('Escape');
        await s.waitForGone('[part="cell-popover"]');
        const active = await s.gate.page.evaluate(() => window.__odwQuality.active());
        if (!active?.label.startsWith('button[part=cell-button]'))
          throw new Error(`focus is on ${active?.label ?? 'nothing'}, not on the cell`);
      },
    },
    {
      name: 'virtual scrolling: End scrolls the focused table to its last row; Tab then reaches the cut-off cells there',
      state: 'virtual scrolling',
      run: async (s) => {
        await s.focus('[part="scroll"]');
        await s.press('End');
        // Chromium scrolls smoothly: the last rows arrive (overscan) before the scroll reaches the end.
        await s.gate.page.waitForFunction(
          (id) => {
            const scroll = window.__odwQuality.query(id, '[part="scroll"]') as HTMLElement | null;
            return !!scroll && scroll.scrollTop + scroll.clientHeight >= scroll.scrollHeight - 2;
          },
          { timeout: 10000, polling: 50 },
          s.id,
        );
        await s.waitFor('tr[aria-rowindex="2829"]');
        // The last scroll step's event fires a frame later; let the rows it renders settle before Tab.
        await s.gate.settled(s.id);
        // From the last column header, Tab goes on into the rows in view.
        await s.focus('th:last-child [part="sort-button"]');
        await s.press('Tab');
        const row = await s.gate.page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          if (!el?.matches('[part="cell-button"]')) return null;
          // Only a cell on screen counts: the reader sees where focus went.
          const scroll = el.closest('[part="scroll"]')!.getBoundingClientRect();
          const cell = el.getBoundingClientRect();
          const onScreen = cell.top >= scroll.top && cell.bottom <= scroll.bottom + 1;
          return onScreen ? el.closest('tr')?.getAttribute('aria-rowindex') : null;
        });
        // The last screenful of the 2 828 rows (a screen shows a few dozen).
        if (!row || Number(row) < 2700)
          throw new Error(`Tab reached no cut-off cell near the end (row ${row})`);
      },
    },
    {
      name: 'the retry button works from the keyboard once the portal answers',
      state: 'stale data',
      run: async (s) => {
        await s.healPortal();
        await s.focus('[part~="error"] button.retry');
        await s.press('Enter');
        await s.waitForGone('[part~="error"]', 20000);
      },
    },
  ],
};
