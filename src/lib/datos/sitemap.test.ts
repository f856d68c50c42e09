import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { pagePaths, writeSitemap } from './sitemap.ts';

describe('sitemap', () => {
  it('lists pages from the output folder', () => {
    expect(pagePaths(['index.html', '404.html', 'sesiones/x/index.html', 'datos/a.csv', 'recursos/a.css'])).toEqual(['/', '/sesiones/x/']);
  });

  it('parses as XML', () => {
    const doc = new XMLParser().parse(writeSitemap(['https://x/a/?b=1&c=2']));
    expect(doc.urlset.url.loc).toBe('https://x/a/?b=1&c=2');
  });
});
