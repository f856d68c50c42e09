/**
 * A rebuild after editing one session, then one follow-up row, then deleting an event, keeps the
 * pages that did not change from the previous build (Astro's incremental build, with each record
 * page's dependencies as its key) and the parts of the search index whose pages did not change;
 * the result must be, file for file and byte for byte, what a clean build of the same content
 * writes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFolder } from '../../src/lib/contenido/rutas.ts';
import { fileHashes, differentFiles } from '../../scripts/medicion/huellas.ts';
import { buildSite, type ResultadoDeConstruccion } from '../soporte/construir.ts';
import { copyContent, type CopiaDeContenido } from '../soporte/copia-de-contenido.ts';
import { ENTORNO_DE_PRUEBA, RAIZ } from '../soporte/rutas.ts';

const SESION = 'content/sesiones/stl-2021-11-26.md';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-'));
let copia: CopiaDeContenido;
let entorno: Record<string, string>;

/** Pages the build copied from the previous one instead of rendering, by site path. */
function copiedPages(r: ResultadoDeConstruccion): Set<string> {
  return new Set([...r.salida.matchAll(/(\/\S*?)(?:index\.html)? \((?:cached|restored)\)/g)].map((m) => m[1]));
}

function build(carpeta: string, extra: Record<string, string> = {}): ResultadoDeConstruccion {
  const r = buildSite(path.join(tmp, carpeta), { ...entorno, ...extra });
  if (r.codigo !== 0) throw new Error(r.salida.slice(-4000));
  return r;
}

let primera: ResultadoDeConstruccion;
let trasLaSesion: ResultadoDeConstruccion;
let trasElSeguimiento: ResultadoDeConstruccion;
let trasBorrarElEvento: ResultadoDeConstruccion;
const EVENTO = 'anuncio-jurisdicciones-locales-ogp-2020';

beforeAll(() => {
  copia = copyContent();
  entorno = { ...ENTORNO_DE_PRUEBA, CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos };
  primera = build('primera');
  copia.reemplazar(SESION, 'se proponía presentar una versión renovada', 'se proponía presentar una versión corregida');
  trasLaSesion = build('tras-la-sesion');
  copia.reemplazar('content/seguimiento-de-acuerdos.csv', 'se efectuaron tres mesas de diálogo', 'se realizaron tres mesas de diálogo');
  // Into the same folder, as `npm run build` does: the previous output is moved aside first.
  trasElSeguimiento = build('tras-la-sesion');
  copia.reemplazar('content/eventos.csv', new RegExp(`^${EVENTO},[^\\n]*\\n`, 'm'), '');
  trasBorrarElEvento = build('tras-la-sesion');
}, 600_000);

afterAll(() => {
  copia?.borrar();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('incremental rebuild', () => {
  it('renders every page on the first build, and copies unchanged record pages on the next', () => {
    expect(copiedPages(primera).size).toBe(0);
    const copiadas = copiedPages(trasLaSesion);
    expect(copiadas.size).toBeGreaterThan(50);
    // The edited session and the pages that show its summary are rendered again…
    expect(copiadas.has('/sesiones/stl-2021-11-26/')).toBe(false);
    // …the other sessions and their agreements are not.
    expect(copiadas.has('/sesiones/stl-2022-12-16/')).toBe(true);
    expect(copiadas.has('/organos/stl/acuerdos/2022/')).toBe(true);
    // Nor is a commitment whose progress and agreements come from other sessions, the page of
    // another body, or the follow-up of the session's own body (it shows agreements, not summaries).
    expect(copiadas.has('/compromisos/carnet-juridico/')).toBe(true);
    expect(copiadas.has('/organos/stl/')).toBe(false);
    expect(copiadas.has('/organos/cgatp/')).toBe(true);
    expect(copiadas.has('/seguimiento/organos/stl/')).toBe(true);
    // Feeds and calendars are kept when nothing they list changed.
    expect(copiadas.has('/organos/stl/feed.xml')).toBe(false);
    expect(copiadas.has('/organos/stl/calendario.ics')).toBe(false);
    expect(copiadas.has('/organos/cgatp/feed.xml')).toBe(true);
    expect(copiadas.has('/organos/cgatp/calendario.ics')).toBe(true);
    expect(copiadas.has('/compromisos/carnet-juridico/feed.xml')).toBe(true);
    // A dataset file whose bytes changed is written again; the others are copied.
    expect(copiadas.has('/datos/sesiones.csv')).toBe(false);
    expect(copiadas.has('/datos/sesiones.json')).toBe(false);
    expect(copiadas.has('/datos/acuerdos.csv')).toBe(true);
    expect(copiadas.has('/datos/asistencia.json')).toBe(true);
    expect(trasLaSesion.salida).toMatch(/Índice de búsqueda: \d+ de \d+ partes sin cambios/);
    // The part holding the edited session was indexed while the rest of the site was generated.
    expect(trasLaSesion.salida).toMatch(/con cambios, \d+: [1-9]\d* indexadas? mientras se generaba el resto del sitio/);
    // …started before the generation, from the previous build's pages, as its minutes changed.
    expect(trasLaSesion.salida).toMatch(/\(1 empezada antes de generar, con las páginas de la construcción anterior\)/);
  });

  it('re-renders the agreement whose follow-up row changed', () => {
    // No minutes changed: no part of the index is started before the generation.
    expect(trasElSeguimiento.salida).not.toMatch(/empezadas? antes de generar/);
    const copiadas = copiedPages(trasElSeguimiento);
    expect(copiadas.has('/acuerdos/grupo-operativo-stl-2020-06-10-iv/')).toBe(false);
    expect(copiadas.has('/organos/grupo-operativo-stl/acuerdos/2020/')).toBe(false);
    expect(copiadas.has('/seguimiento/organos/grupo-operativo-stl/')).toBe(false);
    expect(copiadas.has('/seguimiento/organos/cgatp/')).toBe(true);
    expect(copiadas.has('/organos/stl/acuerdos/2022/')).toBe(true);
    expect(copiadas.has('/sesiones/stl-2021-11-26/')).toBe(true);
    expect(copiadas.has('/datos/seguimiento-de-acuerdos.csv')).toBe(false);
    expect(copiadas.has('/datos/sesiones.csv')).toBe(true);
  });

  it('keeps unchanged pages where they are, and deletes the page of a deleted record', () => {
    // Unchanged pages stay in the output folder instead of being copied back from the cache.
    expect(trasElSeguimiento.salida).toMatch(/index\.html \(cached\)/);
    expect(trasElSeguimiento.salida).not.toMatch(/\(restored\)/);
    expect(trasBorrarElEvento.codigo).toBe(0);
    expect(fs.existsSync(path.join(tmp, 'tras-la-sesion', 'eventos', EVENTO))).toBe(false);
    expect(fs.existsSync(path.join(tmp, 'tras-la-sesion', 'eventos', 'carta-intencion-alianza-para-el-gobierno-abierto', 'index.html'))).toBe(true);
  });

  it('writes exactly what a clean build of the same content writes', () => {
    const limpia = path.join(tmp, 'limpia');
    const cacheLimpia = path.join(tmp, 'cache-limpia');
    const r = buildSite(limpia, { ...entorno, CARPETA_DE_CACHE: cacheLimpia });
    expect(r.codigo, r.salida.slice(-3000)).toBe(0);
    expect(copiedPages(r).size).toBe(0);
    const incremental = fileHashes(path.join(tmp, 'tras-la-sesion'));
    const clean = fileHashes(limpia);
    expect(incremental.size).toBeGreaterThan(100);
    expect(differentFiles(incremental, clean)).toEqual([]);
  });

  it('keeps its cache apart from other content folders', () => {
    const cache = cacheFolder({ ...copia.carpetas, raiz: RAIZ });
    expect(fs.existsSync(path.join(cache, 'busqueda', 'indice.json'))).toBe(true);
    // The output the last build replaced was deleted before it ended.
    expect(fs.readdirSync(path.join(cache, 'salidas-anteriores'))).toEqual([]);
  });
});
