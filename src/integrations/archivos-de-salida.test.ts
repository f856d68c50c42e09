import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outputFiles, relativeOutputFile } from './archivos-de-salida.ts';

const carpeta = pathToFileURL('/tmp/sitio con espacio/salida/');
const slow = (url: URL) => path.relative(fileURLToPath(carpeta), fileURLToPath(url)).split(path.sep).join('/');

describe('files of the output folder', () => {
  it('are relative to the folder, decoded, as path.relative gives them', () => {
    const rutas = ['sesiones/x/index.html', 'datos/sesiones.csv', 'año/reunión 1/index.html', '404.html', 'a%b/index.html'];
    for (const ruta of rutas) {
      const url = pathToFileURL(path.join(fileURLToPath(carpeta), ruta));
      expect(relativeOutputFile(carpeta, url)).toBe(ruta);
      expect(relativeOutputFile(carpeta, url)).toBe(slow(url));
    }
  });

  it('give a file outside the folder the way path.relative does', () => {
    const fuera = pathToFileURL('/tmp/otra/index.html');
    expect(relativeOutputFile(carpeta, fuera)).toBe(slow(fuera));
    expect(relativeOutputFile(new URL(carpeta.href.slice(0, -1)), new URL('sesiones/x/index.html', carpeta))).toBe('sesiones/x/index.html');
  });

  it('are listed once per build, in the order of the routes', () => {
    const assets = new Map([
      ['/sesiones/[id]', [new URL('sesiones/a/index.html', carpeta), new URL('sesiones/b/index.html', carpeta)]],
      ['/404', [new URL('404.html', carpeta)]],
    ]);
    const archivos = outputFiles(carpeta, assets);
    expect(archivos).toEqual(['sesiones/a/index.html', 'sesiones/b/index.html', '404.html']);
    expect(outputFiles(carpeta, assets)).toBe(archivos);
  });
});
