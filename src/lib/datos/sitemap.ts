/**
 * Sitemap (sitemaps.org 0.9) of every page of the build, with absolute addresses. The protocol
 * takes at most 50 000 addresses in a file (search engines reject a longer one; a 10 000-session
 * site has 68 000 pages): past that, `sitemap.xml` is a sitemap index of `sitemap-1.xml`,
 * `sitemap-2.xml`…, so robots.txt names the same file on every site.
 */
import { escapeXml } from './feeds.ts';

/** Site paths of the pages in an output folder listing: `sesiones/x/index.html` → `/sesiones/x/`. */
export function pagePaths(archivos: readonly string[]): string[] {
  return archivos
    .map((a) => a.split('\\').join('/'))
    .filter((a) => a === 'index.html' || a.endsWith('/index.html'))
    .map((a) => `/${a.slice(0, -'index.html'.length)}`)
    .sort();
}

/** A sitemaps.org 0.9 document: the root element `raiz` with one `elemento` holding each address. */
function locList(raiz: 'urlset' | 'sitemapindex', elemento: 'url' | 'sitemap', direcciones: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${raiz} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...direcciones.map((url) => `  <${elemento}><loc>${escapeXml(url)}</loc></${elemento}>`),
    `</${raiz}>`,
    '',
  ].join('\n');
}

export function writeSitemap(urls: readonly string[]): string {
  return locList('urlset', 'url', urls);
}

/** Addresses a sitemap file may list (sitemaps.org). */
export const DIRECCIONES_POR_MAPA = 50_000;

/** A sitemap index (sitemaps.org 0.9) of the sitemap files at `direcciones`. */
export function writeSitemapIndex(direcciones: readonly string[]): string {
  return locList('sitemapindex', 'sitemap', direcciones);
}

/**
 * The sitemap files of the site, by file name: `sitemap.xml` alone when the addresses fit in one
 * file, else `sitemap.xml` as the index of parts in the addresses' order. `direccionDe` gives a
 * file's absolute address (the site and its base).
 */
export function sitemapFiles(urls: readonly string[], direccionDe: (archivo: string) => string, maximo = DIRECCIONES_POR_MAPA): Map<string, string> {
  if (urls.length <= maximo) return new Map([['sitemap.xml', writeSitemap(urls)]]);
  const partes = new Map<string, string>();
  for (let i = 0; i * maximo < urls.length; i++) partes.set(`sitemap-${i + 1}.xml`, writeSitemap(urls.slice(i * maximo, (i + 1) * maximo)));
  return new Map([['sitemap.xml', writeSitemapIndex([...partes.keys()].map(direccionDe))], ...partes]);
}
