/** Types of custom-elements.mjs, for the tests. */
export declare const MANIFEST_FILE: URL;
/** Runs @custom-elements-manifest/analyzer and returns packages/widgets/custom-elements.json. */
export declare function generateCustomElementsManifest(): unknown;
