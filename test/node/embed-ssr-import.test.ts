// Server-side rendering frameworks (Next.js, Nuxt, Astro) import components on the server. Importing the
// elements there must not throw; they render in the browser. Runs in a child process, so Lit's DOM shim does
// not leak into the other Node tests.
import { spawnSync } from 'node:child_process';
import { expect } from 'chai';
import { ELEMENTS } from './embed-support/cdn-build.js';

const root = new URL('../../', import.meta.url).pathname;

function importInNode(specifiers: string[]): { status: number | null; output: string } {
  const code =
    specifiers.map((s) => `await import(${JSON.stringify(s)});`).join('\n') + "\nconsole.log('imported');";
  const result = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', code],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('importing odw on a server (SSR)', () => {
  it('imports @odw/widgets, the element modules and @odw/client in Node without a DOM', function () {
    this.timeout(30000);
    const result = importInNode(['@odw/client', '@odw/widgets', ...ELEMENTS.map((e) => e.module)]);
    expect(result.output.trim(), result.output).to.equal('imported');
    expect(result.status).to.equal(0);
  });
});
