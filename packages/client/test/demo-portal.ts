/** The demo portal for integration tests: injected by the browser test runner, started on demand in Node. */

interface Started {
  url: string;
  close(): Promise<void>;
}

let started: Promise<Started> | undefined;

/** The base URL of a running demo portal. */
export async function demoPortalUrl(): Promise<string> {
  const injected = (globalThis as { __ODW_TEST__?: { portalUrl: string } }).__ODW_TEST__;
  if (injected) return injected.portalUrl;
  // A variable specifier keeps the browser bundler away from this Node-only package.
  const specifier = '@odw/demo-portal';
  started ??= import(specifier).then((m: { startDemoPortal(o: { port: number }): Promise<Started> }) =>
    m.startDemoPortal({ port: 0 }),
  );
  return (await started).url;
}
