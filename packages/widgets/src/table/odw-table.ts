import { defineElement } from '../internal/define.js';
import { OdwTable } from './table.js';

defineElement('odw-table', OdwTable);

declare global {
  interface HTMLElementTagNameMap {
    'odw-table': OdwTable;
  }
}

export { OdwTable };
