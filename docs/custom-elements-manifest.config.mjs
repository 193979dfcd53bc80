// @custom-elements-manifest/analyzer: reads the element classes' JSDoc (@summary @fires @csspart
// @cssproperty @slot) into packages/widgets/custom-elements.json, which IDEs, the docs and the builder use.
export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: 'packages/widgets',
  litelement: true,
};
