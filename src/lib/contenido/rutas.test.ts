import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cacheFolder, resolveFolders } from './rutas.ts';

describe('cacheFolder', () => {
  const raiz = path.join(path.sep, 'proyecto');

  test("the project's own content uses Astro's usual cache folder", () => {
    expect(cacheFolder(resolveFolders(raiz, {}))).toBe(path.join(raiz, 'node_modules', '.astro'));
  });

  test('another content folder gets a cache folder of its own, the same one every time', () => {
    const corpus = cacheFolder(resolveFolders(raiz, { CONTENIDO_DIR: '/tmp/corpus/content', DATOS_DIR: '/tmp/corpus/data' }));
    const copia = cacheFolder(resolveFolders(raiz, { CONTENIDO_DIR: '/tmp/copia/content' }));
    expect(corpus).toMatch(new RegExp(`^${path.join(raiz, 'node_modules', '.astro', 'contenido-').replace(/[/\\]/g, '\\$&')}[0-9a-f]{12}$`));
    expect(copia).not.toBe(corpus);
    expect(cacheFolder(resolveFolders(raiz, { CONTENIDO_DIR: '/tmp/corpus/content', DATOS_DIR: '/tmp/corpus/data' }))).toBe(corpus);
  });

  test('CARPETA_DE_CACHE names the folder outright, relative to the project', () => {
    expect(cacheFolder(resolveFolders(raiz, {}), { CARPETA_DE_CACHE: '.pruebas/cache' })).toBe(path.join(raiz, '.pruebas', 'cache'));
    expect(cacheFolder(resolveFolders(raiz, {}), {})).toBe(path.join(raiz, 'node_modules', '.astro'));
  });
});
