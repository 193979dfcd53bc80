// `npm run docs`: the custom-elements manifest (packages/widgets/custom-elements.json) and the typedoc API
// reference (docs/api/, not committed). typedoc warnings are errors. Builds the libraries first, because
// typedoc resolves one package's types through another's built .d.ts.
import { spawnSync } from 'node:child_process';
import { generateCustomElementsManifest } from '../demo/build/custom-elements.mjs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, [
  'node_modules/rollup/dist/bin/rollup',
  '-c',
  '--silent',
  '--environment',
  'ODW_TARGET:client',
]);
run(process.execPath, [
  'node_modules/rollup/dist/bin/rollup',
  '-c',
  '--silent',
  '--environment',
  'ODW_TARGET:widgets',
]);
generateCustomElementsManifest(); // the demo build makes it too (the builder's options form needs it)
run(process.execPath, ['node_modules/typedoc/bin/typedoc', '--options', 'docs/typedoc.json']);
