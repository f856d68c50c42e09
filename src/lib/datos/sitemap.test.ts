import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { pagePaths, sitemapFiles, writeSitemap } from './sitemap.ts';

describe('sitemap', () => {
  it('lists pages from the output folder', () => {
    expect(pagePaths(['index.html', '404.html', 'sesiones/x/index.html', 'datos/a.csv', 'recursos/a.css'])).toEqual(['/', '/sesiones/x/']);
  });

  it('parses as XML', () => {
    const doc = new XMLParser().parse(writeSitemap(['https://x/a/?b=1&c=2']));
    expect(doc.urlset.url.loc).toBe('https://x/a/?b=1&c=2');
  });

  it('fits the addresses in one file while they are at most the limit of the protocol', () => {
    const urls = ['https://x/', 'https://x/a/', 'https://x/b/'];
    const archivos = sitemapFiles(urls, (n) => `https://x/${n}`, 3);
    expect([...archivos.keys()]).toEqual(['sitemap.xml']);
    expect(archivos.get('sitemap.xml')).toBe(writeSitemap(urls));
  });

  it('past the limit, makes sitemap.xml an index of parts that hold every address once, in order', () => {
    const urls = Array.from({ length: 7 }, (_, i) => `https://x/p${i}/`);
    const archivos = sitemapFiles(urls, (n) => `https://x/ga/${n}`, 3);
    expect([...archivos.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const indice = new XMLParser().parse(archivos.get('sitemap.xml')!);
    expect(indice.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      'https://x/ga/sitemap-1.xml',
      'https://x/ga/sitemap-2.xml',
      'https://x/ga/sitemap-3.xml',
    ]);
    const listadas = [1, 2, 3].flatMap((n) => [new XMLParser().parse(archivos.get(`sitemap-${n}.xml`)!).urlset.url].flat().map((u: { loc: string }) => u.loc));
    expect(listadas).toEqual(urls);
  });
});
