/**
 * `@odw/widgets`: framework-agnostic Web Components for open-data portal data.
 *
 * Importing this module does not define any element; import `@odw/widgets/table/odw-table.js`
 * (or use the CDN autoloader) to register `<odw-table>`.
 *
 * @packageDocumentation
 */
export { OdwTable } from './table/table.js';
export type { TableState, OdwStateDetail } from './table/table-state.js';
export { AttributeError, type AttributeProblem } from './internal/attribute-error.js';
export { defineElement, type OdwElementClass } from './internal/define.js';
export type { OdwLoadDetail, OdwErrorDetail } from './internal/events.js';
export type { Lang } from './internal/i18n.js';
export { VERSION } from './internal/version.js';
