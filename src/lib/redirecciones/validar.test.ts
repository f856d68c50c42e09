/**
 * The previous commit's ids in a real (temporary) git repository: a session renamed without a
 * redirect is refused, with one it passes; a copy without history skips the check with a note.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Carpetas } from '../contenido/rutas.ts';
import { readRedirects, validateRedirects } from './validar.ts';

const RAIZ = path.resolve(import.meta.dirname, '..', '..', '..');
let raiz: string;
let carpetas: Carpetas;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Prueba', '-c', 'user.email=prueba@ejemplo.mx', '-c', 'commit.gpgsign=false', ...args], {
    cwd: raiz,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: raiz },
  });

beforeEach(() => {
  raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'redirecciones-'));
  fs.cpSync(path.join(RAIZ, 'content'), path.join(raiz, 'content'), { recursive: true });
  carpetas = { raiz, contenido: path.join(raiz, 'content'), datos: path.join(raiz, 'data'), documentos: path.join(raiz, 'public', 'documentos') };
});
afterEach(() => fs.rmSync(raiz, { recursive: true, force: true }));

const renombrar = () => fs.renameSync(path.join(raiz, 'content/sesiones/stl-2019-10-15.md'), path.join(raiz, 'content/sesiones/stl-2019-10-15-instalacion.md'));

describe('validateRedirects', () => {
  it('refuses a published id that disappears without a redirect, and accepts it with one', () => {
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'Contenido');
    renombrar();
    const sin = validateRedirects(carpetas);
    expect(sin.notas).toEqual([]);
    expect(sin.problemas.map((p) => `${p.archivo} — ${p.campo}: ${p.mensaje}`)).toEqual([
      'content/redirecciones.yaml — sesiones: el registro «stl-2019-10-15» de sesiones estaba publicado en el commit anterior y ya no existe: agregue «stl-2019-10-15: id-nuevo» debajo de «sesiones:» para que su dirección siga funcionando',
    ]);
    fs.appendFileSync(path.join(raiz, 'content/redirecciones.yaml'), 'sesiones:\n  stl-2019-10-15: stl-2019-10-15-instalacion\n');
    expect(validateRedirects(carpetas).problemas).toEqual([]);
    // Once committed, the build of that commit compares with the commit before it.
    git('add', '-A');
    git('commit', '-q', '-m', 'Renombrar');
    expect(validateRedirects(carpetas).problemas).toEqual([]);
    expect(readRedirects(carpetas)).toEqual([{ desde: '/sesiones/stl-2019-10-15/', hacia: '/sesiones/stl-2019-10-15-instalacion/' }]);
  });

  it('skips the comparison with a note when the copy has no history', () => {
    renombrar();
    const r = validateRedirects(carpetas);
    expect(r.problemas).toEqual([]);
    expect(r.notas).toEqual(['No se comprobó que los registros publicados conserven su dirección: esta copia no tiene historial de git.']);
  });
});
