/**
 * Minimal human pages, so the "view on the portal" links that widgets show lead somewhere: `/` (the
 * organizations), `/organization/<name>` and `/dataset/<id or name>`. Every portal string is escaped and shown
 * as text (descriptions are not rendered as Markdown); only the portal's own download URLs become links; the
 * pages allow no script at all (`Content-Security-Policy: default-src 'none'`).
 */
import type { Catalog, CkanPackage } from '../catalog/catalog.js';
import type { Reply } from '../http/reply.js';

const SECURITY_HEADERS = {
  'Content-Type': 'text/html;charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
};

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}li{margin:.25rem 0}small{color:#555}`;

/** Text for an HTML text node or attribute value. */
export function escapeText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function page(title: string, body: string): Reply {
  const document = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeText(title)} – odw Demo-Portal</title><style>${STYLE}</style></head>
<body><p><a href="/">odw Demo-Portal</a></p>${body}</body></html>
`;
  return { status: 200, headers: SECURITY_HEADERS, body: document };
}

function datasetList(packages: CkanPackage[]): string {
  const items = packages
    .map((p) => `<li><a href="/dataset/${encodeURIComponent(p.name)}">${escapeText(p.title)}</a></li>`)
    .join('');
  return `<ul>${items}</ul>`;
}

function homePage(catalog: Catalog): Reply {
  const items = catalog.organizations
    .map((o) => {
      const count = catalog.packages.filter((p) => p.owner_org === o.id).length;
      return `<li><a href="/organization/${encodeURIComponent(o.name)}">${escapeText(o.title)}</a> <small>(${count} Datensätze)</small></li>`;
    })
    .join('');
  return page(
    'Organisationen',
    `<h1>Organisationen</h1><ul>${items}</ul><p>CKAN-API: <a href="/api/3/action/status_show">/api/3/action/status_show</a></p>`,
  );
}

function datasetPage(pkg: CkanPackage, baseUrl: string): Reply {
  const resources = pkg.resources
    .map((r) => {
      const own = r.url.startsWith(`${baseUrl}/`) && !r.odw_file_missing;
      const name = escapeText(r.name || r.id);
      const link = own ? `<a href="${escapeText(r.url)}">${name}</a>` : name;
      const note = r.odw_file_missing
        ? ' <small>(Datei nicht im Demo-Portal)</small>'
        : own
          ? ''
          : ` <small>${escapeText(r.url)}</small>`;
      return `<li>${link} <small>${escapeText(r.format)}</small>${note}</li>`;
    })
    .join('');
  const body = `<h1>${escapeText(pkg.title)}</h1>
<p>${escapeText(pkg.organization.title)} · Lizenz: ${escapeText(pkg.license_title)} · Stand: ${escapeText(pkg.metadata_modified.slice(0, 10))}</p>
<pre>${escapeText(pkg.notes)}</pre><h2>Ressourcen</h2><ul>${resources}</ul>`;
  return page(pkg.title, body);
}

/** The page for a path, or `null` when the path is not one of the pages. */
export function humanPage(pathname: string, catalog: Catalog, baseUrl: string): Reply | null {
  if (pathname === '/' || pathname === '/dataset' || pathname === '/dataset/') return homePage(catalog);
  const match = /^\/(dataset|organization)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  const key = decodeURIComponent(match[2]);
  if (match[1] === 'dataset') {
    const pkg = catalog.packages.find((p) => p.name === key || p.id === key);
    return pkg ? datasetPage(pkg, baseUrl) : null;
  }
  const org = catalog.organizations.find((o) => o.name === key || o.id === key);
  if (!org) return null;
  const packages = catalog.packages.filter((p) => p.owner_org === org.id);
  return page(
    org.title,
    `<h1>${escapeText(org.title)}</h1><p>${escapeText(org.description)}</p>${datasetList(packages)}`,
  );
}
