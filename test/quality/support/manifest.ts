/**
 * The custom-elements manifest (`packages/widgets/custom-elements.json`, generated from the element
 * classes' JSDoc by `npm run docs` and at the start of every gate run): which elements exist and which
 * attributes each has, with their types.
 */
import { readFileSync } from 'node:fs';

/** An attribute as the manifest describes it. */
export interface ManifestAttribute {
  name: string;
  /** The TypeScript type as text, e.g. `number`, `'auto' | 'table' | 'cards'`; `undefined` for `lang`. */
  type?: string;
}

export interface ManifestElement {
  tag: string;
  attributes: ManifestAttribute[];
}

const MANIFEST = new URL('../../../packages/widgets/custom-elements.json', import.meta.url);

interface RawManifest {
  modules: {
    declarations?: {
      customElement?: boolean;
      tagName?: string;
      attributes?: { name: string; type?: { text: string } }[];
    }[];
  }[];
}

/** The elements in the manifest. */
export function manifestElements(): ManifestElement[] {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as RawManifest;
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({
        tag: d.tagName!,
        attributes: (d.attributes ?? []).map((a) => ({ name: a.name, type: a.type?.text })),
      })),
  );
}

/** The keywords of a union of string literals (`'a' | 'b'`), or `undefined` for other types. */
export function enumValues(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}
