/**
 * Sitemap (sitemaps.org 0.9) of every page of the build, with absolute addresses.
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

export function writeSitemap(urls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
