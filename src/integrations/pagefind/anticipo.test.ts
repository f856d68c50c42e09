import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { snapshotSources, recordSourceFiles } from '../../lib/incremental/fuentes.ts';
import type { Carpetas } from '../../lib/contenido/rutas.ts';
import {
  cachedPageFile,
  IndexadoAnticipado,
  PARTES_ANTICIPADAS,
  partsOfRecords,
  partsToAnticipate,
  writeSourceSnapshot,
  type AbrirParteAnticipable,
} from './anticipo.ts';
import { anticipablePartInWorker, type PaginaEnArchivo } from './hilo-de-parte.ts';
import type { CacheDeBusqueda } from './reutilizacion.ts';

const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

function tmp(): string {
  const carpeta = fs.mkdtempSync(path.join(os.tmpdir(), 'anticipo-'));
  carpetas.push(carpeta);
  return carpeta;
}

const html = (titulo: string, texto = '') =>
  `<!DOCTYPE html><html lang="es"><head><title>${titulo}</title></head><body><article data-pagefind-body><h1>${titulo}</h1><p>Acuerdo de la sesión ${texto}</p></article></body></html>`;

/** Every file below `carpeta` with the SHA-256 of its bytes. */
function folderDigests(carpeta: string): Record<string, string> {
  const huellas: Record<string, string> = {};
  for (const nombre of fs.readdirSync(carpeta, { recursive: true }) as string[]) {
    const archivo = path.join(carpeta, nombre);
    if (fs.statSync(archivo).isFile()) huellas[nombre] = createHash('sha256').update(fs.readFileSync(archivo)).digest('hex');
  }
  return huellas;
}

describe('a part of the index started from the last build’s pages', () => {
  test('Pagefind, given a page again, replaces it where it stands: the part is the one of the new page given in its place', async () => {
    const raiz = tmp();
    const titulos = ['a', 'b', 'c', 'd', 'e'];
    const archivos = titulos.map((t): PaginaEnArchivo => {
      const archivo = path.join(raiz, 'cache', t, 'index.html');
      fs.mkdirSync(path.dirname(archivo), { recursive: true });
      fs.writeFileSync(archivo, html(t, `antes de corregir ${t}`));
      return { url: `/sesiones/${t}/`, archivo };
    });
    const nueva = html('c', 'corregida con la caravana');

    const anticipada = anticipablePartInWorker(path.join(raiz, 'anticipada'), 0);
    for (const pagina of archivos) anticipada.addFile(pagina);
    anticipada.add({ url: '/sesiones/c/', html: new TextEncoder().encode(nueva) });
    expect(await anticipada.finish()).toEqual({ paginas: 5, errores: [] });

    const enOrden = anticipablePartInWorker(path.join(raiz, 'en-orden'), 0);
    for (const { url, archivo } of archivos) enOrden.add({ url, html: url === '/sesiones/c/' ? nueva : fs.readFileSync(archivo, 'utf8') });
    expect(await enOrden.finish()).toEqual({ paginas: 5, errores: [] });

    const anticipadas = folderDigests(path.join(raiz, 'anticipada'));
    expect(Object.keys(anticipadas).length).toBeGreaterThan(5);
    expect(anticipadas).toEqual(folderDigests(path.join(raiz, 'en-orden')));
  }, 60_000);

  test('a cancelled part writes nothing, and its worker ends', async () => {
    const raiz = tmp();
    const archivo = path.join(raiz, 'a.html');
    fs.writeFileSync(archivo, html('a'));
    const parte = anticipablePartInWorker(path.join(raiz, 'parte'), 0);
    for (let i = 0; i < 50; i++) parte.addFile({ url: `/sesiones/p${i}/`, archivo });
    await parte.cancel();
    expect(fs.existsSync(path.join(raiz, 'parte'))).toBe(false);
  }, 60_000);

  test('cancelling a part whose worker already ended resolves at once', async () => {
    const raiz = tmp();
    const parte = anticipablePartInWorker(path.join(raiz, 'parte'), 0);
    // A page file that is not there ends the worker with an error.
    parte.addFile({ url: '/sesiones/falta/', archivo: path.join(raiz, 'no-existe.html') });
    await expect(parte.finish()).rejects.toThrow();
    // Its thread has exited by now (the error comes just before the exit).
    await new Promise((resolve) => setTimeout(resolve, 500));
    await parte.cancel();
  }, 60_000);
});

describe('which parts to start', () => {
  test('the parts with a page whose path has the id of a changed record', () => {
    const partes = [['/compromisos/x/', '/organos/stl/'], ['/sesiones/stl-2021-11-26/', '/sesiones/stl-2022-12-16/'], ['/sesiones/stl-2021-11-26-b/']];
    expect(partsOfRecords(partes, ['stl-2021-11-26'])).toEqual([1]);
    expect(partsOfRecords(partes, ['x', 'stl-2021-11-26-b'])).toEqual([0, 2]);
    expect(partsOfRecords(partes, ['stl'])).toEqual([0]);
    expect(partsOfRecords(partes, [])).toEqual([]);
  });

  /** A project with sessions `ids`, and a last build with one part per session, each page in Astro's cache. */
  function lastBuild(ids: string[]) {
    const raiz = tmp();
    const c: Carpetas = { raiz, contenido: path.join(raiz, 'content'), datos: path.join(raiz, 'data'), documentos: path.join(raiz, 'public', 'documentos') };
    const cacheDir = path.join(raiz, 'cache');
    for (const id of ids) {
      fs.mkdirSync(path.join(c.contenido, 'sesiones'), { recursive: true });
      fs.writeFileSync(path.join(c.contenido, 'sesiones', `${id}.md`), `---\ntitulo: ${id}\n---\n`);
      fs.mkdirSync(path.dirname(cachedPageFile(cacheDir, `/sesiones/${id}/`)), { recursive: true });
      fs.writeFileSync(cachedPageFile(cacheDir, `/sesiones/${id}/`), html(id));
    }
    const anterior: CacheDeBusqueda = {
      version: 2,
      manifiestoDeAstro: 'x',
      paginas: {},
      partes: ids.map(() => 'clave'),
      urlsDePartes: ids.map((id) => [`/sesiones/${id}/`]),
    };
    const editar = (id: string) => fs.writeFileSync(path.join(c.contenido, 'sesiones', `${id}.md`), `---\ntitulo: ${id} corregida\n---\n`);
    return { raiz, carpetas: c, cacheDir, anterior, editar };
  }

  test('none without the last build’s snapshot; the snapshot is taken for the next build', () => {
    const { carpetas: c, cacheDir, anterior, editar } = lastBuild(['a', 'b']);
    editar('b');
    const { fuentes, numeros } = partsToAnticipate(c, cacheDir, anterior);
    expect(numeros).toEqual([]);
    expect(Object.keys(fuentes).sort()).toEqual(['content/sesiones/a.md', 'content/sesiones/b.md']);
  });

  test('the part of an edited session; none when a session was added, or when a page of the part is not in Astro’s cache', () => {
    const { raiz, carpetas: c, cacheDir, anterior, editar } = lastBuild(['a', 'b', 'c']);
    writeSourceSnapshot(cacheDir, snapshotSources(recordSourceFiles(c), raiz));
    expect(partsToAnticipate(c, cacheDir, anterior).numeros).toEqual([]);
    editar('b');
    expect(partsToAnticipate(c, cacheDir, anterior).numeros).toEqual([1]);
    fs.rmSync(cachedPageFile(cacheDir, '/sesiones/b/'));
    expect(partsToAnticipate(c, cacheDir, anterior).numeros).toEqual([]);
    fs.writeFileSync(path.join(c.contenido, 'sesiones', 'd.md'), '---\ntitulo: d\n---\n');
    expect(partsToAnticipate(c, cacheDir, anterior).numeros).toEqual([]);
  });

  test(`at most ${PARTES_ANTICIPADAS} parts, the first ones`, () => {
    const ids = ['a', 'b', 'c', 'd'];
    const { raiz, carpetas: c, cacheDir, anterior, editar } = lastBuild(ids);
    writeSourceSnapshot(cacheDir, snapshotSources(recordSourceFiles(c), raiz));
    for (const id of ids) editar(id);
    expect(partsToAnticipate(c, cacheDir, anterior).numeros).toEqual([0, 1, 2, 3].slice(0, PARTES_ANTICIPADAS));
  });
});

describe('IndexadoAnticipado', () => {
  function fakeParts() {
    const abiertas: { carpeta: string; numero: number; archivos: string[]; cancelada: boolean }[] = [];
    const abrir: AbrirParteAnticipable = (carpeta, numero) => {
      const abierta = { carpeta, numero, archivos: [] as string[], cancelada: false };
      abiertas.push(abierta);
      return {
        addFile: ({ archivo }) => void abierta.archivos.push(archivo),
        add: () => {},
        finish: async () => ({ paginas: abierta.archivos.length, errores: [] }),
        cancel: async () => void (abierta.cancelada = true),
      };
    };
    return { abiertas, abrir };
  }

  test('feeds each part the cached copies of its pages in order; gives a part whose pages are the planned ones, cancels the others', async () => {
    const { abiertas, abrir } = fakeParts();
    const urlsDePartes = [['/a/', '/b/'], ['/c/'], ['/d/', '/e/']];
    const anticipo = new IndexadoAnticipado({ salida: '/salida', cacheDir: '/cache', urlsDePartes, numeros: [0, 1, 2] }, abrir);
    expect(abiertas.map((p) => [p.carpeta, p.archivos])).toEqual([
      [path.join('/salida', 'pagefind'), [cachedPageFile('/cache', '/a/'), cachedPageFile('/cache', '/b/')]],
      [path.join('/salida', 'pagefind', 'partes/1/'), [cachedPageFile('/cache', '/c/')]],
      [path.join('/salida', 'pagefind', 'partes/2/'), [cachedPageFile('/cache', '/d/'), cachedPageFile('/cache', '/e/')]],
    ]);
    expect(anticipo.take(0, ['/a/', '/b/'])).toBeDefined();
    expect(anticipo.take(0, ['/a/', '/b/'])).toBeUndefined();
    // A part whose planned pages are others is cancelled.
    expect(anticipo.take(1, ['/c/', '/c2/'])).toBeUndefined();
    expect(abiertas.map((p) => p.cancelada)).toEqual([false, true, false]);
    expect(anticipo.numbers).toEqual([2]);
    await anticipo.cancelRest();
    expect(abiertas.map((p) => p.cancelada)).toEqual([false, true, true]);
    expect(anticipo.numbers).toEqual([]);
  });
});
