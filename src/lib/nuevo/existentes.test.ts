import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFolders, type Carpetas } from '../contenido/rutas.ts';
import { catalogIds, knownCalendar, knownSessions } from './existentes.ts';

let raiz: string;
let carpetas: Carpetas;

beforeAll(() => {
  raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'existentes-'));
  carpetas = resolveFolders(raiz, {});
  const escribir = (relativa: string, texto: string) => {
    const file = path.join(carpetas.contenido, relativa);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, texto);
  };
  escribir('organos.yaml', '# Órganos.\n- id: stl\n  nombre: Secretariado\n- id: cgatp\n  nombre: Comisión\n');
  // An unquoted date is a Date for YAML; a quoted one a string: both come back as AAAA-MM-DD.
  escribir('sesiones/stl-2023-02-24.md', '---\ntitulo: Sesión\norgano: stl\ntipo: ordinaria\nnumero: 16\nfecha: 2023-02-24\n---\n');
  escribir('sesiones/cgatp-2022-04-28.mdx', "---\ntitulo: Sesión\norgano: cgatp\ntipo: extraordinaria\nfecha: '2022-04-28'\n---\n");
  escribir('sesiones/LEAME.txt', 'no es una sesión');
  escribir('calendarios/stl-2024.csv', 'organo,anio,numero,tipo,fecha_programada\nstl,2024,17,ordinaria,2024-02-23\nstl,2024,18,ordinaria,2024-04-26\n');
});

afterAll(() => fs.rmSync(raiz, { recursive: true, force: true }));

describe('what nuevo reads before writing', () => {
  it('lists the ids of a catalogue, and none of a missing one', () => {
    expect(catalogIds(carpetas, 'organos.yaml')).toEqual(['stl', 'cgatp']);
    expect(catalogIds(carpetas, 'instituciones.yaml')).toEqual([]);
  });

  it('reads every session file by its name, with its body, kind, number and date', () => {
    expect(knownSessions(carpetas)).toEqual([
      { id: 'cgatp-2022-04-28', organo: 'cgatp', tipo: 'extraordinaria', numero: undefined, fecha: '2022-04-28' },
      { id: 'stl-2023-02-24', organo: 'stl', tipo: 'ordinaria', numero: 16, fecha: '2023-02-24' },
    ]);
  });

  it('reads the planned sessions of every calendar, with numbers and years as numbers', () => {
    expect(knownCalendar(carpetas)).toEqual([
      { organo: 'stl', anio: 2024, tipo: 'ordinaria', numero: 17, fecha_programada: '2024-02-23' },
      { organo: 'stl', anio: 2024, tipo: 'ordinaria', numero: 18, fecha_programada: '2024-04-26' },
    ]);
  });

  it('finds nothing in a content folder without sessions or calendars', () => {
    const vacias = resolveFolders(path.join(raiz, 'otra'), {});
    expect(knownSessions(vacias)).toEqual([]);
    expect(knownCalendar(vacias)).toEqual([]);
  });

  it('reads the site’s own content: one session per file, each with a date', () => {
    const propias = resolveFolders(process.cwd(), {});
    const archivos = fs.readdirSync(path.join(propias.contenido, 'sesiones')).filter((f) => /\.mdx?$/.test(f));
    const sesiones = knownSessions(propias);
    expect(sesiones.map((s) => s.id).sort()).toEqual(archivos.map((f) => f.replace(/\.mdx?$/, '')).sort());
    for (const s of sesiones) expect(s.fecha, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(catalogIds(propias, 'organos.yaml')).toContain('stl');
  });
});
