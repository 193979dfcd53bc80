import type { CellValue, Condition, OrderBy, ParseProgress, Query, Table } from '@odw/client';
import type { CellDisplay } from '../internal/format/cell-format.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AttributeError } from '../internal/attribute-error.js';
import { renderAttribution } from '../internal/attribution.js';
import { DataController } from '../internal/data-controller.js';
import type * as ErrorMessages from '../internal/error-message.js';
import { cssProperties } from '../internal/css-properties.js';
import { emit } from '../internal/events.js';
import type { ErrorContext, ErrorMessage } from '../internal/error-message.js';
import { formatTimestamp, localeOf, type Lang } from '../internal/i18n.js';
import { resolveSettings } from '../internal/settings.js';
import { parseColumnsAttribute, type ColumnChoice } from './columns-attribute.js';
import { parseFilterAttribute, requireField, toConditions, type FilterTerm } from './filter-attribute.js';
import { parseDateFormatAttribute, parseNumberFormatAttribute } from './format-attributes.js';
import { renderCards } from './render/render-cards.js';
import type * as CellPopover from './render/render-cell-popover.js';
import type { CellReading } from './render/render-cell-popover.js';
import type * as Filters from './render/render-filters.js';
import { renderPagination } from './render/render-pagination.js';
import { renderEmpty, renderError, renderSkeleton, renderStaleNotice } from './render/render-states.js';
import { columnWidth, renderTable, type TableModel } from './render/render-table.js';
import { renderToolbar, type DownloadFormat } from './render/render-toolbar.js';
import { parseSortAttribute } from './sort-attribute.js';
import { resolveColumns, type TableColumn } from './table-columns.js';
import type * as Download from './table-download.js';
import { tableMessages } from './table-messages.js';
import { fetchRows, remoteQuery, type RowsQuery, type RowsView } from './table-rows.js';
import { errorContextOf, loadSource, type TableSource } from './table-source.js';
import {
  readStateFromHash,
  sameState,
  writeStateToHash,
  type LinkedState,
  type TableState,
} from './table-state.js';
import { tableStyles } from './table.styles.js';
import { textWidth } from './text-width.js';
import { MAX_SCROLL_HEIGHT, virtualWindow } from './virtual-window.js';

/** Attributes read before any data arrives; a syntax error in one of them stops loading. */
interface ParsedAttributes {
  choices: ColumnChoice[];
  terms: FilterTerm[];
  sort: OrderBy[];
  numberFormats: ReturnType<typeof parseNumberFormatAttribute>;
  dateFormats: ReturnType<typeof parseDateFormatAttribute>;
}

/** What the source and the attributes together say the table shows. */
interface ViewConfig {
  columns: TableColumn[];
  /** Conditions of the `filter` attribute (always applied, not removable by readers). */
  baseConditions: Condition[];
}

const SOURCE_PROPERTIES = ['portal', 'datasetId', 'resource', 'src', 'data'] as const;
const CONFIG_PROPERTIES = ['columns', 'filter', 'numberFormat', 'dateFormat'] as const;
const ATTRIBUTE_PROPERTIES = [
  ...CONFIG_PROPERTIES,
  'sort',
  'pageSize',
  'refresh',
  'layout',
  'paging',
] as const;
const PAGE_SIZES = [10, 20, 50, 100];
const LAYOUTS = ['auto', 'table', 'cards'] as const;
const PAGINGS = ['auto', 'pages', 'scroll'] as const;
/** From this many local rows on, `paging="auto"` scrolls instead of paging. */
const SCROLL_THRESHOLD = 10_000;
/** Below this width (px), `layout="auto"` shows cards. */
const CARDS_BELOW = 480;
/** Distinct values up to which a text column's filter is a select. */
const SELECT_LIMIT = 25;
const MIN_REFRESH_SECONDS = 30;
/** A day. Browsers run longer timers (over 24.8 days) at once, in a loop. */
const MAX_REFRESH_SECONDS = 86_400;

let instances = 0;

/**
 * A portal resource or a data file as an accessible, sortable, filterable table.
 *
 * @tagname odw-table
 * @summary Shows a dataset's table: from a CKAN DataStore (sorting, filtering, search and paging on the
 * portal) or from a CSV/JSON file (in the page, virtually scrolled when large).
 *
 * @fires odw-load - Rows are shown; `detail: { total, exact }` (`exact` is `false` when the portal estimated the total).
 * @fires odw-error - Something failed; `detail: { error }` is the typed client error or an `AttributeError` naming the attribute.
 * @fires odw-state - The reader changed sort, filters, search, page or page size; `detail` is the new `state`.
 *
 * @csspart toolbar - The bar with search, filter and download controls.
 * @csspart search - The search box (label and input).
 * @csspart filter-button - The button that opens the filter panel.
 * @csspart filters - The filter panel.
 * @csspart download-button - The download button.
 * @csspart scroll - The scroll container around the table.
 * @csspart table - The `<table>` element.
 * @csspart caption - The caption.
 * @csspart header-row - The header row.
 * @csspart header-cell - A header cell (`<th>`).
 * @csspart sort-button - The sort button inside a header cell.
 * @csspart row - A data row (also a card in the card layout).
 * @csspart cell - A data cell.
 * @csspart cell-button - With virtual scrolling: the button around a cell's text that is too long for its column (cut off with "…"); it shows the whole text.
 * @csspart cell-popover - With virtual scrolling: the popover with a cut-off cell's whole text.
 * @csspart cards - The list of cards in the card layout.
 * @csspart card - A card in the card layout.
 * @csspart pagination - The pagination bar.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The message shown when no rows match.
 * @csspart error - An error message (also the notice when a refresh failed).
 * @csspart notice - The note that a result was computed from a capped number of rows.
 * @csspart footer - The source, licence and "Stand" line.
 *
 * @cssproperty --odw-font - Font of the whole element. Default: inherited from the page.
 * @cssproperty --odw-color - Text colour. Default: inherited.
 * @cssproperty --odw-background - Background of the table, sticky cells and cards. Default: `#fff`.
 * @cssproperty --odw-accent - Colour of focus rings, links and active controls. Default: `#0b5cad`.
 * @cssproperty --odw-border-color - Colour of lines and control borders. Default: `#c8ccd1`.
 * @cssproperty --odw-muted-color - Colour of secondary text (footer, hints, empty cells). Default: `#545b64`.
 * @cssproperty --odw-header-background - Background of the header row. Default: `#f3f4f6`.
 * @cssproperty --odw-stripe-background - Background of every second row. Default: `#fafafb`.
 * @cssproperty --odw-error-color - Colour of error messages. Default: `#a4000f`.
 * @cssproperty --odw-radius - Corner radius of controls and cards. Default: `4px`.
 * @cssproperty --odw-cell-padding - Padding of table cells. Default: `0.45em 0.6em`.
 * @cssproperty --odw-table-max-height - Height limit of the scrolling table (virtual scrolling, `sticky-header`). Default: `70vh`.
 */
export class OdwTable extends LitElement {
  /** @hidden */
  static override styles = tableStyles;

  /** @hidden */
  static override get observedAttributes(): string[] {
    // `lang` is HTMLElement's own property; it is observed (not redeclared) so changing it re-renders.
    return [...super.observedAttributes, 'lang'];
  }

  /** Base URL of the portal, e.g. `https://www.offenesdatenportal.de`. */
  @property() portal = '';

  /** Dataset id or name (attribute `dataset`; the property has another name because `HTMLElement.dataset` exists). */
  @property({ attribute: 'dataset' }) datasetId = '';

  /** Resource id, name or position (1 = the first); default: the first resource with a DataStore, else the first CSV/JSON file. */
  @property() resource = '';

  /** Address of a CSV or JSON file to show instead of a portal resource. */
  @property() src = '';

  /** Columns to show, in order, optionally relabelled: `Straße, Bezirk:Abfuhrbezirk`. Default: all. */
  @property() columns = '';

  /** Conditions every shown row meets: `Bezirk = 4; Jahr >= 2020`. Readers cannot remove them. */
  @property() filter = '';

  /** Initial sort: `-Datum, Name` (minus = descending). */
  @property() sort = '';

  /** Rows per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Shows a search box. */
  @property({ type: Boolean }) search = false;

  /** Shows a download button (CSV and JSON of the current view). */
  @property({ type: Boolean }) download = false;

  /** Reloads the data every so many seconds (30 to 86 400, a day); 0 = never. */
  @property({ type: Number }) refresh = 0;

  /** Table caption; default: the dataset's title or the file name. */
  @property() caption = '';

  /** Keeps the header row visible while the table scrolls (the table gets a height limit). */
  @property({ type: Boolean, attribute: 'sticky-header' }) stickyHeader = false;

  /** Number patterns per column: `Betrag: #,##0.00 €; Anteil: 0.0 %`, or one pattern for all number columns. */
  @property({ attribute: 'number-format' }) numberFormat = '';

  /** Date styles per column (`date`, `short`, `long`, `month`, `year`, `datetime`, `time`), or one for all date columns. */
  @property({ attribute: 'date-format' }) dateFormat = '';

  /** `table`, `cards`, or `auto` (cards when the element is narrower than 480 px). */
  @property() layout: 'auto' | 'table' | 'cards' = 'auto';

  /** `pages`, `scroll` (virtual scrolling; data held in the page only), or `auto` (scroll from 10 000 local rows). */
  @property() paging: 'auto' | 'pages' | 'scroll' = 'auto';

  /** Mirrors the reader's view into the page address (`#key.sort=…`), for share links. The value is the key; empty uses the element's id or `table`. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** Rows to show, for developers: a `Table` from `@odw/client` (takes precedence over `src` and `portal`). */
  @property({ attribute: false }) data?: Table;

  @state() private current: TableState = { sort: [], filters: [], search: '', page: 1, pageSize: 20 };
  @state() private announcement = '';
  @state() private filtersOpen = false;
  @state() private downloadOpen = false;
  @state() private downloadProgress = '';
  @state() private fileProgress?: ParseProgress;
  @state() private width = 0;
  @state() private scrollOffset = 0;
  @state() private distinct = new Map<string, CellValue[] | undefined>();
  /** The cut-off cell whose whole text is shown (virtual scrolling). */
  @state() private reading?: CellReading;

  private parsed?: ParsedAttributes;
  private config?: ViewConfig;
  private configError?: Error;
  private linked: LinkedState = {};
  private explicitState: Partial<TableState> = {};
  private freshNext = false;
  private announceNextLoad = false;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private resizeObserver?: ResizeObserver;
  private downloadAbort?: AbortController;
  private rowHeight = 0;
  private keyBase = 0;
  /** Heights of the caption and the sticky header row above the virtual rows. */
  private captionHeight = 0;
  private headHeight = 0;
  private viewportHeight = 0;
  /** Set when fonts, columns or the element's size may have changed the row and viewport heights. */
  private needsMeasure = true;
  private readonly widthCache = new WeakMap<ViewConfig, number[]>();
  private readonly uid = `odw-table-${++instances}`;
  private readonly modules: {
    filters?: typeof Filters;
    errors?: typeof ErrorMessages;
    download?: typeof Download;
    popover?: typeof CellPopover;
  } = {};
  private readonly loadingModules = new Set<string>();
  private readonly failedModules = new Set<string>();

  private readonly sourceTask = new DataController<TableSource>(
    this,
    (signal) =>
      loadSource(
        {
          ...resolveSettings(this, { portal: this.portal }),
          dataset: this.datasetId.trim(),
          resource: this.resource.trim(),
          src: this.src.trim(),
          data: this.data,
          locale: localeOf(this.lang_),
          onProgress: (progress) => (this.fileProgress = progress),
          firstQuery: this.firstQuery(),
        },
        signal,
      ),
    {
      onComplete: () => this.applyConfig(),
      onError: (error) => this.fail(error),
    },
  );

  private readonly rowsTask = new DataController<RowsView>(
    this,
    (signal) => fetchRows(this.sourceTask.value!, this.rowsQuery(), signal),
    {
      onComplete: (view) => {
        if (this.announceNextLoad) {
          this.announceNextLoad = false;
          const m = tableMessages(this.lang_);
          const pages =
            this.isScrolling || view.total === undefined
              ? undefined
              : Math.max(1, Math.ceil(view.total / this.current.pageSize));
          this.announcement =
            view.total === 0
              ? m.emptyFiltered
              : `${m.rowsFound(view.total, view.exact, this.lang_)}${pages ? `, ${m.pageOf(this.current.page, pages, this.lang_)}` : ''}`;
        }
        emit(this, 'odw-load', { total: view.total, exact: view.exact });
        // With the first rows on screen, prepare local data for sorting and filtering while the reader looks.
        const source = this.sourceTask.value;
        if (source?.kind === 'local') setTimeout(() => source.runner.warm(), 50);
      },
      onError: (error) => this.fail(error),
    },
  );

  /** The reader's current view: sort, filters, search, page and page size. Setting it changes the view (no `odw-state` event). */
  get state(): TableState {
    return structuredClone(this.current);
  }

  set state(value: Partial<TableState>) {
    if (!this.hasUpdated) this.explicitState = { ...this.explicitState, ...structuredClone(value) };
    this.changeState(value, false);
  }

  private get lang_() {
    return resolveSettings(this, {}).lang;
  }

  private get isScrolling(): boolean {
    const source = this.sourceTask.value;
    if (source?.kind !== 'local' || this.paging === 'pages') return false;
    return this.paging === 'scroll' || (source.totalRows ?? 0) >= SCROLL_THRESHOLD;
  }

  private get isCards(): boolean {
    if (this.isScrolling) return false;
    const layout = this.layout || 'auto';
    return layout === 'cards' || (layout === 'auto' && this.width > 0 && this.width < CARDS_BELOW);
  }

  private get syncKey(): string | undefined {
    if (this.syncUrl === null) return undefined;
    return this.syncUrl.trim() || this.id || 'table';
  }

  /** @internal */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) {
      // Labels and formats depend on the language.
      if (this.sourceTask.value) this.applyConfig();
      this.requestUpdate();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      this.needsMeasure = true;
      // Next frame: switching layout inside the observer's callback would resize again in the same frame.
      requestAnimationFrame(() => {
        if (width !== this.width) this.width = width;
        else this.requestUpdate();
      });
    });
    this.resizeObserver.observe(this);
    window.addEventListener('hashchange', this.onHashChange);
    this.scheduleRefresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    this.downloadAbort?.abort();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    if (first && this.syncKey) this.linked = readStateFromHash(location.hash, this.syncKey);
    const attributesChanged = ATTRIBUTE_PROPERTIES.some((p) => changed.has(p));
    if (first || attributesChanged) this.parseAttributes(changed);
    if (changed.has('refresh')) this.scheduleRefresh();
    if (!this.parsed) return;
    if (first || SOURCE_PROPERTIES.some((p) => changed.has(p)) || this.sourceTask.status === 'initial') {
      this.config = undefined;
      this.rowsTask.reset();
      this.distinct = new Map();
      void this.sourceTask.run();
    } else if (CONFIG_PROPERTIES.some((p) => changed.has(p)) && this.sourceTask.value) {
      this.applyConfig();
    } else if ((changed.has('sort') || changed.has('pageSize')) && this.config) {
      void this.rowsTask.run();
    }
  }

  override updated(): void {
    // After layout, outside the update cycle: the measurement may call for another render.
    if (this.isScrolling && this.needsMeasure) {
      this.needsMeasure = false;
      requestAnimationFrame(() => this.measureVirtualRows());
    }
  }

  /** Reads the attributes that do not need data; a syntax error is shown at once and nothing is requested. */
  private parseAttributes(changed: PropertyValues<this>): void {
    try {
      // Messages quote what the editor wrote, not the number it became ("abc", not NaN).
      const written = (name: string, value: number) => this.getAttribute(name) ?? String(value);
      const size = Number(this.pageSize);
      if (!Number.isInteger(size) || size < 1 || size > 1000) {
        throw new AttributeError('page-size', {
          kind: 'out-of-range',
          value: written('page-size', this.pageSize),
          min: 1,
          max: 1000,
        });
      }
      for (const [name, value, allowed] of [
        ['layout', this.layout, LAYOUTS],
        ['paging', this.paging, PAGINGS],
      ] as const) {
        // Empty means the default, as for any enumerated HTML attribute.
        if (value && !(allowed as readonly string[]).includes(value)) {
          throw new AttributeError(name, { kind: 'not-one-of', value, allowed: [...allowed] });
        }
      }
      const refresh = Number(this.refresh);
      if (
        refresh !== 0 &&
        !(Number.isInteger(refresh) && refresh >= MIN_REFRESH_SECONDS && refresh <= MAX_REFRESH_SECONDS)
      ) {
        throw new AttributeError('refresh', {
          kind: 'out-of-range',
          value: written('refresh', this.refresh),
          min: MIN_REFRESH_SECONDS,
          max: MAX_REFRESH_SECONDS,
        });
      }
      this.parsed = {
        choices: parseColumnsAttribute(this.columns),
        terms: parseFilterAttribute(this.filter),
        sort: parseSortAttribute(this.sort),
        numberFormats: parseNumberFormatAttribute(this.numberFormat),
        dateFormats: parseDateFormatAttribute(this.dateFormat),
      };
      const first = !this.hasUpdated;
      if (first) {
        // Before the first render: the editor's attributes, then a share link, then a `state` set by script.
        this.current = {
          sort: this.parsed.sort,
          filters: [],
          search: '',
          page: 1,
          pageSize: size,
          ...this.linked,
          ...this.explicitState,
        };
        delete (this.current as Partial<LinkedState>).filterTerms;
      } else if (changed.has('sort') || changed.has('pageSize')) {
        this.current = { ...this.current, sort: this.parsed.sort, pageSize: size, page: 1 };
      }
      if (this.configError instanceof AttributeError) this.configError = undefined;
    } catch (error) {
      this.parsed = undefined;
      this.config = undefined;
      this.sourceTask.reset();
      this.rowsTask.reset();
      this.fail(error);
    }
  }

  /** Checks the attributes against the columns and starts fetching rows. */
  private applyConfig(): void {
    const source = this.sourceTask.value;
    if (!source || !this.parsed) return;
    try {
      const { fields } = source;
      const columns = resolveColumns(fields, this.parsed, this.lang_);
      const baseConditions = toConditions(this.parsed.terms, fields, 'filter');
      for (const key of this.current.sort) requireField(fields, key.field, 'sort');
      if (this.linked.filterTerms) {
        // Filters from a share link: typed now that the columns are known; a stale link is ignored.
        try {
          this.current = {
            ...this.current,
            filters: toConditions(this.linked.filterTerms, fields, 'sync-url'),
          };
        } catch (error) {
          console.warn('odw-table: ignoring filters from the page address', error);
        }
        this.linked = {};
      }
      this.config = { columns, baseConditions };
      this.configError = undefined;
      this.needsMeasure = true;
      void this.rowsTask.run();
    } catch (error) {
      this.config = undefined;
      this.rowsTask.reset();
      this.fail(error);
    }
    this.requestUpdate();
  }

  private fail(error: unknown): void {
    if (!(error instanceof Error) || error.name === 'AbortError') return;
    if (error.name === 'AttributeError') this.configError = error;
    emit(this, 'odw-error', { error });
  }

  private rowsQuery(): RowsQuery {
    const { columns, baseConditions } = this.config!;
    const { page, pageSize, sort, filters, search } = this.current;
    return {
      where: [...baseConditions, ...filters],
      q: search.trim(),
      orderBy: sort,
      select: this.parsed?.choices.length ? columns.map((c) => c.field.name) : undefined,
      searchIn: columns.map((c) => c.field.name),
      offset: (page - 1) * pageSize,
      limit: pageSize,
      fresh: this.takeFresh(),
    };
  }

  /** Whether the next request must bypass the client's cache (once, after refresh or retry). */
  private takeFresh(): boolean {
    const fresh = this.freshNext;
    this.freshNext = false;
    return fresh;
  }

  /**
   * The first page's portal query when it needs no column types (no filters, no search, sort within the
   * chosen columns): the source then loads it straight away and learns the columns from it.
   */
  private firstQuery(): Query | undefined {
    const parsed = this.parsed;
    const { filters, search, sort, page, pageSize } = this.current;
    if (
      !parsed ||
      parsed.terms.length ||
      this.linked.filterTerms?.length ||
      filters.length ||
      search.trim()
    ) {
      return undefined;
    }
    const select = parsed.choices.length ? parsed.choices.map((c) => c.field) : undefined;
    if (select && !sort.every((key) => select.includes(key.field))) return undefined;
    return remoteQuery({
      where: [],
      q: '',
      orderBy: sort,
      select,
      searchIn: [],
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
  }

  /** Applies a change of the reader's view and fetches the rows for it. */
  private changeState(patch: Partial<TableState>, byReader: boolean): void {
    const next: TableState = { ...this.current, ...structuredClone(patch) };
    const narrowed = ['sort', 'filters', 'search', 'pageSize'].some((k) => k in patch);
    if (narrowed && !('page' in patch)) next.page = 1;
    if (sameState(next, this.current)) return;
    this.current = next;
    if (this.syncKey) {
      const defaults = {
        sort: this.parsed?.sort ?? [],
        filters: [],
        search: '',
        page: 1,
        pageSize: Number(this.pageSize),
      };
      const hash = writeStateToHash(location.hash, this.syncKey, next, defaults);
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
    if (byReader) emit(this, 'odw-state', this.state);
    this.announceNextLoad = true;
    if (this.isScrolling && narrowed) this.resetScroll();
    if (this.config && !(this.isScrolling && !narrowed)) void this.rowsTask.run();
  }

  private readonly onHashChange = () => {
    if (!this.syncKey || !this.sourceTask.value) return;
    const linked = readStateFromHash(location.hash, this.syncKey);
    let filters = this.current.filters;
    try {
      filters = linked.filterTerms
        ? toConditions(linked.filterTerms, this.sourceTask.value.fields, 'sync-url')
        : [];
    } catch {
      /* a hand-edited address with unknown columns keeps the current filters */
    }
    this.changeState(
      {
        sort: linked.sort ?? this.parsed?.sort ?? [],
        filters,
        search: linked.search ?? '',
        page: linked.page ?? 1,
        pageSize: linked.pageSize ?? Number(this.pageSize),
      },
      true,
    );
  };

  private scheduleRefresh(): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    const seconds = this.refresh;
    if (!this.isConnected || !(seconds >= MIN_REFRESH_SECONDS && seconds <= MAX_REFRESH_SECONDS)) return;
    this.refreshTimer = setInterval(() => this.reload(), this.refresh * 1000);
  }

  /** Fetches again: the rows, or the whole source when that failed or comes from a file. */
  private reload(): void {
    this.freshNext = true;
    const source = this.sourceTask.value;
    if (!source || this.sourceTask.status === 'error' || source.kind === 'local') {
      if (this.parsed) void this.sourceTask.run();
    } else if (this.config) {
      void this.rowsTask.run();
    }
  }

  private readonly retry = () => this.reload();

  private readonly onSort = (field: string) => {
    // Ascending, descending, then back to the editor's sort.
    const primary = this.current.sort[0];
    const sort: OrderBy[] =
      primary?.field !== field
        ? [{ field, direction: 'asc' }]
        : primary.direction !== 'desc'
          ? [{ field, direction: 'desc' }]
          : (this.parsed?.sort ?? []).filter((s) => s.field !== field);
    this.changeState({ sort }, true);
  };

  private readonly onFilterChange = (field: string, conditions: Condition[]) => {
    this.changeState(
      { filters: [...this.current.filters.filter((c) => c.field !== field), ...conditions] },
      true,
    );
  };

  private readonly onResetFilters = () => this.changeState({ filters: [], search: '' }, true);

  private readonly onSearch = (value: string) => {
    if (value !== this.current.search) this.changeState({ search: value }, true);
  };

  private readonly toggleFilters = () => {
    this.filtersOpen = !this.filtersOpen;
    if (this.filtersOpen) void this.loadDistinctValues();
  };

  private readonly toggleDownload = () => (this.downloadOpen = !this.downloadOpen);

  /** For local data, columns with few distinct values get a select instead of a text box. */
  private async loadDistinctValues(): Promise<void> {
    const source = this.sourceTask.value;
    if (source?.kind !== 'local' || !this.config) return;
    const wanted = this.config.columns.filter((c) => c.field.type === 'text' || c.field.type === 'integer');
    const distinct = new Map(this.distinct);
    for (const column of wanted) {
      if (distinct.has(column.field.name)) continue;
      distinct.set(column.field.name, await source.runner.distinct(column.field.name, SELECT_LIMIT));
    }
    this.distinct = distinct;
  }

  private readonly onDownload = async (format: DownloadFormat) => {
    const source = this.sourceTask.value;
    if (!source || !this.config) return;
    this.downloadOpen = false;
    this.downloadAbort?.abort();
    const abort = (this.downloadAbort = new AbortController());
    const m = tableMessages(this.lang_);
    try {
      const { buildDownload, saveFile } = await import('./table-download.js');
      const file = await buildDownload({
        format,
        source,
        query: this.rowsQuery(),
        columns: this.config.columns,
        baseName: source.dataset?.name ?? source.resource?.name ?? 'tabelle',
        onProgress: (done, total) => (this.downloadProgress = m.downloading(done, total, this.lang_)),
        signal: abort.signal,
      });
      if (!abort.signal.aborted) saveFile(file);
    } catch (error) {
      if (!abort.signal.aborted) {
        this.announcement = m.downloadFailed;
        this.fail(error);
      }
    } finally {
      if (this.downloadAbort === abort) this.downloadProgress = '';
    }
  };

  private readonly cancelDownload = () => {
    this.downloadAbort?.abort();
    this.downloadProgress = '';
  };

  private readonly onRead = (invoker: HTMLElement, label: string, display: CellDisplay) => {
    this.reading = { invoker, label, display };
  };

  private readonly endReading = (reading: CellReading) => {
    if (this.reading === reading) this.reading = undefined;
  };

  /**
   * The base of the virtual rows' keys: the first rendered row, except while focus is on a cell (or its
   * popover is open), when it stays where it was so the rendered rows keep their DOM.
   */
  private rowKeyBase(first: number): number {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (!this.reading && !active?.closest('tbody')) this.keyBase = first;
    return this.keyBase;
  }

  private readonly onScroll = (event: Event) => {
    this.scrollOffset = (event.target as HTMLElement).scrollTop;
  };

  private resetScroll(): void {
    this.scrollOffset = 0;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (scroller) scroller.scrollTop = 0;
  }

  /** Learns row and viewport heights after the first virtual render (they depend on fonts and styles). */
  private measureVirtualRows(): void {
    if (!this.isScrolling) return;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroll');
    const row = scroller?.querySelector<HTMLElement>('tbody tr[part="row"]');
    if (!scroller || !row) return;
    const head = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const caption = scroller.querySelector('caption')?.getBoundingClientRect().height ?? 0;
    const rowHeight = row.getBoundingClientRect().height;
    const viewport = scroller.clientHeight - head;
    if (
      Math.abs(rowHeight - this.rowHeight) > 0.5 ||
      Math.abs(viewport - this.viewportHeight) > 0.5 ||
      Math.abs(caption - this.captionHeight) > 0.5
    ) {
      this.rowHeight = rowHeight;
      this.viewportHeight = viewport;
      this.captionHeight = caption;
      this.headHeight = head;
      this.requestUpdate();
    }
  }

  /**
   * Column widths for virtual scrolling, in `ch` of text (see `textWidth`), from the header and the first
   * 50 rows, at most 40. Computed once per set of columns, so they neither jump while scrolling nor after
   * sorting. A cell whose text is wider gets cut off with "…" and a button that shows it whole.
   */
  private columnBudgets(config: ViewConfig, view: RowsView): number[] {
    let budgets = this.widthCache.get(config);
    if (!budgets) {
      const sample = Math.min(view.available, 50);
      budgets = config.columns.map((column) => {
        const j = view.indexOf(column.field.name);
        // The header also holds the sort icon.
        let widest = textWidth(column.label) + 2;
        for (let i = 0; i < sample; i++)
          widest = Math.max(widest, textWidth(column.format(view.row(i)[j]).text));
        return Math.min(Math.max(Math.ceil(widest), 5), 40);
      });
      this.widthCache.set(config, budgets);
    }
    return budgets;
  }

  /**
   * Loads a part of the element that only some readers need (filter controls, error explanations,
   * the download code, the whole text of a cut-off cell) and renders again once it is there.
   */
  private lazy<T>(
    slot: 'filters' | 'errors' | 'download' | 'popover',
    load: () => Promise<T>,
  ): T | undefined {
    const loaded = this.modules[slot] as T | undefined;
    if (!loaded && !this.loadingModules.has(slot)) {
      this.loadingModules.add(slot);
      load().then(
        (module) => {
          this.modules[slot] = module as never;
          this.requestUpdate();
        },
        () => {
          this.failedModules.add(slot);
          this.requestUpdate();
        },
      );
    }
    return loaded;
  }

  /**
   * The error explained, once the explanations have loaded (milliseconds; until then the loading state
   * stays, so screen readers hear one alert, not a placeholder and then the real one).
   */
  private explain(error: unknown, lang: Lang, context: ErrorContext): ErrorMessage | undefined {
    const module = this.lazy('errors', () => import('../internal/error-message.js'));
    if (module) return module.describeError(error, lang, context);
    if (!this.failedModules.has('errors')) return undefined;
    return { cause: tableMessages(lang).loadFailed, action: error instanceof Error ? error.message : '' };
  }

  override render(): TemplateResult {
    const lang = this.lang_;
    const m = tableMessages(lang);
    const source = this.sourceTask.value;
    const view = this.rowsTask.value;
    const config = this.config;
    const caption = this.caption || source?.dataset?.title || source?.resource?.name || m.table;
    const error =
      this.configError ??
      (this.sourceTask.status === 'error' ? this.sourceTask.error : undefined) ??
      (this.rowsTask.status === 'error' ? this.rowsTask.error : undefined);
    const context = errorContextOf(error);
    const canRetry = error !== undefined && this.configError === undefined;

    const explained = error === undefined ? undefined : this.explain(error, lang, context);
    let body: TemplateResult | typeof nothing;
    let notice: TemplateResult | typeof nothing = nothing;
    if (error !== undefined && !(view && config && canRetry)) {
      body = explained
        ? renderError(explained, canRetry ? this.retry : undefined, m)
        : renderSkeleton(config?.columns.length ?? 5, 4, m.loading);
    } else if (!view || !config) {
      const columnCount = config?.columns.length ?? this.parsed?.choices.length ?? source?.fields.length ?? 5;
      const progress = this.sourceTask.status === 'pending' ? this.fileProgress : undefined;
      const status = progress ? m.readingFile(progress.bytesRead, progress.totalBytes, lang) : m.loading;
      body = renderSkeleton(columnCount, Math.min(this.current.pageSize, 8) + 1, status);
    } else {
      if (error !== undefined || view.stale) {
        // A failed refresh: either reported (our request failed) or answered from the client's cache.
        const asOf = view.retrievedAt ?? this.rowsTask.completedAt ?? new Date();
        notice = renderStaleNotice(
          m.staleNotice(formatTimestamp(asOf, lang)),
          explained?.cause,
          this.retry,
          m,
        );
      } else if (view.rowCap) {
        notice = html`<p class="partial" part="notice">${m.partial(view.rowCap, lang)}</p>`;
      }
      body = this.renderRows(view, config, caption);
    }

    const busy = this.sourceTask.status === 'pending' || this.rowsTask.status === 'pending';
    const filters =
      config && (this.filtersOpen || this.current.filters.length)
        ? this.lazy('filters', () => import('./render/render-filters.js'))
        : undefined;
    // The download code loads once the button shows, so the dump link is ready when the menu opens.
    const downloads = this.download && config && this.lazy('download', () => import('./table-download.js'));
    const filtersModel: Filters.FiltersModel | undefined = filters &&
      config && {
        controls: filters.filterControls(config.columns, this.distinct),
        filters: this.current.filters,
        onChange: this.onFilterChange,
        onReset: this.onResetFilters,
        messages: m,
      };
    return html`<div class="base" part="base" lang=${lang} aria-busy=${busy ? 'true' : 'false'}>
      ${renderToolbar({
        search: this.search ? { value: this.current.search, onInput: this.onSearch } : undefined,
        filters: config
          ? {
              open: this.filtersOpen,
              active: this.current.filters.length,
              panelId: `${this.uid}-filters`,
              onToggle: this.toggleFilters,
            }
          : undefined,
        download:
          this.download && config
            ? {
                open: this.downloadOpen,
                menuId: `${this.uid}-download`,
                formats: lang === 'de' ? ['csv-excel', 'csv', 'json'] : ['csv', 'csv-excel', 'json'],
                onToggle: this.toggleDownload,
                onDownload: this.onDownload,
                csvLink:
                  this.downloadOpen && downloads
                    ? downloads.renderDumpLink(source, config, this.current, this.toggleDownload, m)
                    : undefined,
                progress: this.downloadProgress,
                onCancel: this.cancelDownload,
              }
            : undefined,
        cardSort:
          config && this.isCards
            ? {
                columns: config.columns,
                sort: this.current.sort,
                onSort: (sort) => this.changeState({ sort }, true),
              }
            : undefined,
        messages: m,
      })}
      ${filtersModel && this.filtersOpen ? filters!.renderFilterPanel(filtersModel, `${this.uid}-filters`) : nothing}
      ${filtersModel ? filters!.renderFilterChips(filtersModel, config!.columns) : nothing} ${notice} ${body}
      ${this.renderCellPopover()}
      ${
        view && config && view.total !== 0 && !this.isScrolling && !(error !== undefined && !canRetry)
          ? renderPagination({
              page: this.current.page,
              pageSize: this.current.pageSize,
              rowsOnPage: this.pageRows(view).length,
              total: view.total,
              exact: view.exact,
              pageSizes: [...new Set([...PAGE_SIZES, Number(this.pageSize)])].sort((a, b) => a - b),
              onPage: (page) => this.changeState({ page }, true),
              onPageSize: (pageSize) => this.changeState({ pageSize }, true),
              messages: m,
              lang,
            })
          : nothing
      }
      ${source ? renderAttribution({ dataset: source.dataset, resource: source.resource, fileUrl: source.fileUrl, rowCount: source.totalRows }, lang) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** The whole text of a cut-off cell, once the popover's module has loaded (on first use). */
  private renderCellPopover(): TemplateResult | typeof nothing {
    const { reading } = this;
    const popover = reading && this.lazy('popover', () => import('./render/render-cell-popover.js'));
    return popover && this.isScrolling
      ? popover.renderCellPopover({
          reading: reading!,
          id: `${this.uid}-cell`,
          messages: tableMessages(this.lang_),
          onClose: this.endReading,
        })
      : nothing;
  }

  /**
   * The rows of the current page. Portal views hold exactly one page (while the next one loads, or after
   * it failed, the previous page stays); local views hold every matching row and are sliced here.
   */
  private pageRows(view: RowsView): { index: number; values: CellValue[] }[] {
    const local = this.sourceTask.value?.kind === 'local';
    const start = local ? (this.current.page - 1) * this.current.pageSize : view.start;
    const end = local ? Math.min(start + this.current.pageSize, view.available) : view.start + view.available;
    const rows = [];
    for (let i = start; i < end; i++) rows.push({ index: i, values: view.row(i) });
    return rows;
  }

  private renderRows(view: RowsView, config: ViewConfig, caption: string): TemplateResult {
    const m = tableMessages(this.lang_);
    const { columns } = config;
    const { sort } = this.current;
    const { onSort } = this;
    const { indexOf } = view;
    if (view.total === 0 || view.available === 0) {
      const filtered = this.current.filters.length > 0 || this.current.search.trim() !== '';
      return renderEmpty(filtered, this.onResetFilters, m);
    }
    if (this.isScrolling) {
      const rowHeight = this.rowHeight || 33;
      const window = virtualWindow({
        scrollTop: this.scrollOffset,
        viewportHeight: this.viewportHeight || 480,
        rowHeight,
        rowCount: view.available,
        maxHeight: MAX_SCROLL_HEIGHT,
      });
      const rows = [];
      for (let i = window.first; i < window.end; i++) rows.push({ index: i, values: view.row(i) });
      // Rows whose middle is below the sticky header and above the bottom edge (arithmetic, no layout
      // reads): their cut-off cells are in the Tab order; focusing one scrolls it fully into view without
      // bringing yet another row in.
      const top = window.first - 0.5 + (this.scrollOffset - this.captionHeight - window.padTop) / rowHeight;
      const budgets = this.columnBudgets(config, view);
      const virtual = {
        padTop: window.padTop,
        padBottom: window.padBottom,
        rowCount: view.available,
        budgets,
        from: Math.ceil(top),
        to: Math.floor(top + (this.viewportHeight || 480) / rowHeight),
        onRead: this.onRead,
        keyBase: this.rowKeyBase(window.first),
      };
      return this.scrollContainer('virtual', caption, {
        caption,
        columns,
        sort,
        onSort,
        rows,
        indexOf,
        messages: m,
        virtual,
      });
    }
    const rows = this.pageRows(view);
    if (this.isCards) return renderCards(caption, columns, rows, indexOf, m);
    const model = { caption, columns, sort, onSort, rows, indexOf, messages: m };
    return this.scrollContainer(this.stickyHeader ? 'sticky' : '', caption, model);
  }

  /**
   * The table in its scroll container: a labelled region, focusable so keyboard users can scroll a wide
   * or long table (WCAG 2.1.1); virtual tables also listen to scrolling.
   */
  private scrollContainer(mode: string, caption: string, model: TableModel): TemplateResult {
    return html`<div
      class="scroll ${mode}"
      part="scroll"
      tabindex="0"
      role="region"
      aria-label=${caption}
      @scroll=${mode === 'virtual' ? this.onScroll : nothing}
      ${cssProperties(
        // Focus scrolled into view lands beside the sticky header and first column, not beneath them.
        model.virtual
          ? {
              'scroll-padding-block-start': `${this.headHeight}px`,
              'scroll-padding-inline-start': columnWidth(model.virtual.budgets[0]),
            }
          : {},
      )}
    >
      ${renderTable(model)}
    </div>`;
  }
}
