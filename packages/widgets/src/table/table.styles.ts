import { css } from 'lit';

/** @internal */
export const tableStyles = css`
  :host {
    --odw-font: inherit;
    --odw-color: inherit;
    --odw-background: #fff;
    --odw-accent: #0b5cad;
    --odw-border-color: #c8ccd1;
    --odw-muted-color: #545b64;
    --odw-header-background: #f3f4f6;
    --odw-stripe-background: #fafafb;
    --odw-error-color: #a4000f;
    --odw-radius: 4px;
    --odw-cell-padding: 0.45em 0.6em;
    --odw-table-max-height: 70vh;
    display: block;
    font: var(--odw-font);
    color: var(--odw-color);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--odw-accent);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button,
  input,
  select {
    border: 1px solid var(--odw-border-color);
    border-radius: var(--odw-radius);
    background: var(--odw-background);
    padding: 0.3em 0.6em;
    min-height: 2.25em;
  }
  button {
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.45;
  }
  button[aria-expanded='true'] {
    border-color: var(--odw-accent);
  }
  :focus-visible {
    outline: 3px solid var(--odw-accent);
    outline-offset: 1px;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
  }
  .search {
    display: flex;
    flex-direction: column;
    flex: 1 1 14em;
    max-width: 28em;
    gap: 0.2em;
  }
  .search-label,
  .filter-label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .actions,
  .card-sort {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .card-sort label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    gap: 0.2em;
  }
  .download {
    position: relative;
  }
  .download-menu {
    position: absolute;
    /* Opens towards the element's free side: at 320 px the button sits at the start of its line. */
    inset-inline-start: 0;
    z-index: 3;
    margin: 0.25em 0 0;
    padding: 0.25em;
    list-style: none;
    background: var(--odw-background);
    border: 1px solid var(--odw-border-color);
    border-radius: var(--odw-radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    min-width: 13em;
  }
  .download-menu button {
    width: 100%;
    text-align: start;
    border: none;
  }
  /* The portal's dump link looks like the other items. */
  .download-menu a {
    display: flex;
    align-items: center;
    min-height: 2.25em;
    padding: 0 0.6em;
    color: inherit;
    text-decoration: none;
  }
  .download-progress {
    flex-basis: 100%;
    margin: 0;
    color: var(--odw-muted-color);
  }

  /* Filters */
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.75em 1em;
    padding: 0.75em;
    border: 1px solid var(--odw-border-color);
    border-radius: var(--odw-radius);
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
  }
  fieldset.range {
    border: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.2em 0.5em;
  }
  fieldset.range legend {
    padding: 0;
    margin-block-end: 0.2em;
  }
  fieldset.range label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    min-width: 0;
  }
  fieldset.range input {
    width: 100%;
  }
  .hint {
    font-weight: normal;
    color: var(--odw-muted-color);
  }
  [aria-invalid='true'] {
    border-color: var(--odw-error-color);
    outline-color: var(--odw-error-color);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    border-radius: 1em;
    padding: 0.15em 0.75em;
    min-height: 2em;
    background: var(--odw-header-background);
  }
  .chip.reset {
    background: transparent;
    border-style: dashed;
  }

  /* Table */
  .scroll {
    overflow: auto;
    overflow-anchor: none;
    max-width: 100%;
    border: 1px solid var(--odw-border-color);
    border-radius: var(--odw-radius);
    background: var(--odw-background);
  }
  .scroll.sticky,
  .scroll.virtual {
    max-height: var(--odw-table-max-height);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
  }
  table.virtual {
    table-layout: fixed;
  }
  caption {
    caption-side: top;
    text-align: start;
    font-weight: 600;
    font-size: 1.05em;
    padding: 0.5em 0.6em;
  }
  /* Stays in view when a wide table scrolls sideways: the caption box is as wide as the table, so the
     text inside it sticks, no wider than the element (100cqi of .base). */
  .caption-text {
    position: sticky;
    inset-inline-start: 0.6em;
    display: inline-block;
    max-inline-size: calc(100cqi - 1.2em);
  }
  th,
  td {
    padding: var(--odw-cell-padding);
    border-block-end: 1px solid var(--odw-border-color);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
    max-width: 32em;
  }
  th {
    /* Header words are not split mid-word; long German compounds are hyphenated instead. */
    overflow-wrap: normal;
    hyphens: auto;
    background: var(--odw-header-background);
    font-weight: 600;
    padding: 0;
    vertical-align: bottom;
  }
  .sticky thead th,
  .virtual thead th {
    position: sticky;
    top: 0;
    z-index: 2;
  }
  th:first-child,
  td:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    border-inline-end: 1px solid var(--odw-border-color);
  }
  td:first-child {
    /* Opaque, so columns scrolled underneath do not show through. */
    background: inherit;
  }
  .sticky thead th:first-child,
  .virtual thead th:first-child {
    z-index: 3;
  }
  tbody tr {
    background: var(--odw-background);
  }
  /* Stripes follow the data (absolute row number), not the position among the rendered rows. */
  tbody tr.odd {
    background: var(--odw-stripe-background);
  }
  tbody tr:hover {
    background: var(--odw-header-background);
  }
  [part='sort-button'],
  [part='cell-button'] {
    width: 100%;
    border: none;
    border-radius: 0;
    background: transparent;
    font-weight: inherit;
    text-align: inherit;
  }
  [part='sort-button'] {
    display: flex;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.4em;
    padding: var(--odw-cell-padding);
    min-height: 2.5em;
  }
  th.numeric [part='sort-button'] {
    /* The label lines up with the right-aligned numbers; the icon sits just before it. */
    display: block;
    text-align: end;
  }
  th.numeric .sort-icon {
    margin-inline-end: 0.4em;
  }
  .sort-icon {
    color: var(--odw-muted-color);
    font-size: 0.8em;
    line-height: 1.6;
  }
  th[aria-sort] .sort-icon {
    color: var(--odw-accent);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  td.date {
    white-space: nowrap;
  }
  .empty {
    color: var(--odw-muted-color);
  }
  table.virtual td,
  [part='cell-button'] {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part='cell-button'] {
    display: block;
    min-height: 0;
    padding: 0;
    text-decoration: underline dotted;
  }
  tr.spacer td {
    padding: 0;
    border: none;
  }

  /* Busy: keep the rows, dim them, no layout jump */
  .base[aria-busy='true'] .scroll tbody,
  .base[aria-busy='true'] .cards {
    opacity: 0.55;
    transition: opacity 0.2s 0.15s;
  }

  /* Cards */
  .cards-caption {
    font-weight: 600;
    font-size: 1.05em;
    margin: 0;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
  .card {
    container-type: inline-size;
    border: 1px solid var(--odw-border-color);
    border-radius: var(--odw-radius);
    padding: 0.5em 0.75em;
    background: var(--odw-background);
  }
  .card dl {
    margin: 0;
    display: grid;
    gap: 0.3em;
  }
  .pair {
    display: grid;
    grid-template-columns: minmax(6em, 40%) 1fr;
    gap: 0.75em;
  }
  .pair dt {
    font-weight: 600;
    color: var(--odw-muted-color);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .pair dd {
    margin: 0;
    overflow-wrap: break-word;
  }
  /* Phones: the label above its value, so neither is broken mid-word. */
  @container (max-width: 24em) {
    .pair {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  /* Pagination */
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em;
  }
  .page-count,
  .page-range {
    white-space: nowrap;
  }
  .page-button {
    min-width: 2.25em;
  }
  .page-number,
  .page-size {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .page-number input {
    width: 4em;
  }
  /* Narrow: the page field's visible label goes (its name stays, see aria-label), so the pager fits one line. */
  @container (max-width: 26em) {
    .page-label {
      display: none;
    }
  }

  /* States */
  .skeleton table {
    border: 1px solid var(--odw-border-color);
    border-radius: var(--odw-radius);
  }
  .skeleton td {
    padding: 0.7em 0.6em;
  }
  .skeleton tr.head td {
    background: var(--odw-header-background);
  }
  .bar {
    display: block;
    height: 0.8em;
    border-radius: 0.4em;
    background: linear-gradient(90deg, #e5e7eb 0%, #f3f4f6 50%, #e5e7eb 100%) 0 0 / 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  .loading-text {
    margin: 0 0 0.4em;
    color: var(--odw-muted-color);
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar {
      animation: none;
    }
    .base[aria-busy='true'] .scroll tbody {
      transition: none;
    }
  }
  .error,
  .notice {
    border: 1px solid var(--odw-error-color);
    border-inline-start-width: 4px;
    border-radius: var(--odw-radius);
    padding: 0.75em 1em;
  }
  .error .cause,
  .notice .cause {
    color: var(--odw-error-color);
    font-weight: 600;
    margin: 0 0 0.3em;
  }
  .error .action {
    margin: 0 0 0.6em;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .notice .cause {
    margin: 0;
    flex: 1 1 20em;
    font-weight: normal;
  }
  .empty-state {
    border: 1px dashed var(--odw-border-color);
    border-radius: var(--odw-radius);
    padding: 1.5em 1em;
    text-align: center;
  }
  .empty-state p {
    margin: 0 0 0.6em;
  }

  /* Footer */
  .attribution {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.2em;
    font-size: 0.875em;
    color: var(--odw-muted-color);
  }

  @media (forced-colors: active) {
    :host {
      --odw-background: Canvas;
      --odw-header-background: Canvas;
      --odw-stripe-background: Canvas;
      --odw-border-color: CanvasText;
      --odw-accent: LinkText;
      --odw-muted-color: CanvasText;
      --odw-error-color: CanvasText;
    }
    .bar {
      background: GrayText;
    }
    th[aria-sort] .sort-icon {
      color: Highlight;
    }
  }
`;
