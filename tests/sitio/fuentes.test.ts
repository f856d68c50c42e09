/**
 * The test build says only what the sources say: every reported status and phase shows its
 * source, proposals the body did not approve are not sessions, unknown counts are empty, and no
 * person is given attendance or a date that no source records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SALIDA } from '../soporte/rutas.ts';
import { builtFiles, readPage } from '../soporte/sitio.ts';

const leer = <T>(slug: string) => (JSON.parse(fs.readFileSync(path.join(SALIDA, `datos/${slug}.json`), 'utf8')) as { filas: T[] }).filas;
/** What a person reads: the page without its markup, scripts and hidden blocks. */
const textoVisible = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<div hidden[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const seguimiento = leer<{ acuerdo: string; estado: string; fuente: string; cita: string }>('seguimiento-de-acuerdos');
const acuerdos = leer<{ id: string; clave: string | null; adopcion: string; estado_actual: string }>('acuerdos');
const calendario = leer<{ id: string; organo: string; numero: number | null; estado: string; fecha_programada: string }>('calendario-de-sesiones');
const sesiones = leer<{ id: string; estado: string; numero_de_asistentes: number | null; numero_de_puntos: number | null }>('sesiones');
const asistencia = leer<{ sesion: string; persona: string }>('asistencia');

describe('follow-up of agreements', () => {
  it('every reported status cites its source and the source’s words', () => {
    expect(seguimiento.length).toBeGreaterThan(0);
    for (const fila of seguimiento) {
      expect(fila.fuente, fila.acuerdo).toMatch(/\S/);
      expect(fila.cita, fila.acuerdo).toMatch(/\S/);
    }
  });

  it('approving a calendar is its adoption, not its fulfilment (STL/XV/3/2022)', () => {
    const calendarioAprobado = acuerdos.find((a) => a.clave === 'STL/XV/3/2022')!;
    expect(calendarioAprobado).toMatchObject({ adopcion: 'aprobado', estado_actual: 'sin-seguimiento' });
    const pagina = textoVisible(readPage(`/acuerdos/${calendarioAprobado.id}/`));
    expect(pagina).toContain('Sin seguimiento en las fuentes');
    expect(pagina).toMatch(/Adopción Aprobado/);
    expect(pagina).not.toMatch(/Estado actual Cumplido/);
  });

  it('an agreement page with a report shows the report’s source and quote', () => {
    const fila = seguimiento[0];
    const pagina = textoVisible(readPage(`/acuerdos/${fila.acuerdo}/`));
    expect(pagina).toContain(`Fuente: ${fila.fuente} : «${fila.cita}»`);
  });

  it('only agreements with a sourced report have a status other than «sin seguimiento»', () => {
    const conInforme = new Set(seguimiento.map((f) => f.acuerdo));
    for (const a of acuerdos) expect(a.estado_actual === 'sin-seguimiento', a.id).toBe(!conInforme.has(a.id));
  });
});

describe('calendar proposals', () => {
  const propuestas = calendario.filter((e) => e.estado === 'propuesta-no-aprobada');

  it('a date the body did not approve is a proposal: unnumbered, never «cancelada»', () => {
    expect(propuestas.map((e) => e.id)).toContain('cgatp-2022-propuesta-2022-01-14');
    for (const e of propuestas) expect(e.numero).toBeNull();
    expect(calendario.filter((e) => e.organo === 'cgatp' && e.estado === 'cancelada')).toEqual([]);
  });

  it('the body’s page and the calendar page list it apart, and no feed has it', () => {
    for (const ruta of ['/calendario/', '/organos/cgatp/']) {
      const texto = textoVisible(readPage(ruta));
      expect(texto, ruta).not.toContain('Cancelada');
    }
    for (const feed of ['calendario.ics', 'organos/cgatp/calendario.ics']) {
      expect(fs.readFileSync(path.join(SALIDA, feed), 'utf8'), feed).not.toContain('20220114');
    }
  });

  it('a planned date already past with no session recorded reads «sin registro de celebración»', () => {
    const pasadas = calendario.filter((e) => e.estado === 'sin-registro');
    expect(pasadas.length).toBeGreaterThan(0);
    expect(calendario.filter((e) => e.estado === 'programada' && e.fecha_programada < '2026-11-21')).toEqual([]);
    expect(textoVisible(readPage('/calendario/'))).toContain('Sin registro de celebración');
  });
});

describe('sessions', () => {
  it('a session known only by reference has unknown (empty) counts, never 0', () => {
    for (const s of sesiones) {
      expect(s.numero_de_asistentes, s.id).not.toBe(0);
      expect(s.numero_de_puntos, s.id).not.toBe(0);
    }
    const porReferencia = sesiones.filter((s) => s.estado === 'celebrada' && s.numero_de_asistentes === null);
    expect(porReferencia.length).toBeGreaterThan(0);
    for (const s of porReferencia) {
      expect(textoVisible(readPage(`/sesiones/${s.id}/`)), s.id).toContain('se desconoce quiénes asistieron');
    }
  });

  it('a planned session whose date passed without a record says so on its page', () => {
    const sinRegistro = sesiones.filter((s) => s.estado === 'sin-registro');
    expect(sinRegistro.length).toBeGreaterThan(0);
    for (const s of sinRegistro) {
      const texto = textoVisible(readPage(`/sesiones/${s.id}/`));
      expect(texto, s.id).toContain('Sin registro de celebración');
      expect(texto, s.id).not.toMatch(/Estado Programada/);
    }
  });
});

describe('people and pages', () => {
  it('attendance comes only from attendance lists: someone represented by another has none', () => {
    // Seed 002, item VI: José Edgar Marín Pérez presented «en representación del Magistrado Presidente».
    expect(asistencia.filter((a) => a.persona === 'ricardo-alfredo-sodi-cuellar')).toEqual([]);
    const lista = textoVisible(readPage('/personas/'));
    expect(lista).toMatch(/Ricardo Alfredo Sodi Cuéllar No consta su asistencia a sesiones registradas/);
    expect(lista).not.toContain('Participó en actividades');
  });

  it('no page or dataset prints a value the templates failed to turn into words', () => {
    const archivos = builtFiles().filter((f) => /\.(html|csv|json|ics|xml)$/.test(f));
    const rotos = archivos.filter((f) => /\[object Object\]|>undefined<|>NaN</.test(fs.readFileSync(path.join(SALIDA, f), 'utf8')));
    expect(rotos).toEqual([]);
  });

  it('no page has a placeholder date in its text, hidden or not', () => {
    const paginas = builtFiles().filter((f) => f.endsWith('.html'));
    const texto = (f: string) => fs.readFileSync(path.join(SALIDA, f), 'utf8').replace(/<[^>]+>/g, ' ');
    const conRelleno = paginas.filter((f) => texto(f).includes('0000-00-00'));
    expect(conRelleno).toEqual([]);
  });
});
