// The CDN build (dist/cdn), in passes, because later files carry the SRI hashes of earlier ones:
//   1. element chunks  one entry per element of packages/embed/elements.json, shared code in chunks;
//                      all content-hashed (chunks/table-Ab12.js), so they are immutable by name
//   2. odw.js          the autoloader; has every chunk file and its SRI hash built in
//   3. embed.html      the iframe page and its script
//   4. odw-loader.js   the classic-script loader; has odw.js's SRI hash built in
//   5. odw-resize.js   the host-page resizer for iframes; then manifest.json and a printed summary
// Public scripts are written under a versioned, immutable name (odw-0.1.0.js: what snippets with
// `integrity` use) and a moving alias (odw.js). Hashes are taken from the bytes on disk.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { cssTextRollup } from '../../../test/css-text.mjs';
import { workerUrl } from '../../widgets/build/worker-url.mjs';
import { sriOf, stripStyleComments, virtualModules } from './rollup-helpers.mjs';
import { printSummary } from './summary.mjs';

const readJson = (url) => JSON.parse(readFileSync(url, 'utf8'));

/** The elements the build ships; each becomes an autoloader tag, an embed widget and a builder choice. */
export const ELEMENTS = readJson(new URL('../elements.json', import.meta.url)).elements;
/** The version of the elements, which the autoloader and the file names carry. */
export const VERSION = readJson(new URL('../../widgets/package.json', import.meta.url)).version;

const SRC = 'packages/embed/src';

/**
 * What the passes leave for later ones: every written file's SRI hash, the manifest entries, and what each
 * element chunk imports statically.
 */
const built = { files: new Map(), entries: {}, chunkImports: new Map() };

/**
 * The element chunks' own lazy `import('./x.js')` become a call of the page's verified importer (which
 * odw.js provides: it checks the chunk's SRI hash first); without odw.js on the page, a plain `import()`.
 */
const verifiedDynamicImports = () => ({
  name: 'odw-verified-dynamic-imports',
  renderDynamicImport: ({ targetModuleId }) =>
    targetModuleId
      ? {
          left: '(globalThis[Symbol.for("odw.import")]||(u=>import(u)))(new URL(',
          right: ',import.meta.url).href)',
        }
      : null,
});

function builtEntry(name) {
  const entry = built.entries[name];
  if (!entry) throw new Error(`CDN build: pass for "${name}" has not run; build the cdn target as a whole`);
  return entry;
}

/** Records the SRI hash of every file of this pass; copies the entry to its alias name. */
function publish(describe) {
  return {
    name: 'odw-publish',
    writeBundle(options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.fileName.endsWith('.map')) continue;
        built.files.set(item.fileName, sriOf(readFileSync(join(options.dir, item.fileName))));
      }
      for (const [name, entry] of Object.entries(describe(bundle))) {
        if (entry.alias) {
          copyFileSync(join(options.dir, entry.file), join(options.dir, entry.alias));
          built.files.set(entry.alias, built.files.get(entry.file));
        }
        built.entries[name] = { ...entry, integrity: built.files.get(entry.file) };
      }
    },
  };
}

/** The files a chunk makes the browser load: itself first, then everything it imports statically. */
function closure(bundle, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of bundle[fileName]?.imports ?? []) closure(bundle, imported, seen);
  return seen;
}

const minify = (module) => terser({ ecma: 2022, module, format: { comments: false } });

/** The TypeScript plugin; the small loader scripts get a small program (faster than the full one). */
const compile = (outDir, tsconfig = 'packages/embed/tsconfig.loaders.json') =>
  typescript({ tsconfig, outDir, declaration: false, declarationMap: false, noEmitOnError: true });

/** A script with a versioned file name and a moving alias (odw-loader-0.1.0.js and odw-loader.js). */
function publicScript({ name, input, format, outDir, modules = {} }) {
  const file = `${name}-${VERSION}.js`;
  return {
    input,
    output: { dir: outDir, format, sourcemap: true, entryFileNames: file },
    plugins: [
      virtualModules(modules),
      compile(outDir),
      minify(format === 'es'),
      publish(() => ({ [name]: { file, alias: `${name}.js`, loads: [file] } })),
    ],
  };
}

/** The rollup configurations of the CDN build, in the order they must run. */
export function cdnBuild(outDir = process.env.ODW_CDN_DIR ?? 'dist/cdn') {
  const elementChunks = {
    input: Object.fromEntries(ELEMENTS.map((e) => [e.widget, e.module])),
    // Lets an element's entry absorb the code its lazy chunks share with it, instead of a second file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      entryFileNames: 'chunks/[name]-[hash].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      // Old chunks would otherwise pile up under new hashes.
      { name: 'odw-clean', buildStart: () => rmSync(outDir, { recursive: true, force: true }) },
      cssTextRollup(),
      stripStyleComments(),
      nodeResolve({ exportConditions: ['source', 'browser', 'production'], browser: true }),
      compile(outDir, 'packages/embed/tsconfig.json'),
      workerUrl(),
      minify(true),
      verifiedDynamicImports(),
      publish((bundle) => {
        for (const item of Object.values(bundle)) {
          if (item.type === 'chunk') built.chunkImports.set(item.fileName, item.imports);
        }
        const entries = {};
        for (const element of ELEMENTS) {
          const chunk = Object.values(bundle).find((c) => c.isEntry && c.name === element.widget);
          entries[element.widget] = {
            file: chunk.fileName,
            tag: element.tag,
            loads: [...closure(bundle, chunk.fileName)],
          };
        }
        return entries;
      }),
    ],
  };

  const autoloader = publicScript({
    name: 'odw',
    input: `${SRC}/odw.ts`,
    format: 'es',
    outDir,
    modules: {
      'odw:cdn-chunks': () => {
        // Every chunk of the elements (also the lazy ones), with its hash and static imports.
        const files = [...built.chunkImports.keys()];
        const CHUNKS = files.map((file) => [
          file,
          built.files.get(file),
          built.chunkImports.get(file).map((imported) => files.indexOf(imported)),
        ]);
        const TAGS = Object.fromEntries(
          ELEMENTS.map((e) => [e.tag, files.indexOf(builtEntry(e.widget).file)]),
        );
        return `export const VERSION = ${JSON.stringify(VERSION)};
export const CHUNKS = ${JSON.stringify(CHUNKS)};
export const TAGS = ${JSON.stringify(TAGS)};`;
      },
    },
  });

  const embedScript = `embed-${VERSION}.js`;
  const embedPage = {
    input: `${SRC}/embed/embed.ts`,
    output: { dir: outDir, format: 'es', sourcemap: true, entryFileNames: embedScript },
    plugins: [
      virtualModules({
        'odw:widgets': () =>
          `export const VERSION = ${JSON.stringify(VERSION)};
export const WIDGETS = ${JSON.stringify(Object.fromEntries(ELEMENTS.map((e) => [e.widget, e.tag])))};`,
      }),
      compile(outDir),
      minify(true),
      {
        name: 'odw-embed-page',
        generateBundle() {
          const page = readFileSync(`${SRC}/embed/embed.html`, 'utf8')
            .replace('%ODW%', builtEntry('odw').file)
            .replace('%EMBED%', embedScript);
          this.emitFile({ type: 'asset', fileName: 'embed.html', source: page });
          this.emitFile({
            type: 'asset',
            fileName: 'embed.css',
            source: readFileSync(`${SRC}/embed/embed.css`, 'utf8'),
          });
        },
      },
      publish(() => ({
        embed: {
          file: 'embed.html',
          loads: ['embed.html', 'embed.css', builtEntry('odw').file, embedScript],
        },
      })),
    ],
  };

  const classicLoader = publicScript({
    name: 'odw-loader',
    input: `${SRC}/classic-loader.ts`,
    format: 'iife',
    outDir,
    modules: {
      'odw:autoloader-file': () => {
        const { file, integrity } = builtEntry('odw');
        return `export const FILE = ${JSON.stringify(file)};
export const INTEGRITY = ${JSON.stringify(integrity)};`;
      },
    },
  });

  const resizer = publicScript({
    name: 'odw-resize',
    input: `${SRC}/resize/odw-resize.ts`,
    format: 'iife',
    outDir,
  });
  resizer.plugins.push({
    name: 'odw-cdn-manifest',
    writeBundle() {
      const manifest = { version: VERSION, files: Object.fromEntries(built.files), entries: built.entries };
      writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      if (!process.env.ODW_CDN_QUIET) printSummary(outDir, manifest);
    },
  });

  return [elementChunks, autoloader, embedPage, classicLoader, resizer];
}
