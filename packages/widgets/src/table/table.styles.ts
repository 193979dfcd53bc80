import { css } from 'lit';

/** @internal */
export const tableStyles = css`
  :host {
    --odw-font: inherit;
    --odw-color: inherit;
    --odw-border-color: #c8ccd1;
    --odw-header-background: #f3f4f6;
    --odw-error-color: #a4000f;
    display: block;
    font: var(--odw-font);
    color: var(--odw-color);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    border-block-end: 1px solid var(--odw-border-color);
    padding: 0.35em 0.6em;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--odw-header-background);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part='error'] {
    color: var(--odw-error-color);
    border: 1px solid currentColor;
    padding: 0.75em;
  }
`;
