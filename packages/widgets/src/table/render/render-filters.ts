import type { CellValue, Condition } from '@odw/client';
import { html, nothing, type TemplateResult } from 'lit';
import { readNumber } from '../../internal/grammar/typed-value.js';
import type { TableColumn } from '../table-columns.js';
import type { TableMessages } from '../table-messages.js';

/** The filter controls for the visible columns (geometry and JSON columns have none). */
export function filterControls(
  columns: TableColumn[],
  distinct: Map<string, CellValue[] | undefined>,
): FilterControl[] {
  return columns
    .filter((c) => c.field.type !== 'geometry' && c.field.type !== 'json')
    .map((column) => {
      const options = distinct.get(column.field.name);
      return { column, kind: filterKind(column, options), options };
    });
}

/** The kind of control a column's filter uses, by its type and number of distinct values. */
export type FilterKind = 'text' | 'select' | 'number' | 'date';

/** One column's filter control. */
export interface FilterControl {
  column: TableColumn;
  kind: FilterKind;
  /** The choices of a `select` control. */
  options?: CellValue[];
}

/** The filter panel and the active-filter chips. */
export interface FiltersModel {
  controls: FilterControl[];
  /** The reader's current filters. */
  filters: Condition[];
  /** Replaces the filters of one column. */
  onChange: (field: string, conditions: Condition[]) => void;
  onReset: () => void;
  messages: TableMessages;
}

/** The control kind for a column, given its distinct values when known. */
export function filterKind(column: TableColumn, distinct: CellValue[] | undefined): FilterKind {
  const type = column.field.type;
  if (type === 'boolean') return 'select';
  if (type === 'date' || type === 'datetime') return 'date';
  if (distinct) return 'select';
  return type === 'integer' || type === 'number' ? 'number' : 'text';
}

const debounceTimers = new WeakMap<EventTarget, ReturnType<typeof setTimeout>>();

/** Calls `apply` 400 ms after the last keystroke (or at once on `change`). */
function debounced(apply: (value: string) => void) {
  return (event: Event) => {
    const input = event.target as HTMLInputElement;
    clearTimeout(debounceTimers.get(input));
    if (event.type === 'change') apply(input.value);
    else
      debounceTimers.set(
        input,
        setTimeout(() => apply(input.value), 400),
      );
  };
}

function conditionValue(filters: Condition[], field: string, op: Condition['op']): CellValue | undefined {
  const value = filters.find((c) => c.field === field && c.op === op)?.value;
  return Array.isArray(value) ? undefined : value;
}

function textControl(control: FilterControl, model: FiltersModel): TemplateResult {
  const field = control.column.field.name;
  const current = conditionValue(model.filters, field, 'contains') ?? '';
  const apply = debounced((value) =>
    model.onChange(field, value.trim() ? [{ field, op: 'contains', value: value.trim() }] : []),
  );
  return html`<label class="filter"
    ><span class="filter-label"
      >${control.column.label} <span class="hint">(${model.messages.contains})</span></span
    >
    <input type="search" .value=${String(current)} @input=${apply} @change=${apply}
  /></label>`;
}

function selectControl(control: FilterControl, model: FiltersModel): TemplateResult {
  const field = control.column.field.name;
  const m = model.messages;
  const options = control.options ?? (control.column.field.type === 'boolean' ? [true, false] : []);
  const current = conditionValue(model.filters, field, '=');
  const selected = options.findIndex((o) => o === current);
  const onChange = (event: Event) => {
    const index = Number((event.target as HTMLSelectElement).value);
    model.onChange(field, index >= 0 ? [{ field, op: '=', value: options[index] }] : []);
  };
  const text = (value: CellValue) =>
    typeof value === 'boolean' ? (value ? m.yes : m.no) : control.column.format(value).text;
  return html`<label class="filter"
    ><span class="filter-label">${control.column.label}</span>
    <select @change=${onChange}>
      <option value="-1" ?selected=${selected < 0}>${m.any}</option>
      ${options.map((o, i) => html`<option value=${i} ?selected=${i === selected}>${text(o)}</option>`)}
    </select></label
  >`;
}

function rangeControl(control: FilterControl, model: FiltersModel): TemplateResult {
  const field = control.column.field;
  const m = model.messages;
  const isDate = control.kind === 'date';
  const isDateTime = field.type === 'datetime';
  const toInput = (value: CellValue | undefined) =>
    value === undefined || value === null ? '' : isDate ? String(value).slice(0, 10) : String(value);
  const low = toInput(conditionValue(model.filters, field.name, '>='));
  const high = toInput(conditionValue(model.filters, field.name, '<='));
  const read = (text: string, end: boolean): CellValue | undefined => {
    if (!text.trim()) return undefined;
    if (!isDate) return readNumber(text);
    // A day range on a date-time column covers the whole last day.
    return isDateTime ? `${text}T${end ? '23:59:59' : '00:00:00'}` : text;
  };
  const onChange = (event: Event) => {
    const group = (event.target as HTMLElement).closest('fieldset')!;
    const [lowInput, highInput] = group.querySelectorAll('input');
    const from = read(lowInput.value, false);
    const to = read(highInput.value, true);
    lowInput.setAttribute('aria-invalid', String(Boolean(lowInput.value.trim()) && from === undefined));
    highInput.setAttribute('aria-invalid', String(Boolean(highInput.value.trim()) && to === undefined));
    const conditions: Condition[] = [];
    if (from !== undefined) conditions.push({ field: field.name, op: '>=', value: from });
    if (to !== undefined) conditions.push({ field: field.name, op: '<=', value: to });
    model.onChange(field.name, conditions);
  };
  const type = isDate ? 'date' : 'text';
  return html`<fieldset class="filter range">
    <legend class="filter-label">${control.column.label}</legend>
    <label
      >${m.from}
      <input type=${type} inputmode=${isDate ? nothing : 'decimal'} .value=${low} @change=${onChange}
    /></label>
    <label
      >${m.to}
      <input type=${type} inputmode=${isDate ? nothing : 'decimal'} .value=${high} @change=${onChange}
    /></label>
  </fieldset>`;
}

/** The panel with one filter control per column. */
export function renderFilterPanel(model: FiltersModel, id: string): TemplateResult {
  return html`<div part="filters" class="filters" id=${id} role="group" aria-label=${model.messages.filters}>
    ${model.controls.map((control) =>
      control.kind === 'text'
        ? textControl(control, model)
        : control.kind === 'select'
          ? selectControl(control, model)
          : rangeControl(control, model),
    )}
  </div>`;
}

const OPERATOR_SIGNS: Partial<Record<Condition['op'], string>> = {
  '>=': '≥',
  '<=': '≤',
  '<': '<',
  '>': '>',
  '!=': '≠',
};

/** A condition in words: `Bezirk: 4`, `Betrag ≥ 100`, `Straße enthält „weg“`. */
export function describeCondition(
  condition: Condition,
  column: TableColumn | undefined,
  m: TableMessages,
): string {
  const label = column?.label ?? condition.field;
  const show = (value: CellValue) =>
    typeof value === 'boolean'
      ? value
        ? m.yes
        : m.no
      : column
        ? column.format(value).text || String(value)
        : String(value);
  switch (condition.op) {
    case 'contains':
      return `${label} ${m.contains} „${String(condition.value)}“`;
    case '=':
      return `${label}: ${show(condition.value as CellValue)}`;
    case 'in':
      return `${label}: ${(condition.value as CellValue[]).map(show).join(' | ')}`;
    case 'is null':
      return `${label}: ${m.empty}`;
    case 'is not null':
      return `${label} ≠ ${m.empty}`;
    default: {
      const value = condition.value as CellValue;
      // Date ranges show the day chosen, not the 00:00:00 / 23:59:59 added for date-time columns.
      const text =
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && column
          ? column.format(value.slice(0, 10)).text
          : show(value);
      return `${label} ${OPERATOR_SIGNS[condition.op]} ${text}`;
    }
  }
}

/** The active filters as removable chips, plus "reset". */
export function renderFilterChips(
  model: FiltersModel,
  columns: TableColumn[],
): TemplateResult | typeof nothing {
  if (model.filters.length === 0) return nothing;
  const m = model.messages;
  const byName = new Map(columns.map((c) => [c.field.name, c]));
  return html`<ul class="chips" aria-label=${m.filtersActive(model.filters.length)}>
    ${model.filters.map((condition) => {
      const text = describeCondition(condition, byName.get(condition.field), m);
      const rest = model.filters.filter((c) => c !== condition && c.field === condition.field);
      return html`<li>
        <button
          type="button"
          class="chip"
          aria-label=${m.removeFilter(text)}
          @click=${() => model.onChange(condition.field, rest)}
        >
          ${text} <span aria-hidden="true">✕</span>
        </button>
      </li>`;
    })}
    <li><button type="button" class="chip reset" @click=${model.onReset}>${m.resetFilters}</button></li>
  </ul>`;
}
