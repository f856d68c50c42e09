/**
 * Surveys in the test build: pages for the surveys and for municipalities above k, suppressed
 * breakdowns shown as «menos de 5 respuestas», raw rows in no built file, the synthetic notice
 * everywhere, downloads that open in Excel; and the build gate stops on bad survey data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../soporte/construir.ts';
import { copyContent } from '../soporte/copia-de-contenido.ts';
import { RAIZ, SALIDA } from '../soporte/rutas.ts';
import { builtFiles, pageExists, readPage } from '../soporte/sitio.ts';
import { pageWeight, scriptFiles } from '../../scripts/medicion/peso.ts';

const REAL = 'revision-ciudadana-apertura-municipal-2022';
const DEMO = `${REAL}-demostracion`;
const AVISO = 'Datos sintéticos de demostración: no son respuestas reales';
const leer = (archivo: string) => fs.readFileSync(path.join(SALIDA, archivo), 'utf8');
const PUBLICADOS = ['15018', '15048', '15051', '15054', '15057', '15063', '15074', '15076', '15101', '15106', '15118'];
const SUPRIMIDOS = ['15055', '15073', '15105', '15114'];

describe('survey pages', () => {
  it('has the list, the format reference, both surveys and a page per municipality with k or more responses', () => {
    for (const ruta of ['/encuestas/', '/encuestas/formato/', `/encuestas/${REAL}/`, `/encuestas/${DEMO}/`]) expect(pageExists(ruta), ruta).toBe(true);
    for (const c of PUBLICADOS) expect(pageExists(`/encuestas/${DEMO}/municipios/${c}/`), c).toBe(true);
    for (const c of SUPRIMIDOS) expect(pageExists(`/encuestas/${DEMO}/municipios/${c}/`), c).toBe(false);
    expect(builtFiles().filter((f) => f.startsWith(`encuestas/${REAL}/municipios/`))).toEqual([]);
  });

  it('publishes the real study as the minutes give it: 32 contributions, 15 named municipalities, 12 %, findings, INEGI credit', () => {
    const html = readPage(`/encuestas/${REAL}/`);
    expect(html).toMatch(/<strong>32<\/strong>aportaciones/);
    expect(html).toMatch(/<strong>15<\/strong>municipios de 125/);
    expect(html).toMatch(/<strong>12 %<\/strong>/);
    for (const h of ['Consejos de Participación Ciudadana', 'páginas institucionales', 'adecuada estrategia de comunicación', 'espacio limitado de actuación'])
      expect(html).toContain(h);
    expect(html).toContain('Fuente del mapa: INEGI, Marco Geoestadístico');
    expect(html).toMatch(/<svg[^>]+role="img"/);
    expect(html).toContain('Naucalpan de Juárez');
    expect(html).not.toContain(AVISO);
    const participacion = leer(`encuestas/${REAL}/participacion.csv`);
    expect(participacion.split('\r\n').filter((l) => l.includes(',sí,'))).toHaveLength(15);
    // No invented split: the real study's downloads have no per-municipality counts.
    expect(participacion.split('\r\n')[0]).toBe('\uFEFFsintetico,cvegeo,municipio,participo,como_aparece');
  });

  it('shows suppressed breakdowns as «menos de 5 respuestas»', () => {
    const html = readPage(`/encuestas/${DEMO}/`);
    expect(html).toContain('menos de 5 respuestas');
    expect(html).toMatch(/Mexicaltzingo<\/th><td>15055<\/td><td>menos de 5 respuestas/);
    const participacion = leer(`encuestas/${DEMO}/participacion.csv`);
    expect(participacion).toContain('sí,15055,Mexicaltzingo,,menos de 5 respuestas\r\n');
    const resultados = JSON.parse(leer(`encuestas/${DEMO}/resultados.json`)) as { filas: { cvegeo: string | null }[] };
    expect(resultados.filas.some((f) => SUPRIMIDOS.includes(f.cvegeo ?? ''))).toBe(false);
    expect(leer(`encuestas/${DEMO}/respuestas.csv`)).not.toMatch(/Mexicaltzingo|San Antonio la Isla|Tlatlaya|Villa Victoria/);
  });

  it('every question has its data table and a chart place; free text is never charted', () => {
    const html = readPage(`/encuestas/${DEMO}/`);
    expect(html.match(/<figure class="pregunta"/g)).toHaveLength(11);
    expect(html.match(/data-grafica="/g)).toHaveLength(10);
    expect(html).not.toMatch(/data-grafica="comentarios"/);
    expect(html.match(/<table id="tabla-/g)).toHaveLength(10);
    const municipio = readPage(`/encuestas/${DEMO}/municipios/15106/`);
    expect(municipio).toMatch(/<th scope="col" class="numero">Toluca<\/th>\s*<th scope="col" class="numero">Estado<\/th>/);
  });

  it('shows the synthetic notice on every page and in every file of the demo', () => {
    const paginas = builtFiles().filter((f) => f.startsWith(`encuestas/${DEMO}/`));
    expect(paginas.length).toBeGreaterThan(20);
    for (const archivo of paginas) {
      const texto = leer(archivo);
      if (archivo.endsWith('.csv')) {
        const [encabezado, ...filas] = texto
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        const columna = encabezado.split(',').indexOf('sintetico');
        expect(columna, archivo).toBeGreaterThanOrEqual(0);
        for (const fila of filas.slice(0, 50)) expect(fila.split(',')[columna], archivo).toBe('sí');
      } else expect(texto, archivo).toContain(AVISO);
    }
    // Every chart figure also carries it.
    const html = readPage(`/encuestas/${DEMO}/`);
    expect(html.match(/<span class="etiqueta etiqueta--sintetico">Datos sintéticos de demostración/g)?.length).toBeGreaterThanOrEqual(11);
  });

  it('puts no raw row in any built file: no raw line, no timestamp, no copy of the export', () => {
    const crudo = fs
      .readFileSync(path.join(RAIZ, 'data', 'encuestas', DEMO, 'respuestas.csv'), 'utf8')
      .split('\r\n')
      .slice(1, -1);
    const marcas = crudo.map((l) => l.slice(0, 19));
    for (const archivo of builtFiles().filter((f) => /\.(html|csv|json|txt|js)$/.test(f))) {
      const texto = leer(archivo);
      for (const marca of marcas.slice(0, 40)) expect(texto.includes(marca), `${archivo}: ${marca}`).toBe(false);
      for (const fila of crudo.slice(0, 40)) expect(texto.includes(fila), archivo).toBe(false);
      expect(texto.includes('Marca temporal'), archivo).toBe(false);
    }
    expect(
      builtFiles()
        .filter((f) => f.includes('respuestas.csv'))
        .every((f) => !leer(f).includes('Marca temporal')),
    ).toBe(true);
    // The anonymised responses do not keep the export's (arrival) order.
    const municipiosCrudos = crudo.map((l) => l.split(',')[1]);
    const municipiosPublicados = leer(`encuestas/${DEMO}/respuestas.csv`)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[3]);
    expect(municipiosPublicados).not.toEqual(municipiosCrudos);
  });

  it('writes downloads that open in Excel: UTF-8 with BOM, CRLF, formula-safe', () => {
    const csv = leer(`encuestas/${DEMO}/respuestas.csv`);
    expect(csv.startsWith('\uFEFFrespuesta,sintetico,cvegeo,municipio,conoce-espacios')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
    expect(csv.trim().split('\r\n')).toHaveLength(201);
    const leeme = leer(`encuestas/${DEMO}/LEEME.txt`);
    expect(leeme).toContain(`AVISO: ${AVISO}.`);
    const graficas = JSON.parse(leer(`encuestas/${DEMO}/graficas.json`));
    expect(graficas).toMatchObject({ sintetico: true, aviso: AVISO, umbral_k: 5 });
    expect(Object.keys(graficas.municipios)).toEqual(PUBLICADOS);
    expect(fs.statSync(path.join(SALIDA, 'encuestas', DEMO, 'graficas.json')).size).toBeLessThan(20_000);
  });

  it('loads Chart.js only on survey pages, after the page, under 100 KB gzipped in all', () => {
    const scripts = (html: string) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const enEncuesta = scripts(readPage(`/encuestas/${DEMO}/`));
    expect(enEncuesta).toHaveLength(1);
    // The page's own script is small (with Vite's helper for lazy imports and the preload list of
    // the number formatting it shares with the dataset explorer, 2.5 KB); Chart.js comes in a
    // module it imports after the first paint.
    const propio = path.join(SALIDA, enEncuesta[0].replace(/^\/transparencia\//, ''));
    expect(fs.statSync(propio).size).toBeLessThan(3_000);
    expect(scriptFiles(propio).length).toBeGreaterThan(1);
    const { js } = pageWeight(SALIDA, '/transparencia/', `encuestas/${DEMO}`);
    expect(js.bytes).toBeGreaterThan(100_000);
    expect(js.gzip).toBeLessThan(100_000);
    for (const ruta of ['/', '/encuestas/', `/encuestas/${REAL}/`, '/encuestas/formato/']) expect(readPage(ruta), ruta).not.toMatch(/<script/);
  });
});

describe('astro build with bad survey data', () => {
  it('stops with the Spanish message, no stack trace and no site', () => {
    const copia = copyContent();
    try {
      const archivo = `data/encuestas/${DEMO}/respuestas.csv`;
      copia.escribir(archivo, copia.leer(archivo).replace(',Publicar los datos en formatos abiertos.', ',Escríbanme a juana.perez@correo.mx'));
      const salida = path.join(os.tmpdir(), `sitio-encuesta-rota-${process.pid}-${Date.now()}`);
      const r = buildSite(salida, { CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos });
      const escrito = fs.existsSync(salida);
      fs.rmSync(salida, { recursive: true, force: true });
      expect(r.codigo).toBe(1);
      expect(r.salida).toMatch(/respuestas\.csv:\d+:13 — Comentarios o propuestas para su municipio: la respuesta contiene un correo electrónico \(jua…@…\)/);
      expect(r.salida).not.toContain('juana.perez@correo.mx');
      expect(r.salida).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(escrito).toBe(false);
    } finally {
      copia.borrar();
    }
  });
});
