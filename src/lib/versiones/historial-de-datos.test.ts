/**
 * Versions from a real git history: a temporary repository holding a copy of the site's content
 * gets three commits on three days, and its datasets' versions and changelog are read with the
 * build's own derivation. A copy without `.git` and a shallow clone say there is no history.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONJUNTO } from '../datos/conjuntos.ts';
import { datasetRowsAt } from './filas-de-version.ts';
import { readDataHistory, type HistorialDeDatos, type OpcionesDeHistorial } from './historial-de-datos.ts';
import { datasetVersions, writeChangesJson } from './publicar.ts';

const RAIZ = path.resolve(import.meta.dirname, '..', '..', '..');
const SEGUIMIENTO = 'content/seguimiento-de-acuerdos.csv';
const contexto = { absoluta: (ruta: string) => `https://ejemplo.mx${ruta}` };
let repo: string;
let cache: string;
const commits: string[] = [];

function git(cwd: string, args: string[], fecha?: string): string {
  const env = { ...process.env, GIT_AUTHOR_DATE: fecha, GIT_COMMITTER_DATE: fecha, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd };
  return execFileSync('git', ['-c', 'user.name=Prueba', '-c', 'user.email=prueba@ejemplo.mx', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
}
function commit(mensaje: string, fecha: string): void {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', mensaje], fecha);
  commits.push(git(repo, ['rev-parse', 'HEAD']).trim());
}
const opciones = (raiz: string): OpcionesDeHistorial => ({ raiz, maximo: 10, cache, claveDeCodigo: 'prueba', derivar: (c) => datasetRowsAt(c, contexto) });

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'historial-'));
  cache = fs.mkdtempSync(path.join(os.tmpdir(), 'historial-cache-'));
  for (const carpeta of ['content', 'data']) fs.cpSync(path.join(RAIZ, carpeta), path.join(repo, carpeta), { recursive: true });
  git(repo, ['init', '-q']);
  commit('Primera versión', '2025-01-10T12:00:00-06:00');
  const archivo = path.join(repo, SEGUIMIENTO);
  const lineas = fs.readFileSync(archivo, 'utf8').split('\n');
  lineas[1] = lineas[1].replace('Aprobado en la sesión.', 'Aprobado por unanimidad en la sesión.');
  fs.writeFileSync(archivo, lineas.join('\n'));
  commit('Nota corregida', '2025-02-10T12:00:00-06:00');
  fs.appendFileSync(archivo, 'stl-2019-11-11-2,2020-01-15,cumplido,Se informó de nuevo.,\n');
  commit('Nuevo seguimiento', '2025-03-10T12:00:00-06:00');
}, 60_000);

afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
});

describe('readDataHistory', () => {
  let historial: HistorialDeDatos;
  beforeAll(() => {
    historial = readDataHistory(opciones(repo));
  }, 60_000);

  it('gives each dataset the versions in which its rows changed, with date and commit', () => {
    if (!historial.disponible) throw new Error(historial.motivo);
    expect(historial.omitidos).toEqual([]);
    const seguimiento = historial.versiones.get('seguimiento-de-acuerdos')!;
    expect(seguimiento.map((v) => [v.version, v.commit])).toEqual([
      ['2025-01-10', commits[0]],
      ['2025-02-10', commits[1]],
      ['2025-03-10', commits[2]],
    ]);
    expect(historial.versiones.get('personas')!.map((v) => v.commit)).toEqual([commits[0]]);
  });

  it('lists rows added and changed (with the fields) between consecutive versions, by primary key', () => {
    const conjunto = CONJUNTO.get('seguimiento-de-acuerdos')!;
    const v = datasetVersions(historial, conjunto, [], 2);
    const clave = (fila: Record<string, unknown>) => Object.fromEntries(conjunto.clavePrimaria.map((c) => [c, fila[c]]));
    const [ultimo, primero] = v.cambios;
    expect([ultimo.desde, ultimo.hasta, primero.desde, primero.hasta]).toEqual(['2025-02-10', '2025-03-10', '2025-01-10', '2025-02-10']);
    const nueva = v.versiones[2].filas.find((f) => f.nota === 'Se informó de nuevo.')!;
    expect(ultimo).toMatchObject({ agregadas: [clave(nueva)], eliminadas: [] });
    const cambiada = v.versiones[1].filas.find((f) => f.nota === 'Aprobado por unanimidad en la sesión.')!;
    expect(primero).toEqual({
      desde: '2025-01-10',
      hasta: '2025-02-10',
      agregadas: [],
      modificadas: [{ clave: clave(cambiada), campos: ['nota'] }],
      eliminadas: [],
    });
    expect(v.conArchivo.map((x) => x.version)).toEqual(['2025-03-10', '2025-02-10']);
  });

  it('reads each commit once: the next time the rows come from the cache', () => {
    expect(fs.readdirSync(cache).sort()).toEqual(commits.map((c) => `${c}-prueba.json`).sort());
    const otra = readDataHistory({
      ...opciones(repo),
      derivar: () => {
        throw new Error('no debería derivar');
      },
    });
    expect(otra).toEqual(historial);
  });

  it('says there is no history in a copy without .git or in a shallow clone', () => {
    const copia = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-historial-'));
    const superficial = fs.mkdtempSync(path.join(os.tmpdir(), 'superficial-'));
    try {
      fs.cpSync(path.join(repo, 'content'), path.join(copia, 'content'), { recursive: true });
      const sin = readDataHistory(opciones(copia));
      expect(sin).toEqual({ disponible: false, motivo: 'esta copia no tiene historial de git' });
      const json = JSON.parse(writeChangesJson(CONJUNTO.get('acuerdos')!, datasetVersions(sin, CONJUNTO.get('acuerdos')!, [], 5), contexto.absoluta));
      expect(json).toMatchObject({
        historial_disponible: false,
        aviso: 'historial no disponible en esta copia: esta copia no tiene historial de git.',
        versiones: [],
        cambios: [],
      });
      git(superficial, ['clone', '-q', '--depth', '1', `file://${repo}`, 'clon']);
      expect(readDataHistory(opciones(path.join(superficial, 'clon')))).toEqual({
        disponible: false,
        motivo: 'esta copia es un clon superficial (sin el historial completo)',
      });
    } finally {
      fs.rmSync(copia, { recursive: true, force: true });
      fs.rmSync(superficial, { recursive: true, force: true });
    }
  });
});
