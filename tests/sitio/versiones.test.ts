/**
 * Dataset versions as built from this repository's history: `cambios.json`, the Atom feed (read
 * by an independent XML parser), the fixed CSV of the latest versions, and the version declared
 * in the Data Package, DCAT-AP and DCAT-US. Where the checkout has no history (a shallow clone),
 * every page and file must say so instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { resolveFolders } from '../../src/lib/contenido/rutas.ts';
import { datasetRowsAt } from '../../src/lib/versiones/filas-de-version.ts';
import { historyUnavailable } from '../../src/lib/versiones/git.ts';
import { BASE, ENTORNO_DE_PRUEBA, RAIZ, SALIDA, SITIO_URL } from '../soporte/rutas.ts';
import { readPage, resolveInternal } from '../soporte/sitio.ts';

interface Cambios {
  conjunto: string;
  historial_disponible: boolean;
  aviso?: string;
  versiones: { version: string; commit: string; numero_de_filas: number; csv?: string }[];
  cambios: { desde: string; hasta: string; agregadas: unknown[]; modificadas: { clave: unknown; campos: string[] }[]; eliminadas: unknown[] }[];
}
const leer = (archivo: string) => fs.readFileSync(path.join(SALIDA, archivo), 'utf8');
const slugs = fs.readdirSync(path.join(SALIDA, 'datos')).filter((f) => fs.existsSync(path.join(SALIDA, 'datos', f, 'index.html')));
const cambiosDe = (slug: string) => JSON.parse(leer(`datos/${slug}/cambios.json`)) as Cambios;
const sinHistorial = historyUnavailable(RAIZ);
const absoluta = (ruta: string) => `${SITIO_URL}${BASE}${ruta.replace(/^\//, '')}`;

describe('versiones de los conjuntos de datos', () => {
  it('derives a version from content files exactly as the build derives the published rows', () => {
    // Rows may depend on the reference date (statuses as of a day): use the test build's.
    const antes = process.env.FECHA_DE_REFERENCIA;
    process.env.FECHA_DE_REFERENCIA = ENTORNO_DE_PRUEBA.FECHA_DE_REFERENCIA;
    const filas = datasetRowsAt(resolveFolders(RAIZ, {}), { absoluta });
    if (antes === undefined) delete process.env.FECHA_DE_REFERENCIA;
    else process.env.FECHA_DE_REFERENCIA = antes;
    expect([...filas.keys()].sort()).toEqual([...slugs].sort());
    for (const slug of slugs) expect(filas.get(slug), slug).toEqual((JSON.parse(leer(`datos/${slug}.json`)) as { filas: unknown[] }).filas);
  });

  it('publishes cambios.json for every dataset, from the history or saying it is not available', () => {
    for (const slug of slugs) {
      const c = cambiosDe(slug);
      expect(c.conjunto).toBe(slug);
      expect(c.historial_disponible, slug).toBe(!sinHistorial);
      if (sinHistorial) {
        expect(c.aviso).toContain('historial no disponible en esta copia');
        expect(readPage(`/datos/${slug}/`)).toContain('Historial no disponible en esta copia');
        continue;
      }
      expect(c.versiones.length, slug).toBeGreaterThan(0);
      for (const v of c.versiones) expect(v.commit).toMatch(/^[0-9a-f]{40}$/);
      const fechas = c.versiones.map((v) => v.version);
      expect(fechas).toEqual([...new Set(fechas)].sort().reverse());
      expect(c.cambios.length).toBe(c.versiones.length - 1);
      c.cambios.forEach((cambio, i) => expect([cambio.hasta, cambio.desde]).toEqual([fechas[i], fechas[i + 1]]));
    }
  });

  it('serves a fixed CSV of each of the latest versions, with the published CSV rules', () => {
    const cabecera = (texto: string) => texto.split('\r\n')[0];
    for (const slug of slugs) {
      const c = cambiosDe(slug);
      for (const v of c.versiones.filter((x) => x.csv)) {
        expect(v.csv).toBe(absoluta(`/datos/${slug}/versiones/${v.version}.csv`));
        const archivo = resolveInternal(new URL(v.csv!).pathname);
        expect(archivo, v.csv).toBeDefined();
        const texto = fs.readFileSync(archivo!, 'utf8');
        expect(texto.charCodeAt(0)).toBe(0xfeff);
        expect(cabecera(texto)).toBe(cabecera(leer(`datos/${slug}.csv`)));
        expect(texto.split('\r\n').length - 2).toBe(v.numero_de_filas);
      }
      expect(c.versiones.filter((x) => x.csv).length).toBeLessThanOrEqual(5);
    }
  });

  it('publishes a valid Atom feed per dataset, announced in the page head', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (nombre) => nombre === 'entry' || nombre === 'link' });
    for (const slug of slugs) {
      const xml = leer(`datos/${slug}/cambios.atom`);
      expect(XMLValidator.validate(xml), slug).toBe(true);
      const feed = parser.parse(xml).feed;
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id).toBe(absoluta(`/datos/${slug}/cambios.atom`));
      expect(feed.title).toBeTruthy();
      expect(feed.author.name).toBeTruthy();
      expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      const entradas = feed.entry ?? [];
      expect(entradas.length).toBe(cambiosDe(slug).versiones.length);
      for (const e of entradas) {
        expect(e.id).toBeTruthy();
        expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(e.link[0]['@_href']).toMatch(/^https:\/\//);
      }
      expect(readPage(`/datos/${slug}/`)).toContain(`<link rel="alternate" type="application/atom+xml" title="Versiones de «`);
    }
  });

  it('declares the latest version in the Data Package, DCAT-AP (dcat:version, adms:versionNotes) and DCAT-US', () => {
    const paquete = JSON.parse(leer('datos/datapackage.json')) as { resources: { name: string; version?: string }[] };
    const dcat = JSON.parse(leer('datos/catalogo.jsonld')) as { '@context': Record<string, string>; 'dcat:dataset': Record<string, unknown>[] };
    const dataJson = JSON.parse(leer('datos/data.json')) as { dataset: { landingPage: string; references?: string[] }[] };
    expect(dcat['@context'].adms).toBe('http://www.w3.org/ns/adms#');
    for (const slug of slugs) {
      const ultima = cambiosDe(slug).versiones[0];
      const url = absoluta(`/datos/${slug}/`);
      const recurso = paquete.resources.find((r) => r.name === slug)!;
      const enDcat = dcat['dcat:dataset'].find((d) => d['@id'] === url)!;
      const enDataJson = dataJson.dataset.find((d) => d.landingPage === url)!;
      expect(recurso.version).toBe(ultima?.version);
      expect(enDcat['dcat:version']).toBe(ultima?.version);
      if (!ultima) continue;
      expect((enDcat['adms:versionNotes'] as { '@value': string })['@value']).toMatch(
        /^(Cambios desde la versión \d{4}-\d{2}-\d{2}: |Primera versión registrada)/,
      );
      expect(enDataJson.references).toEqual([absoluta(`/datos/${slug}/cambios.json`)]);
      expect(readPage(`/datos/${slug}/`)).toContain(`Versión ${ultima.version}. ${url}`);
    }
  });
});
