import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCsv } from '../csv/leer-csv.ts';
import {
  addProgressReport,
  appendCsvRow,
  calendarFile,
  commitmentFile,
  eventRow,
  proposeCalendarStart,
  proposeSessionNumber,
  sessionFile,
} from './plantillas.ts';

const sesiones = [
  { id: 'stl-2022-11-08', organo: 'stl', tipo: 'ordinaria', numero: 14, fecha: '2022-11-08' },
  { id: 'stl-2022-12-16', organo: 'stl', tipo: 'ordinaria', numero: 15, fecha: '2022-12-16' },
  { id: 'cgatp-2021-09-20', organo: 'cgatp', tipo: 'ordinaria', numero: 2, fecha: '2021-09-20' },
  { id: 'cgatp-2021-10-28', organo: 'cgatp', tipo: 'ordinaria', numero: 3, fecha: '2021-10-28' },
];
const calendario = [
  { organo: 'stl', anio: 2023, tipo: 'ordinaria', numero: 16, fecha_programada: '2023-02-24' },
  { organo: 'stl', anio: 2023, tipo: 'ordinaria', numero: 17, fecha_programada: '2023-04-28' },
  { organo: 'cgatp', anio: 2022, tipo: 'ordinaria', numero: 1, fecha_programada: '2022-04-28' },
  { organo: 'cgatp', anio: 2022, tipo: 'ordinaria', numero: 2, fecha_programada: '2022-07-07' },
];
const frontmatter = (texto: string) => parseYaml(texto.split(/^---$/m)[1]) as Record<string, unknown>;

describe('proposeSessionNumber', () => {
  it('takes the planned number from the calendar', () => {
    expect(proposeSessionNumber(sesiones, calendario, 'stl', 'ordinaria', '2023-04-28')).toBe(17);
  });
  it('continues a running numbering (STL)', () => {
    expect(proposeSessionNumber(sesiones, calendario, 'stl', 'ordinaria', '2023-03-10')).toBe(16);
  });
  it('restarts each year for bodies whose calendar starts at 1 (CGATP)', () => {
    expect(proposeSessionNumber(sesiones, calendario, 'cgatp', 'ordinaria', '2021-12-10')).toBe(4);
    expect(proposeSessionNumber(sesiones, calendario, 'cgatp', 'ordinaria', '2023-01-20')).toBe(1);
  });
  it('has no number for working meetings', () => {
    expect(proposeSessionNumber(sesiones, calendario, 'grupo-operativo-stl', 'reunion-de-trabajo', '2020-06-24')).toBeUndefined();
  });
});

describe('templates', () => {
  it('writes a session whose front matter has the essentials and the right state', () => {
    const archivo = sessionFile({ organo: 'stl', tipo: 'ordinaria', fecha: '2023-02-24', numero: 16, hoy: '2023-01-01', existentes: [] });
    expect(archivo.ruta).toBe('sesiones/stl-2023-02-24.md');
    expect(frontmatter(archivo.texto)).toMatchObject({
      titulo: 'Décimo Sexta Sesión Ordinaria',
      organo: 'stl',
      numero: 16,
      estado: 'programada',
      fecha: '2023-02-24',
    });
    expect(archivo.texto).toContain('PENDIENTE:');
  });
  it('does not overwrite a session of the same body and day', () => {
    const archivo = sessionFile({ organo: 'stl', tipo: 'extraordinaria', fecha: '2022-12-16', numero: 1, hoy: '2023-01-01', existentes: ['stl-2022-12-16'] });
    expect(archivo.ruta).toBe('sesiones/stl-2022-12-16-extraordinaria.md');
  });
  it('writes a proactive commitment with its first phase', () => {
    const archivo = commitmentFile({ titulo: 'Plataforma de datos útiles', tipo: 'proactivo', responsable: 'infoem', plan: 'Segundo Plan', existentes: [] });
    expect(archivo.ruta).toBe('compromisos/plataforma-de-datos-utiles.md');
    expect(frontmatter(archivo.texto)).toMatchObject({ tipo: 'proactivo', fases: [{ fase: 'propuesta', estado: 'en-proceso' }] });
  });
  it('adds a progress report and keeps the rest of the file', () => {
    const original = '---\n# comentario\ntitulo: X\navances:\n  - fecha: 2022-12-16\n    resumen: Uno.\n---\n\nCuerpo.\n';
    const nuevo = addProgressReport(original, { fecha: '2023-02-24', sesion: 'stl-2023-02-24' });
    expect(nuevo).toContain('# comentario');
    expect(nuevo.endsWith('---\n\nCuerpo.\n')).toBe(true);
    expect((frontmatter(nuevo).avances as unknown[]).length).toBe(2);
    expect((frontmatter(nuevo).avances as Record<string, unknown>[])[1]).toMatchObject({ fecha: '2023-02-24', sesion: 'stl-2023-02-24', cifras: [] });
  });
  it('inserts only the new block into a real commitment file: a minimal diff', () => {
    const original = fs.readFileSync('content/compromisos/carnet-juridico.md', 'utf8');
    const nuevo = addProgressReport(original, { fecha: '2023-02-24', sesion: 'stl-2023-02-24' });
    const antes = original.split('\n');
    const despues = nuevo.split('\n');
    // Same lines, in the same order, plus one contiguous block of four new ones.
    const desde = antes.findIndex((l, i) => l !== despues[i]);
    expect(despues.slice(0, desde)).toEqual(antes.slice(0, desde));
    expect(despues.slice(desde, desde + 4)).toEqual([
      '  - fecha: 2023-02-24',
      '    sesion: stl-2023-02-24',
      '    resumen: "PENDIENTE: qué se informó."',
      '    cifras: []',
    ]);
    expect(despues.slice(desde + 4)).toEqual(antes.slice(desde));
    const avances = frontmatter(nuevo).avances as Record<string, unknown>[];
    expect(avances.at(-1)).toEqual({ fecha: '2023-02-24', sesion: 'stl-2023-02-24', resumen: 'PENDIENTE: qué se informó.', cifras: [] });
    expect(avances.length).toBe((frontmatter(original).avances as unknown[]).length + 1);
  });
  it('replaces «avances: []» and keeps CRLF line ends', () => {
    const original = '---\r\ntitulo: X\r\navances: []\r\n---\r\n\r\nCuerpo.\r\n';
    expect(addProgressReport(original, { fecha: '2023-02-24' })).toBe(
      '---\r\ntitulo: X\r\navances:\r\n  - fecha: 2023-02-24\r\n    resumen: "PENDIENTE: qué se informó."\r\n    cifras: []\r\n---\r\n\r\nCuerpo.\r\n',
    );
  });
  it('leaves valid YAML in a session when the «#» of every example is removed', () => {
    const archivo = sessionFile({ organo: 'stl', tipo: 'ordinaria', fecha: '2023-02-24', numero: 16, hoy: '2023-01-01', existentes: [] });
    const descomentado = archivo.texto.replace(/^#/gm, '');
    const datos = frontmatter(descomentado);
    expect(datos).toMatchObject({ hora_inicio: '11:00', modalidad: 'presencial', convocatoria: { oficio: 'STL/001/2024' } });
    expect(datos.asistentes).toEqual([{ persona: 'id-de-la-persona', cargo: 'Cargo ese día', representacion: 'A quién representa' }]);
    expect((datos.acuerdos as Record<string, unknown>[])[0]).toMatchObject({ id: 'stl-2023-1', clave: 'STL/XVI/1/2024', votacion: 'unanimidad' });
    expect(frontmatter(archivo.texto)).not.toHaveProperty('asistentes');
  });
  it('keeps the whole title in an event id', () => {
    const titulo = 'Jornada de sensibilización sobre gobierno abierto en municipios del oriente del estado';
    expect(eventRow({ titulo, fecha: '2023-05-10', tipo: 'foro', institucion: 'infoem', existentes: [] }).id).toBe(
      'jornada-de-sensibilizacion-sobre-gobierno-abierto-en-municipios-del-oriente-del-estado-2023',
    );
  });
  it('writes a calendar CSV with consecutive numbers', () => {
    const archivo = calendarFile({ organo: 'stl', anio: 2024, tipo: 'ordinaria', fechas: ['2024-04-26', '2024-02-23'], numeroInicial: 20 });
    const csv = parseCsv(archivo.texto);
    expect(csv.filas.map((f) => [f.valores.numero, f.valores.fecha_programada])).toEqual([
      ['20', '2024-02-23'],
      ['21', '2024-04-26'],
    ]);
  });
  it('proposes where a new calendar starts', () => {
    expect(proposeCalendarStart(calendario, 'stl', 'ordinaria')).toBe(18);
    expect(proposeCalendarStart(calendario, 'cgatp', 'ordinaria')).toBe(1);
    expect(proposeCalendarStart(calendario, 'nuevo', 'ordinaria')).toBe(1);
  });
  it('appends an event row, quoting cells with commas', () => {
    const fila = eventRow({ titulo: 'Foro regional, Toluca', fecha: '2023-05-10', tipo: 'foro', institucion: 'infoem', existentes: [] });
    expect(fila.id).toBe('foro-regional-toluca-2023');
    const csv = appendCsvRow('id,fecha,titulo,tipo,institucion\n', fila);
    expect(csv).toBe('id,fecha,titulo,tipo,institucion\nforo-regional-toluca-2023,2023-05-10,"Foro regional, Toluca",foro,infoem\n');
  });
});
