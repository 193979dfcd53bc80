// One build for the whole monorepo (`npm run build`):
//   packages/client/dist       @odw/client      ESM + .d.ts (browsers and Node)
//   packages/widgets/dist      @odw/widgets     ESM + .d.ts, one module per source file (tree-shakable)
//   packages/demo-portal/dist  the demo portal  ESM for Node
//   dist/cdn                   the CDN build    autoloader odw.js + lazy chunks, minified
//   dist/demo                  the demo site's builder scripts
// `--environment ODW_TARGET:portal` (or client, widgets, cdn, demo) builds one target only.
import { builtinModules } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { builderBuild } from './demo/build/builder-build.mjs';
import { cdnBuild } from './packages/embed/build/cdn-build.mjs';
import { workerUrl } from './packages/widgets/build/worker-url.mjs';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Library builds resolve sibling packages through their built .d.ts, not their sources. */
const libraryTypescript = (pkg) =>
  typescript({
    tsconfig: `packages/${pkg}/tsconfig.json`,
    outDir: `packages/${pkg}/dist`,
    declarationDir: `packages/${pkg}/dist/types`,
    customConditions: [],
    noEmitOnError: true,
  });

const library = (pkg, external) => ({
  input: `packages/${pkg}/src/index.ts`,
  external,
  output: {
    dir: `packages/${pkg}/dist`,
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: `packages/${pkg}/src`,
  },
  plugins: [nodeResolve({ exportConditions: ['source'] }), libraryTypescript(pkg), workerUrl()],
});

const targets = {
  client: library('client', []),
  widgets: {
    ...library('widgets', [/^lit($|\/)/, /^@lit\//, /^d3-/, /^maplibre-gl/, /^@odw\/client/, 'tslib']),
    // Every define module is an entry too, so `@odw/widgets/table/odw-table.js` exists in dist.
    input: ['packages/widgets/src/index.ts', 'packages/widgets/src/table/odw-table.ts'],
  },
  portal: {
    input: {
      index: 'packages/demo-portal/src/index.ts',
      cli: 'packages/demo-portal/src/cli.ts',
      'hostile-corpus': 'packages/demo-portal/src/hostile/browser-corpus.ts',
    },
    external: [...nodeBuiltins, /^@electric-sql\//],
    output: { dir: 'packages/demo-portal/dist', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['source', 'node'], preferBuiltins: true }),
      typescript({
        tsconfig: 'packages/demo-portal/tsconfig.json',
        outDir: 'packages/demo-portal/dist',
        declaration: false,
        declarationMap: false,
        noEmitOnError: true,
      }),
    ],
  },
  // Several passes (see packages/embed/build/cdn-build.mjs).
  cdn: cdnBuild(),
  // The builder and its preview page (dist/demo).
  demo: builderBuild(),
};

const only = process.env.ODW_TARGET;
if (only && !(only in targets))
  throw new Error(`Unknown ODW_TARGET "${only}"; use one of ${Object.keys(targets)}`);
export default only ? [targets[only]].flat() : Object.values(targets).flat();
