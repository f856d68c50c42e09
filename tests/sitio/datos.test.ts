/**
 * Open-data outputs of the test build, read back with independent readers: papaparse for CSV,
 * ajv with the official Data Package v2 profile, Info-ZIP unzip, ical.js, fast-xml-parser.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFolder, resolveFolders } from '../../src/lib/contenido/rutas.ts';
import { buildSite } from '../soporte/construir.ts';
import { BASE, RAIZ, SALIDA, SITIO_URL } from '../soporte/rutas.ts';
import { builtFiles, linksIn, readPage, resolveInternal } from '../soporte/sitio.ts';

const RAIZ_PUBLICA = `${SITIO_URL}${BASE}`;
const leer = (ruta: string) => fs.readFileSync(path.join(SALIDA, ruta));
const leerTexto = (ruta: string) => leer(ruta).toString('utf8');
const leerJson = (ruta: string) => JSON.parse(leerTexto(ruta));

interface Recurso {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: {
    fields: { name: string; type: string }[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
  };
}
type Valor = string | number | boolean | string[] | null;

/** What a CSV cell must hold for a JSON value (written here independently of the writer). */
function expectedCell(valor: Valor, tipo: string): string {
  if (valor === null) return '';
  const texto = Array.isArray(valor) ? valor.join(';') : String(valor);
  return tipo === 'string' && /^[=+\-@\t\r]/.test(texto) ? `'${texto}` : texto;
}

function parseCsv(texto: string): string[][] {
  expect(texto.charCodeAt(0), 'BOM').toBe(0xfeff);
  const resultado = Papa.parse<string[]>(texto.slice(1), { newline: '\r\n', skipEmptyLines: false });
  expect(resultado.errors).toEqual([]);
  const filas = resultado.data;
  expect(filas.at(-1)).toEqual(['']); // the file ends with CRLF
  return filas.slice(0, -1);
}

/** CSV rows equal their JSON rows, cell by cell. */
function compareCsvAndJson(csv: string, json: { campos: string[]; filas: Record<string, Valor>[] }, tipos: Map<string, string>) {
  const [encabezado, ...filas] = parseCsv(csv);
  expect(encabezado).toEqual(json.campos);
  expect(filas).toHaveLength(json.filas.length);
  filas.forEach((fila, i) => {
    expect(fila, `fila ${i + 1}`).toEqual(json.campos.map((c) => expectedCell(json.filas[i][c], tipos.get(c)!)));
  });
}

describe('conjuntos de datos', () => {
  const paquete = leerJson('datos/datapackage.json') as { resources: Recurso[]; id: string };

  it('every CSV is UTF-8 with BOM and CRLF, and equals its JSON row for row', () => {
    expect(paquete.resources.length).toBeGreaterThanOrEqual(14);
    for (const r of paquete.resources) {
      const csv = leerTexto(`datos/${r.name}.csv`);
      const json = leerJson(`datos/${r.name}.json`);
      compareCsvAndJson(csv, json, new Map(r.schema.fields.map((f) => [f.name, f.type])));
    }
  });

  it('keeps INEGI codes as zero-padded strings and typed numbers in JSON', () => {
    const municipios = leerJson('datos/municipios.json');
    expect(municipios.filas).toHaveLength(125);
    expect(municipios.filas[0]).toMatchObject({ cvegeo: '15001', cve_mun: '001' });
    expect(leerTexto('datos/municipios.csv')).toContain('\r\n15001,15,001,');
    const sesiones = leerJson('datos/sesiones.json');
    expect(typeof sesiones.filas.find((f: { numero: number | null }) => f.numero !== null).numero).toBe('number');
  });

  it('datapackage.json validates against the official Data Package v2 profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validar = ajv.compile(JSON.parse(fs.readFileSync(path.join(RAIZ, 'tests/esquemas/datapackage.json'), 'utf8')));
    expect(validar(paquete), JSON.stringify(validar.errors?.slice(0, 5), null, 2)).toBe(true);
    expect(paquete.id).toBe(`${RAIZ_PUBLICA}datos/datapackage.json`);
  });

  it('its sizes and hashes are those of the files, and its keys resolve over the real rows', () => {
    const filas = new Map(paquete.resources.map((r) => [r.name, leerJson(`datos/${r.name}.json`).filas as Record<string, Valor>[]]));
    for (const r of paquete.resources) {
      const bytes = leer(`datos/${r.path}`);
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      const propias = filas.get(r.name)!;
      const clave = (f: Record<string, Valor>, campos: string[]) => JSON.stringify(campos.map((c) => f[c]));
      if (r.schema.primaryKey) expect(new Set(propias.map((f) => clave(f, r.schema.primaryKey!))).size, `${r.name}: clave primaria única`).toBe(propias.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const destino = filas.get(fk.reference.resource ?? r.name)!;
        expect(destino, `${r.name} → ${fk.reference.resource}`).toBeDefined();
        const claves = new Set(destino.map((f) => clave(f, fk.reference.fields)));
        for (const f of propias) {
          if (fk.fields.some((c) => f[c] === null)) continue;
          expect(claves.has(clave(f, fk.fields)), `${r.name} ${clave(f, fk.fields)} → ${fk.reference.resource ?? r.name}`).toBe(true);
        }
      }
    }
  });

  it('the ZIP holds datapackage.json and every CSV, byte for byte', () => {
    const zip = path.join(SALIDA, 'datos/datos-abiertos.zip');
    const lista = spawnSync('unzip', ['-Z1', zip], { encoding: 'utf8' });
    expect(lista.status).toBe(0);
    expect(lista.stdout.trim().split('\n').sort()).toEqual(['datapackage.json', ...paquete.resources.map((r) => r.path)].sort());
    for (const nombre of ['datapackage.json', ...paquete.resources.map((r) => r.path)]) {
      const contenido = spawnSync('unzip', ['-p', zip, nombre], { maxBuffer: 64 * 1024 * 1024 });
      expect(Buffer.from(contenido.stdout).equals(leer(`datos/${nombre}`)), nombre).toBe(true);
    }
  });

  it('DCAT-AP and DCAT-US catalogues point to files that exist, with absolute addresses', () => {
    const dcat = leerJson('datos/catalogo.jsonld');
    const dataJson = leerJson('datos/data.json');
    const urls = [
      ...dcat['dcat:dataset'].flatMap((d: any) => d['dcat:distribution'].map((x: any) => x['dcat:downloadURL']['@id'])),
      ...dataJson.dataset.flatMap((d: any) => d.distribution.map((x: any) => x.downloadURL)),
      ...dataJson.dataset.map((d: any) => d.landingPage),
    ];
    expect(urls.length).toBeGreaterThan(40);
    for (const url of urls) {
      expect(url.startsWith(RAIZ_PUBLICA), url).toBe(true);
      expect(resolveInternal(new URL(url).pathname), url).toBeDefined();
    }
  });
});

describe('páginas de datos', () => {
  const paquete = leerJson('datos/datapackage.json') as { resources: Recurso[] };

  it('/datos/ links every dataset page, the ZIP and the catalogues', () => {
    const html = readPage('/datos/');
    for (const r of paquete.resources) expect(html).toContain(`href="${BASE}datos/${r.name}/"`);
    for (const archivo of ['datos-abiertos.zip', 'datapackage.json', 'catalogo.jsonld', 'data.json']) expect(html).toContain(`href="${BASE}datos/${archivo}"`);
  });

  it('each dataset page shows size and SHA-256 of the served bytes, fields, preview and schema.org JSON-LD', () => {
    for (const r of paquete.resources) {
      const html = readPage(`/datos/${r.name}/`);
      for (const ext of ['csv', 'json']) {
        const bytes = leer(`datos/${r.name}.${ext}`);
        expect(html, `${r.name}.${ext}`).toContain(createHash('sha256').update(bytes).digest('hex'));
        expect(html).toContain(`data-bytes="${bytes.length}"`);
      }
      for (const f of r.schema.fields) expect(html).toMatch(new RegExp(`<code[^>]*>${f.name}</code>`));
      expect(html).toContain('<table class="muestra"');
      const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
      expect(ld, r.name).not.toBeNull();
      const dataset = JSON.parse(ld![1]);
      expect(dataset['@type']).toBe('Dataset');
      expect(dataset.description.length).toBeGreaterThanOrEqual(50);
      expect(dataset.description.length).toBeLessThanOrEqual(5000);
      expect(dataset.license).toMatch(/^https:\/\//);
      expect(dataset.creator.name).toBeTruthy();
      expect(dataset.spatialCoverage).toBeTruthy();
      expect(dataset.distribution.map((d: any) => d.contentUrl)).toEqual([`${RAIZ_PUBLICA}datos/${r.name}.csv`, `${RAIZ_PUBLICA}datos/${r.name}.json`]);
      for (const link of linksIn(html).filter((l) => l.startsWith(BASE))) expect(resolveInternal(link), `${r.name}: ${link}`).toBeDefined();
    }
  });

  it('record pages link to the dataset pages of their rows, and those exist', () => {
    const paginas = builtFiles().filter((f) => /^(sesiones|acuerdos|compromisos|eventos|personas|organos)\/[^/]+\/index\.html$/.test(f));
    expect(paginas.length).toBeGreaterThan(10);
    for (const pagina of paginas) {
      const enlaces = linksIn(fs.readFileSync(path.join(SALIDA, pagina), 'utf8')).filter((l) => /\/datos\/[a-z0-9-]+\/$/.test(l));
      expect(enlaces.length, pagina).toBeGreaterThan(0);
      for (const l of enlaces) expect(resolveInternal(l), `${pagina}: ${l}`).toBeDefined();
    }
  });
});

describe('calendarios iCalendar', () => {
  const eventosDe = (ruta: string) => {
    const comp = new ICAL.Component(ICAL.parse(leerTexto(ruta)));
    ICAL.TimezoneService.register(comp.getFirstSubcomponent('vtimezone')!);
    return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };
  const sesiones = leerJson('datos/sesiones.json').filas as { id: string; organo: string; estado: string }[];
  const calendario = leerJson('datos/calendario-de-sesiones.json').filas as { id: string; organo: string; estado: string; sesion: string | null }[];

  it('the general calendar has every session once and every planned entry, with stable UIDs', () => {
    const eventos = eventosDe('calendario.ics');
    const host = new URL(SITIO_URL).hostname;
    const uids = eventos.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const e of calendario) expect(uids).toContain(`calendario-${e.id}@${host}`);
    const urls = eventos.map((e) => String(e.component.getFirstPropertyValue('url')));
    for (const s of sesiones)
      expect(
        urls.filter((u) => u === `${RAIZ_PUBLICA}sesiones/${s.id}/`),
        s.id,
      ).toHaveLength(1);
    for (const e of calendario.filter((x) => x.estado === 'cancelada')) {
      const evento = eventos.find((x) => x.uid === `calendario-${e.id}@${host}`)!;
      expect(evento.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    }
    for (const e of eventos) expect(e.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    const texto = leerTexto('calendario.ics');
    for (const linea of texto.split('\r\n')) expect(Buffer.byteLength(linea, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('each body has its own calendar, linked from its page and from the calendar page', () => {
    const organos = leerJson('datos/organos.json').filas as { id: string }[];
    for (const o of organos) {
      const eventos = eventosDe(`organos/${o.id}/calendario.ics`);
      const esperadas =
        sesiones.filter((s) => s.organo === o.id).length + calendario.filter((e) => e.organo === o.id && !(e.estado === 'celebrada' && e.sesion)).length;
      expect(eventos, o.id).toHaveLength(esperadas);
      expect(readPage(`/organos/${o.id}/`)).toContain(`href="${BASE}organos/${o.id}/calendario.ics"`);
    }
    expect(readPage('/calendario/')).toMatch(new RegExp(`href="${BASE}calendario\\.ics"[^>]*>Descargar el archivo \\.ics`));
  });
});

describe('novedades y descubrimiento', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('the RSS feed parses as XML, newest first, with absolute links', () => {
    const rss = parser.parse(leerTexto('feed.xml')).rss;
    const items = [rss.channel.item].flat();
    expect(items.length).toBeGreaterThan(10);
    const fechas = items.map((i: any) => Date.parse(i.pubDate));
    expect([...fechas].sort((a, b) => b - a)).toEqual(fechas);
    for (const i of items) expect(resolveInternal(new URL(i.link).pathname), i.link).toBeDefined();
    expect(readPage('/')).toContain(`<link rel="alternate" type="application/rss+xml"`);
  });

  it('the sitemap lists every page of the build but the staff editor, with absolute addresses', () => {
    const urls = [parser.parse(leerTexto('sitemap.xml')).urlset.url].flat().map((u: any) => u.loc as string);
    const paginas = builtFiles()
      .filter((f) => (f === 'index.html' || f.endsWith('/index.html')) && f !== 'admin/index.html')
      .map((f) => `${RAIZ_PUBLICA}${f.slice(0, -'index.html'.length)}`);
    expect(urls.sort()).toEqual(paginas.sort());
    expect(urls).toContain(`${RAIZ_PUBLICA}datos/sesiones/`);
  });

  it('robots.txt points to the sitemap; pages carry canonical and Open Graph addresses', () => {
    expect(leerTexto('robots.txt')).toContain(`Sitemap: ${RAIZ_PUBLICA}sitemap.xml`);
    const html = readPage('/datos/sesiones/');
    expect(html).toContain(`<link rel="canonical" href="${RAIZ_PUBLICA}datos/sesiones/">`);
    expect(html).toContain(`<meta property="og:url" content="${RAIZ_PUBLICA}datos/sesiones/">`);
  });
});

/** Builds a copy of the content with one change, in its own folder. */
function buildVariant(nombre: string, cambiar: (carpeta: string) => void) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `datos-${nombre}-`));
  const contenido = path.join(tmp, 'content');
  fs.cpSync(path.join(RAIZ, 'content'), contenido, { recursive: true });
  cambiar(contenido);
  const dist = path.join(tmp, 'dist');
  const resultado = buildSite(dist, { SITIO_BASE: BASE, SITIO_URL, FECHA_DE_REFERENCIA: '2026-11-21', CONTENIDO_DIR: contenido });
  return { tmp, dist, ...resultado };
}

describe('contenido con fórmulas y contenido que no coincide con su declaración', () => {
  let formula: ReturnType<typeof buildVariant>;
  let roto: ReturnType<typeof buildVariant>;
  const TEXTO = '=HYPERLINK("http://ejemplo.invalid","clic")';

  beforeAll(() => {
    formula = buildVariant('formula', (carpeta) => {
      const archivo = path.join(carpeta, 'eventos.csv');
      const csv = fs.readFileSync(archivo, 'utf8').replace(/\s*$/, '');
      fs.writeFileSync(archivo, `${csv}\r\nprueba-formula,2021-01-01,,,Prueba de fórmula,otro,stl,,,,,"${TEXTO.replace(/"/g, '""')}",,\r\n`);
    });
    roto = buildVariant('roto', (carpeta) => {
      // Valid content for the content gate, but a list item holding the CSV list separator «;»
      // would make the «personas» CSV ambiguous: the dataset check must stop the build.
      const archivo = path.join(carpeta, 'personas.yaml');
      const yaml = fs.readFileSync(archivo, 'utf8').replace(/\s*$/, '\n');
      fs.writeFileSync(archivo, `${yaml}\n- id: persona-de-prueba\n  nombre: Persona de prueba\n  variantes:\n    - "Prueba; con punto y coma"\n`);
    });
  });
  afterAll(() => {
    for (const v of [formula, roto]) {
      if (!v) continue;
      fs.rmSync(v.tmp, { recursive: true, force: true });
      fs.rmSync(cacheFolder(resolveFolders(RAIZ, { CONTENIDO_DIR: path.join(v.tmp, 'content') })), { recursive: true, force: true });
    }
  });

  it('a text beginning with =HYPERLINK( is neutralised in CSV and unchanged in JSON', () => {
    expect(formula.codigo, formula.salida.slice(-3000)).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(formula.dist, 'datos/eventos.json'), 'utf8'));
    expect(json.filas.find((f: { id: string }) => f.id === 'prueba-formula').descripcion).toBe(TEXTO);
    const [encabezado, ...filas] = parseCsv(fs.readFileSync(path.join(formula.dist, 'datos/eventos.csv'), 'utf8'));
    const fila = filas.find((f) => f[0] === 'prueba-formula')!;
    expect(fila[encabezado.indexOf('descripcion')]).toBe(`'${TEXTO}`);
  });

  it('rows that break a dataset declaration stop the build with a Spanish message naming dataset, row and field', () => {
    expect(roto.codigo, roto.salida.slice(-3000)).not.toBe(0);
    expect(roto.salida).toMatch(/conjunto «personas», fila \d+, campo «variantes»: un elemento contiene el separador «;»/);
    expect(roto.salida).toContain('Los datos abiertos no coinciden con su declaración');
    expect(roto.salida).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });
});
