/** Types of static-server.mjs, for the TypeScript tests that start it. */
export declare const DEFAULT_PORTAL_URL: string;

export interface StaticServerOptions {
  /** URL prefix → folder, e.g. `{ '/cdn/': 'dist/cdn', '/': 'demo' }`. */
  mounts: Record<string, string>;
  port?: number;
  host?: string;
  /** Replaces {@link DEFAULT_PORTAL_URL} in served HTML pages when the portal runs elsewhere. */
  portalUrl?: string;
  /** Extra response headers for every file. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export declare function startStaticServer(options: StaticServerOptions): Promise<StaticServer>;
