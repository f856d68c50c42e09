import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { assembleContent, type Colecciones } from '../contenido/ensamblar.ts';
import { contextoDePrueba, HOY_DE_PRUEBA, testCollections, testContent } from './contenido-de-prueba.ts';
import { escapeXml, feedEntries, rfc822, writeRss } from './feeds.ts';

describe('RSS', () => {
  const entradas = feedEntries(testContent(), contextoDePrueba.absoluta);
  const xml = writeRss({ titulo: 'Sesiones & acuerdos', descripcion: 'd', enlace: 'https://x/', propio: 'https://x/feed.xml', entradas });

  it('lists sessions and agreements newest first', () => {
    expect(entradas.map((e) => e.fecha)).toEqual(['2022-12-16', '2020-06-10', '2020-06-10']);
    expect(entradas[1].categoria).toBe('Sesión');
    expect(entradas[2].categoria).toBe('Acuerdo');
  });

  it('parses as XML with the text intact', () => {
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss.channel.title).toBe('Sesiones & acuerdos');
    expect(doc.rss.channel.item).toHaveLength(3);
    expect(doc.rss.channel.item[2].description).toBe('=HYPERLINK("http://x","y")');
    expect(doc.rss.channel.lastBuildDate).toBe('Fri, 16 Dec 2022 00:00:00 -0600');
  });

  it('formats RFC 822 dates and escapes XML', () => {
    expect(rfc822('2020-06-10')).toBe('Wed, 10 Jun 2020 00:00:00 -0600');
    expect(escapeXml('<a href="x">&\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;');
  });
});

describe('feeds of one record', () => {
  /** The feed's entries of the test content, with the first agreement changed by `cambio`. */
  const urls = (ambito: Parameters<typeof feedEntries>[3], cambio: Record<string, unknown> = {}) => {
    const colecciones: Colecciones = testCollections();
    const acuerdo = colecciones.sesiones[0].data.acuerdos[0];
    Object.assign(acuerdo, cambio);
    const c = assembleContent(colecciones, HOY_DE_PRUEBA);
    return feedEntries(c, contextoDePrueba.absoluta, 100, ambito).map((e) => `${e.categoria}: ${e.url}`);
  };

  it('a body: its sessions and agreements, without progress reports', () => {
    expect(urls({ organo: 'stl' })).toEqual(urls(undefined));
    expect(urls({ organo: 'otro' })).toEqual([]);
  });

  it('a commitment: its agreements and its progress reports, each with its own anchor', () => {
    expect(urls({ compromiso: 'carnet-juridico' }, { compromiso: 'carnet-juridico' })).toEqual([
      'Avance de compromiso: https://datos.ejemplo.mx/base/compromisos/carnet-juridico/#avance-1',
      'Acuerdo: https://datos.ejemplo.mx/base/acuerdos/stl-1-2020/',
    ]);
  });

  it('a person: sessions attended, agreements naming them responsible, reports presented', () => {
    expect(urls({ persona: 'luis-soto' })).toEqual(['Sesión: https://datos.ejemplo.mx/base/sesiones/stl-2020-06-10/']);
    expect(urls({ persona: 'ana-perez' }, { responsable: { persona: 'ana-perez' } }).map((u) => u.split(':')[0])).toEqual([
      'Avance de compromiso',
      'Sesión',
      'Acuerdo',
    ]);
  });
});
