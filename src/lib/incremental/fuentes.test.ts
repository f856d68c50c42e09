import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Carpetas } from '../contenido/rutas.ts';
import { changedSources, recordIds, recordSourceFiles, snapshotSources } from './fuentes.ts';

const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

/** A project root with `archivos` (path relative to it → text). */
function project(archivos: Record<string, string>): { raiz: string; carpetas: Carpetas } {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'fuentes-'));
  carpetas.push(raiz);
  for (const [nombre, texto] of Object.entries(archivos)) {
    fs.mkdirSync(path.dirname(path.join(raiz, nombre)), { recursive: true });
    fs.writeFileSync(path.join(raiz, nombre), texto);
  }
  return {
    raiz,
    carpetas: { raiz, contenido: path.join(raiz, 'content'), datos: path.join(raiz, 'data'), documentos: path.join(raiz, 'public', 'documentos') },
  };
}

describe('record source files', () => {
  it('lists the Markdown and MDX files of the collections written one file per record, in year folders too', () => {
    const { raiz, carpetas: c } = project({
      'content/sesiones/2021/stl-2021-11-26.md': 'a',
      'content/sesiones/stl-2022-12-16.mdx': 'b',
      'content/sesiones/LEEME.txt': 'no',
      'content/compromisos/carnet-juridico.md': 'c',
      'content/eventos.csv': 'id\n',
      'content/personas.yaml': '[]',
    });
    const nombres = recordSourceFiles(c).map((archivo) => path.relative(raiz, archivo).split(path.sep).join('/'));
    expect(nombres.sort()).toEqual([
      'content/compromisos/carnet-juridico.md',
      'content/sesiones/2021/stl-2021-11-26.md',
      'content/sesiones/stl-2022-12-16.mdx',
    ]);
    expect(recordIds(nombres)).toEqual(expect.arrayContaining(['stl-2021-11-26', 'stl-2022-12-16', 'carnet-juridico']));
  });

  it('finds the files whose bytes changed, and whether files were added or removed', () => {
    const { raiz, carpetas: c } = project({ 'content/sesiones/a.md': 'uno', 'content/sesiones/b.md': 'dos' });
    const antes = snapshotSources(recordSourceFiles(c), raiz);
    expect(Object.keys(antes).sort()).toEqual(['content/sesiones/a.md', 'content/sesiones/b.md']);
    fs.writeFileSync(path.join(raiz, 'content/sesiones/b.md'), 'dos corregido');
    const despues = snapshotSources(recordSourceFiles(c), raiz, antes);
    expect(changedSources(antes, despues)).toEqual({ cambiados: ['content/sesiones/b.md'], mismosArchivos: true });
    fs.writeFileSync(path.join(raiz, 'content/sesiones/c.md'), 'tres');
    expect(changedSources(despues, snapshotSources(recordSourceFiles(c), raiz, despues)).mismosArchivos).toBe(false);
    fs.rmSync(path.join(raiz, 'content/sesiones/a.md'));
    fs.rmSync(path.join(raiz, 'content/sesiones/c.md'));
    expect(changedSources(despues, snapshotSources(recordSourceFiles(c), raiz, despues)).mismosArchivos).toBe(false);
  });

  it('takes the hash of a file with the same size and time from the last snapshot instead of reading it', () => {
    const { raiz, carpetas: c } = project({ 'content/sesiones/a.md': 'uno' });
    const archivo = path.join(raiz, 'content/sesiones/a.md');
    // A whole second, which every file system keeps exactly.
    const mtime = new Date(1_700_000_000_000);
    fs.utimesSync(archivo, mtime, mtime);
    const antes = snapshotSources(recordSourceFiles(c), raiz);
    // Same size and time, other bytes: not read again, so taken as unchanged…
    fs.writeFileSync(archivo, 'dos');
    fs.utimesSync(archivo, mtime, mtime);
    expect(changedSources(antes, snapshotSources(recordSourceFiles(c), raiz, antes)).cambiados).toEqual([]);
    // …but a new time makes it read, and a checkout that only touched it is still unchanged.
    fs.writeFileSync(archivo, 'uno');
    fs.utimesSync(archivo, new Date(mtime.getTime() + 5000), new Date(mtime.getTime() + 5000));
    const tocado = snapshotSources(recordSourceFiles(c), raiz, antes);
    expect(tocado['content/sesiones/a.md'][1]).not.toBe(antes['content/sesiones/a.md'][1]);
    expect(changedSources(antes, tocado).cambiados).toEqual([]);
  });
});
