// The demo's own scripts (dist/demo): the builder and its preview page. `npm start` serves them under
// /build/. The builder gets the custom-elements manifest and the element registry built in.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build as esbuild } from 'esbuild';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { virtualModules } from '../../packages/embed/build/rollup-helpers.mjs';
import { generateCustomElementsManifest } from './custom-elements.mjs';

/** `import data from './x.json'` → a module exporting the parsed JSON. */
const jsonModules = () => ({
  name: 'odw-json',
  transform: (code, id) => (id.endsWith('.json') ? { code: `export default ${code};`, map: null } : null),
});

/**
 * The React and Vue sample apps (demo/samples) use @odw/widgets as an npm package inside a framework, so
 * they are bundled as an app bundler would: esbuild, with React's JSX and the packages' CommonJS.
 */
const frameworkSamples = (outDir) => ({
  name: 'odw-framework-samples',
  async buildStart() {
    await esbuild({
      entryPoints: { 'react-app': 'demo/samples/react-app.tsx', 'vue-app': 'demo/samples/vue-app.ts' },
      outdir: `${outDir}/samples`,
      bundle: true,
      format: 'esm',
      minify: true,
      sourcemap: true,
      jsx: 'automatic',
      conditions: ['source'],
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      logLevel: 'warning',
    });
  },
});

export function builderBuild(outDir = process.env.ODW_DEMO_DIR ?? 'dist/demo') {
  let manifest;
  return {
    input: {
      builder: 'demo/builder/main.ts',
      preview: 'demo/builder/preview.ts',
      'what-if': 'demo/scripts/what-if.ts',
    },
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      {
        name: 'odw-custom-elements-manifest',
        buildStart() {
          manifest = generateCustomElementsManifest();
        },
      },
      frameworkSamples(outDir),
      virtualModules({ 'odw:custom-elements': () => `export default ${JSON.stringify(manifest)};` }),
      jsonModules(),
      nodeResolve({ exportConditions: ['source', 'browser', 'production'], browser: true }),
      typescript({
        tsconfig: 'demo/tsconfig.json',
        outDir,
        declaration: false,
        declarationMap: false,
        noEmitOnError: true,
      }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  };
}
