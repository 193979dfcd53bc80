/**
 * The builder's options form comes from the custom-elements manifest (packages/widgets/custom-elements.json,
 * generated from the elements' JSDoc): one control per attribute, with its documentation, allowed values
 * and default. A new attribute in an element appears here without a change to the builder.
 *
 * @module
 */

/** The parts of a custom-elements manifest the builder reads. */
export interface ElementsManifest {
  modules: {
    declarations?: {
      tagName?: string;
      customElement?: boolean;
      summary?: string;
      attributes?: { name: string; type?: { text: string }; default?: string; description?: string }[];
    }[];
  }[];
}

/**
 * What control an attribute gets: by its type, or a field picker for attributes that name the resource's
 * fields (`columns`: several, in order; `sort`: one, with direction).
 */
export type OptionKind = 'text' | 'number' | 'boolean' | 'choice' | 'columns' | 'sort';

export interface OptionSpec {
  name: string;
  kind: OptionKind;
  /** Allowed values of a `choice`. */
  choices: string[];
  /** The element's default, as text (empty when none). */
  defaultValue: string;
  /** Documentation from the element's JSDoc (English). */
  description: string;
}

/** Attributes whose values name fields of the resource. */
const FIELD_ATTRIBUTES: Partial<Record<string, OptionKind>> = { columns: 'columns', sort: 'sort' };

/** `'a' | 'b' | undefined` → `['a', 'b']`; undefined when the type is not a union of string literals. */
function stringLiterals(typeText: string): string[] | undefined {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  const literals = parts.map((p) => /^(['"])(.*)\1$/.exec(p)?.[2]);
  return parts.length && literals.every((l) => l !== undefined) ? (literals as string[]) : undefined;
}

function kindOf(name: string, typeText: string): Pick<OptionSpec, 'kind' | 'choices'> {
  const fieldKind = FIELD_ATTRIBUTES[name];
  if (fieldKind) return { kind: fieldKind, choices: [] };
  const literals = stringLiterals(typeText);
  if (literals) return { kind: 'choice', choices: literals };
  const base = typeText.replace(/\s*\|\s*undefined/g, '').trim();
  if (base === 'number') return { kind: 'number', choices: [] };
  if (base === 'boolean') return { kind: 'boolean', choices: [] };
  return { kind: 'text', choices: [] };
}

/** A default as the analyzer writes it (`'20'`, `"''"`, `20`, `false`) → the text an attribute would carry. */
function defaultText(value: string | undefined): string {
  if (value === undefined || value === 'undefined' || value === 'null') return '';
  const quoted = /^(['"`])(.*)\1$/.exec(value);
  return quoted ? quoted[2] : value;
}

/** The element's declaration in the manifest. */
export function declarationOf(manifest: ElementsManifest, tag: string) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName === tag) return declaration;
    }
  }
  return undefined;
}

/** Global attributes the builder sets with controls of its own (`lang`: the widget language). */
const OWN_CONTROLS = ['lang'];

/**
 * The options of element `tag`, except those the builder fills from its portal, dataset and resource
 * steps (`binds`) and those it has its own control for.
 */
export function optionSpecs(manifest: ElementsManifest, tag: string, binds: readonly string[]): OptionSpec[] {
  const declaration = declarationOf(manifest, tag);
  return (declaration?.attributes ?? [])
    .filter((attribute) => !binds.includes(attribute.name) && !OWN_CONTROLS.includes(attribute.name))
    .map((attribute) => ({
      name: attribute.name,
      ...kindOf(attribute.name, attribute.type?.text ?? 'string'),
      defaultValue: defaultText(attribute.default),
      description: attribute.description ?? '',
    }));
}
