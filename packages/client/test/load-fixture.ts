/**
 * Reads a contract-test fixture in Node (from disk) and in Chromium (from the test server), so the same
 * test file runs in both.
 */
export async function loadFixture(path: string): Promise<unknown> {
  const url = new URL(`./fixtures/${path}`, import.meta.url);
  if (url.protocol === 'file:') {
    // A variable specifier, so the browser bundler does not try to resolve a Node module.
    const fsModule = 'node:fs/promises';
    const { readFile } = (await import(fsModule)) as {
      readFile(path: URL, encoding: 'utf8'): Promise<string>;
    };
    return JSON.parse(await readFile(url, 'utf8'));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Fixture ${path}: HTTP ${response.status}`);
  return response.json();
}
