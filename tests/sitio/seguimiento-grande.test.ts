/**
 * The follow-up pages of a site with more open agreements than a page lists (a synthetic corpus):
 * the dashboard lists the oldest ones and links to where all of them are, and a group that fits
 * is still listed whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/generar-corpus.ts';
import { formatNumber } from '../../src/lib/numeros.ts';
import { ABIERTOS_POR_PAGINA } from '../../src/lib/seguimiento/conteos.ts';
import { buildSite } from '../soporte/construir.ts';
import { axeViolations, launchBrowser, watchPage } from '../soporte/navegador.ts';
import { startServer } from '../soporte/servidor.ts';
import { BASE, ENTORNO_DE_PRUEBA } from '../soporte/rutas.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seguimiento-grande-'));
const salida = path.join(tmp, 'sitio');
const page = (ruta: string) => fs.readFileSync(path.join(salida, ruta, 'index.html'), 'utf8');
const listed = (html: string) => [...html.matchAll(/<tr data-acuerdo="([^"]+)">/g)].map(([, id]) => id);

interface Fila {
  id: string;
  fecha: string;
  estado_al_dia: string;
}
let abiertos: Fila[];

beforeAll(() => {
  // 5 agreements a session, most of them without a settled status: more than a page lists.
  writeCorpus(path.join(tmp, 'corpus'), 130, undefined, 0);
  const r = buildSite(salida, {
    ...ENTORNO_DE_PRUEBA,
    CONTENIDO_DIR: path.join(tmp, 'corpus', 'content'),
    DATOS_DIR: path.join(tmp, 'corpus', 'data'),
    CARPETA_DE_CACHE: path.join(tmp, 'cache'),
  });
  if (r.codigo !== 0) throw new Error(r.salida.slice(-4000));
  const { filas } = JSON.parse(fs.readFileSync(path.join(salida, 'datos', 'acuerdos.json'), 'utf8')) as { filas: Fila[] };
  abiertos = filas
    .filter((f) => ['pendiente', 'en-proceso', 'vencido', 'sin-seguimiento'].includes(f.estado_al_dia))
    .sort((a, b) => a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id));
}, 600_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('open agreements on a large site', () => {
  it('the dashboard lists the oldest ones and says how many there are', () => {
    expect(abiertos.length).toBeGreaterThan(ABIERTOS_POR_PAGINA);
    const html = page('seguimiento');
    expect(listed(html)).toEqual(abiertos.slice(0, ABIERTOS_POR_PAGINA).map((f) => f.id));
    const aviso = html.match(/<p data-omitidos="(\d+)">([\s\S]*?)<\/p>/);
    expect(Number(aviso?.[1])).toBe(abiertos.length - ABIERTOS_POR_PAGINA);
    expect(aviso?.[2]).toContain(`Se muestran los ${ABIERTOS_POR_PAGINA} más antiguos de ${formatNumber(abiertos.length)}.`);
  });

  it('links to the list of each open status, with its count, and to the agreements dataset', () => {
    const aviso = page('seguimiento').match(/<p data-omitidos="\d+">([\s\S]*?)<\/p>/)![1];
    const enlaces = [...aviso.matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)].map(([, ruta, texto]) => [ruta, texto]);
    const estados = [...new Set(abiertos.map((f) => f.estado_al_dia))];
    for (const estado of estados) {
      const enlace = enlaces.find(([ruta]) => ruta === `${BASE}acuerdos/estado/${estado}/`);
      expect(enlace, estado).toBeTruthy();
      const cuantos = abiertos.filter((f) => f.estado_al_dia === estado).length;
      expect(enlace![1]).toMatch(new RegExp(`: ${formatNumber(cuantos)}$`));
      expect(fs.existsSync(path.join(salida, 'acuerdos', 'estado', estado, 'index.html')), estado).toBe(true);
    }
    expect(enlaces.map(([ruta]) => ruta)).toContain(`${BASE}datos/acuerdos/`);
    expect(enlaces).toHaveLength(estados.length + 1);
  });

  it('a year that fits on its page is listed whole, without the notice', () => {
    const porAnio = Map.groupBy(abiertos, (f) => f.fecha.slice(0, 4));
    const [anio, delAnio] = [...porAnio].find(([, lista]) => lista.length <= ABIERTOS_POR_PAGINA)!;
    const html = page(`seguimiento/anios/${anio}`);
    expect(listed(html)).toEqual(delAnio.map((f) => f.id));
    expect(html).not.toContain('data-omitidos');
  });

  it('the dashboard with its notice has no accessibility violation and no sideways scroll on a phone', async () => {
    const servidor = await startServer(salida, BASE);
    const navegador = await launchBrowser();
    try {
      const pagina = await navegador.contexto.newPage();
      const vigilancia = watchPage(pagina, servidor.origen);
      await pagina.setViewportSize({ width: 320, height: 800 });
      await pagina.goto(`${servidor.url}seguimiento/`, { waitUntil: 'load' });
      await pagina.locator('p[data-omitidos]').waitFor();
      expect(await axeViolations(pagina)).toEqual([]);
      expect(await pagina.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(vigilancia.peticionesExternas).toEqual([]);
      expect(vigilancia.erroresDeConsola).toEqual([]);
    } finally {
      await navegador.cerrar();
      await servidor.cerrar();
    }
  });
});
