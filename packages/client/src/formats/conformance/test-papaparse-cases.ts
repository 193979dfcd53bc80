// Loads papaparse's own test cases (tests/test-cases.js in the npm package, unmodified) without running
// papaparse's test suite: the file is evaluated in a sandbox whose describe/it do nothing, and the case
// tables it declares (CORE_PARSER_TESTS, PARSE_TESTS) are read back. Node-only test helper.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

/** One case of papaparse's tables. */
export interface PapaCase {
  description: string;
  input: string;
  config?: Record<string, unknown>;
  notes?: string;
  disabled?: boolean;
  expected: {
    data: unknown[];
    errors: { type: string; code: string; message: string; row?: number; index?: number }[];
    meta?: Record<string, unknown>;
  };
}

export function loadPapaparseCases(): { core: PapaCase[]; parse: PapaCase[]; file: string; version: string } {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('papaparse/package.json');
  const file = join(dirname(packageJson), 'tests', 'test-cases.js');
  const noop = () => {};
  const sandbox: Record<string, unknown> = {
    module: { exports: {} },
    require: (id: string) => require(id === '../papaparse.js' ? 'papaparse' : id),
    describe: noop,
    it: Object.assign(noop, { skip: noop }),
    console,
  };
  createContext(sandbox);
  runInContext(readFileSync(file, 'utf8'), sandbox, { filename: file });
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  return {
    core: sandbox.CORE_PARSER_TESTS as PapaCase[],
    parse: sandbox.PARSE_TESTS as PapaCase[],
    file,
    version,
  };
}
