/**
 * The test build (default content, served under a sub-path) has a page for every record of the
 * seeds at the address DESIGN.md gives, and every internal link and asset resolves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCsv } from '../../src/lib/csv/leer-csv.ts';
import { loadHistory } from '../../src/lib/historial.ts';
import { BASE, RAIZ, SITIO_URL } from '../soporte/rutas.ts';
import { builtFiles, linksIn, pageExists, readPage, resolveInternal } from '../soporte/sitio.ts';

const contenido = path.join(RAIZ, 'content');
const yamlList = (name: string) => parseYaml(fs.readFileSync(path.join(contenido, name), 'utf8')) as { id: string }[];
const ids = (folder: string) => fs.readdirSync(path.join(contenido, folder)).map((f) => f.replace(/\.mdx?$/, ''));
const frontmatter = (folder: string, id: string) =>
  parseYaml(fs.readFileSync(path.join(contenido, folder, `${id}.md`), 'utf8').split(/^---$/m)[1]) as Record<string, unknown>;

describe('every seed record has its page', () => {
  const sesiones = ids('sesiones');
  it.each([
    ['sesiones', sesiones],
    ['compromisos', ids('compromisos')],
    ['organos', yamlList('organos.yaml').map((o) => o.id)],
    ['personas', yamlList('personas.yaml').map((p) => p.id)],
    ['eventos', parseCsv(fs.readFileSync(path.join(contenido, 'eventos.csv'), 'utf8')).filas.map((f) => f.valores.id)],
  ])('/%s/<id>/', (coleccion, lista) => {
    expect(lista.length).toBeGreaterThan(0);
    for (const id of lista) expect(pageExists(`/${coleccion}/${id}/`), `/${coleccion}/${id}/`).toBe(true);
  });

  it('publishes every agreement declared in a session as /acuerdos/<id>/', () => {
    const acuerdos = sesiones.flatMap((id) => ((frontmatter('sesiones', id).acuerdos ?? []) as { id: string }[]).map((a) => a.id));
    expect(acuerdos.length).toBe(25);
    for (const id of acuerdos) expect(pageExists(`/acuerdos/${id}/`), id).toBe(true);
  });

  it('has the list pages and the about page', () => {
    for (const ruta of ['/', '/sesiones/', '/acuerdos/', '/compromisos/', '/calendario/', '/eventos/', '/organos/', '/personas/', '/acerca/']) {
      expect(pageExists(ruta), ruta).toBe(true);
    }
  });
});

describe('facts from the seeds reach the pages', () => {
  it('keeps the repeated printed key on two agreements with their own ids', () => {
    const a = readPage('/acuerdos/infoem-cgaytp-ord-iii-4-2021/');
    const b = readPage('/acuerdos/infoem-cgaytp-ord-iii-4-2021-bis/');
    expect(a).toContain('INFOEM/CGAyTP/ORD/III/4/2021');
    expect(b).toContain('INFOEM/CGAyTP/ORD/III/4/2021');
    expect(a).toContain('Plan de Difusión');
    expect(b).toContain('Calendario de Sesiones para el año 2022');
  });

  it('shows the STL 15th session with its date in Spanish, attendees, agenda, agreements and minutes', () => {
    const html = readPage('/sesiones/stl-2022-12-16/');
    expect(html).toContain('viernes 16 de diciembre de 2022');
    expect(html).toContain('STL/016/2022');
    expect(html).toContain('Carlos de la Peña Jiménez O´Farril');
    // Eight members plus the guest who presented item V.
    expect(html).toMatch(/Asistentes \(9\)/);
    expect(html).toContain('En el Estado de México, siendo las once horas con cuatro minutos');
    for (const clave of ['STL/XV/1/2022', 'STL/XV/2/2022', 'STL/XV/3/2022']) expect(html).toContain(clave);
    expect(html).toContain('Jocotitlán');
    expect(html).toContain(`href="${BASE}sesiones/stl-2022-11-08/"`);
  });

  it('derives the calendar: the STL 2023 dates, and the CGATP 2022 date that was proposed but not approved', () => {
    const html = readPage('/calendario/');
    for (const fecha of ['24 de febrero de 2023', '28 de abril de 2023', '30 de junio de 2023', '25 de agosto de 2023', '14 de enero de 2022']) {
      expect(html).toContain(fecha);
    }
    // The president reconsidered the January date before the calendar was approved: it was never a cancelled session.
    expect(html).toContain('Propuesta no aprobada');
    expect(html).not.toContain('Cancelada');
  });

  it('shows the nine commitments with the figures reported', () => {
    const lista = readPage('/compromisos/');
    expect(lista).toMatch(/Compromisos cocreados \(6\)/);
    expect(lista).toMatch(/Compromisos proactivos \(3\)/);
    const caravanas = readPage('/compromisos/caravanas-por-la-justicia-cotidiana/');
    expect(caravanas).toContain('113,000');
    expect(caravanas).toContain(`href="${BASE}sesiones/stl-2022-12-16/"`);
  });

  it('says when a record’s file was last edited, from the repository history, and that it is not the date of the facts', () => {
    const historial = loadHistory(RAIZ);
    const esperado = historial.disponible
      ? /Última edición del archivo de este registro: <time datetime="\d{4}-\d{2}-\d{2}">[^<]+<\/time> \(es la fecha en que se modificó el archivo en el sitio, no la de los hechos que registra\)/
      : /La fecha de la última edición del archivo no está disponible en esta copia del sitio\./;
    expect(readPage('/sesiones/stl-2022-12-16/')).toMatch(esperado);
    expect(readPage('/acuerdos/stl-xv-3-2022/')).toMatch(esperado);
  });

  it('lists a person’s attendance with the post of each session', () => {
    const html = readPage('/personas/jose-martinez-vilchis/');
    expect(html).toContain('28 de octubre de 2021');
    expect(html).toContain('16 de diciembre de 2022');
  });
});

describe('links and assets', () => {
  const pages = builtFiles().filter((f) => f.endsWith('.html'));

  it('resolves every internal link and asset of every page under the sub-path', () => {
    const rotos: string[] = [];
    for (const page of pages) {
      for (const link of linksIn(fs.readFileSync(path.join(RAIZ, '.pruebas', 'sitio', page), 'utf8'))) {
        // Calendar subscribe links point at the site's own feeds: they must resolve too.
        if (link.startsWith('webcal:')) {
          const url = new URL(link.replace(/^webcal:/, 'https:'));
          if (url.origin !== SITIO_URL || !resolveInternal(url.pathname)) rotos.push(`${page}: ${link}`);
          continue;
        }
        if (/^(https?:|mailto:|#|data:)/.test(link)) continue;
        if (!link.startsWith(BASE)) rotos.push(`${page}: ${link} (fuera de la base)`);
        else if (!resolveInternal(link)) rotos.push(`${page}: ${link}`);
      }
    }
    expect(rotos).toEqual([]);
  });

  it('makes no request to another origin: no external scripts, styles, fonts or images', () => {
    for (const page of pages) {
      const html = fs.readFileSync(path.join(RAIZ, '.pruebas', 'sitio', page), 'utf8');
      expect(html, page).not.toMatch(/<(script|img|iframe)[^>]+src="https?:/);
      expect(html, page).not.toMatch(/<link[^>]+rel="(stylesheet|preload|icon)"[^>]+href="https?:/);
      expect(html, page).not.toMatch(/@import|fonts\.googleapis/);
    }
  });

  it('loads the staff editor, the one page allowed to reach the Git host, only on /admin/ and from the site itself', () => {
    const editor = 'admin/index.html';
    expect(pages).toContain(editor);
    for (const page of pages) {
      const html = fs.readFileSync(path.join(RAIZ, '.pruebas', 'sitio', page), 'utf8');
      if (page === editor) continue;
      expect(html, page).not.toContain(`${BASE}admin/`);
      expect(html, page).not.toMatch(/api\.github\.com|decap-cms/);
    }
    const admin = readPage('/admin/');
    const scripts = [...admin.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toContain(`${BASE}admin/decap-cms.js`);
    for (const src of scripts) expect(src.startsWith(BASE), src).toBe(true);
    expect(fs.existsSync(path.join(RAIZ, '.pruebas', 'sitio', 'admin', 'decap-cms.js'))).toBe(true);
  });

  it('ships no JavaScript on reading pages', () => {
    for (const ruta of ['/', '/sesiones/stl-2022-12-16/', '/acuerdos/stl-xv-3-2022/', '/compromisos/carnet-juridico/', '/calendario/']) {
      // JSON-LD metadata is data, not script.
      expect(readPage(ruta), ruta).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
  });

  it('declares Spanish (Mexico) as the page language', () => {
    expect(readPage('/')).toMatch(/<html lang="es-MX"/);
  });
});
