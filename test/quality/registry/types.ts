/**
 * What an element registers with the trust gates, once: how to mount it against the demo portal, its
 * states and how to reach each, how it shows the hostile dataset, what its attributes accept, and how a
 * keyboard operates it. The gates derive everything else (attribute types from the custom-elements
 * manifest, fault modes, the pages and the checks), so a new element needs one file in this folder.
 */
import type { Subject } from '../support/subject.js';

/** Attribute name → value, as an editor writes them. */
export type Attributes = Record<string, string>;

/** What a registration may use to build attributes. */
export interface GateContext {
  /** The demo portal's base URL. */
  portal: string;
  /** The portal's URL with a fault spec as path prefix (unique per call). */
  faulty(spec: string): string;
  /** Download URL of a demo portal resource, by resource id. */
  fileUrl(resourceId: string): string;
  /** Download URL of a dataset's resource (`position` 1 = the first). */
  resourceUrl(dataset: string, position?: number): string;
  /** Name of a dataset's resource (`position` 1 = the first). */
  resourceName(dataset: string, position: number): string;
  /** Ids of the hostile dataset (from `@odw/demo-portal`). */
  hostile: { dataset: string; tableResourceId: string; geojsonResourceId: string };
}

/** One state of an element, and how a reader gets there. */
export interface StateRecipe {
  /** What a reader sees. */
  description: string;
  attributes(ctx: GateContext): Attributes;
  /** What mounting waits for: data shown (`load`), an error shown (`error`), or nothing (loading states). */
  settle: 'load' | 'error' | 'none';
  /** Viewport width in CSS px, for states that depend on it. Default 1024. */
  width?: number;
  /** What the reader does after that (open a panel, sort, page …). */
  act?(subject: Subject): Promise<void>;
  /** A selector, inside the element, that matches only in this state: proves the state was reached. */
  proof: string;
  /** The state asks the portal again while the portal fails (uses a server-wide fault; runs alone). */
  serverFault?: string;
  /** Origins this state may contact besides the page's and the portal's (e.g. a basemap after consent). */
  alsoAllowed?: string[];
  /** Skip the keyboard walk-through here (e.g. a loading state that has no controls yet). */
  noKeyboard?: boolean;
}

/** How the element shows the hostile dataset, for the XSS gate. */
export interface HostileVariant {
  name: string;
  attributes(ctx: GateContext): Attributes;
  /** `load` (default): the element shows the data; `error`: it must refuse it (e.g. a `javascript:` resource). */
  settle?: 'load' | 'error';
  /**
   * The rows shown: the DataStore resource they come from, every row and cell (selectors, matched through
   * shadow roots; cells in the resource's column order, `_id` left out), and the header cells, whose text
   * is the column's DataStore label (`label`, default) or its name in the file (`name`).
   */
  rows?: {
    resource: 'table' | 'geojson';
    row: string;
    cell: string;
    header?: string;
    headerText?: 'label' | 'name';
  };
  /**
   * Metadata that must appear verbatim in the element's visible text: `title`, `organization`, or
   * `resource:<n>` (the name of the dataset's n-th resource).
   */
  metadata: string[];
}

/** An attribute whose value is text the element shows or passes on. */
interface FreeText {
  kind: 'free';
}
/** A boolean attribute: present means on, whatever the value (HTML semantics). */
interface BooleanAttribute {
  kind: 'boolean';
}
/** A number; `min`/`max` are what the element documents. */
interface NumberAttribute {
  kind: 'number';
  min?: number;
  max?: number;
}
/** One of a fixed set of keywords. */
interface EnumAttribute {
  kind: 'enum';
  values: string[];
}
/** A small language (lists, conditions, patterns): `malformed` values break it. */
interface GrammarAttribute {
  kind: 'grammar';
  malformed: string[];
  /** A value that is well-formed but names a column the data does not have. */
  unknownField?: string;
}
/** The address of a portal or a file. */
interface UrlAttribute {
  kind: 'url';
}
/** The name or id of something on the portal (dataset, resource). */
interface ReferenceAttribute {
  kind: 'reference';
  /** The value it has in the data state (malformed values replace it). */
  unknown: string;
}
/** JSON. */
interface JsonAttribute {
  kind: 'json';
}

/** How the bad-input gate treats one attribute. */
export type AttributeSpec = (
  | FreeText
  | BooleanAttribute
  | NumberAttribute
  | EnumAttribute
  | GrammarAttribute
  | UrlAttribute
  | ReferenceAttribute
  | JsonAttribute
) & {
  /**
   * Values the element accepts on purpose although the gate derives them as malformed, each with the
   * reason (e.g. an empty optional attribute means its default).
   */
  tolerated?: Record<string, string>;
  /** Besides the attribute's name, the message must show the expected form: this pattern. */
  form?: RegExp;
  /** Attributes to mount with instead of the data state's (e.g. `src` needs no `portal`). */
  base?(ctx: GateContext): Attributes;
};

/** A keyboard operation a reader must be able to do, proven by its visible effect. */
export interface KeyboardOperation {
  name: string;
  /** The state it starts from. */
  state: string;
  run(subject: Subject): Promise<void>;
}

/**
 * A finding a gate reports but tolerates until the element's owner fixes it. Each is listed as open in
 * docs/quality.md with its reason; the list should be short, and empty as soon as possible.
 */
export interface KnownFinding {
  /** The gate (`states`, `keyboard`, …) and, optionally, the state it applies to. */
  gate: string;
  state?: string;
  /** Matches the problem's text. */
  pattern: RegExp;
  /** What is wrong and who fixes it. */
  reason: string;
}

/** Everything the gates need to know about one element. */
export interface ElementRegistration {
  tag: string;
  /** States to render in; `data` must exist (data shown), more states are better. */
  states: Record<string, StateRecipe>;
  /** Hostile renderings (XSS gate). */
  hostile: HostileVariant[];
  /** Every attribute in the custom-elements manifest (the gate fails for an attribute not listed). */
  attributes: Record<string, AttributeSpec>;
  /** Keyboard operations (keyboard gate). */
  keyboard: KeyboardOperation[];
  /** Inside the element: the error message (its text must name the cause or the attribute). */
  errorSelector: string;
  /** Inside the element: the control that retries after an error. */
  retrySelector: string;
  /** Inside the element: something that shows data (rows, marks, features). */
  dataSelector: string;
  /** Makes a loaded element ask the portal again (e.g. the next page), for the stale-data check. */
  refetch(subject: Subject): Promise<void>;
  /** Open findings the gates tolerate for now (see {@link KnownFinding}). */
  knownFindings?: KnownFinding[];
}
