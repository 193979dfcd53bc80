/** Types of demo-site.mjs. */
export declare function demoSiteMounts(dirs?: { cdnDir?: string; demoDir?: string }): Record<string, string>;
