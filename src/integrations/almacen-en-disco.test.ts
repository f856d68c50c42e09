import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLAVE_DEL_ALMACEN_VIVO, registerLiveCollection } from '../lib/contenido/almacen-vivo.ts';
import storeOnDisk, { ARCHIVO_DEL_ALMACEN, MODULO_DEL_ALMACEN, storeModule } from './almacen-en-disco.ts';

let carpeta: string;
beforeEach(() => {
  carpeta = fs.mkdtempSync(path.join(os.tmpdir(), 'almacen-'));
});
afterEach(() => fs.rmSync(carpeta, { recursive: true, force: true }));

/** A content store as Astro serializes it (devalue's flat form), with accents and a `</script>`. */
const ALMACEN = JSON.stringify([['Map', 1], 'sesiones', ['Map', 3, 4], 'stl-2022-12-16', { titulo: 5 }, 'Décima Sesión «ordinaria» </script>\u2028']);

/** The module Astro writes for the store inlined as one JSON string (the one this one replaces). */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

/** The default export of a module's source. */
async function evaluate(codigo: string, nombre: string): Promise<unknown> {
  const archivo = path.join(carpeta, nombre);
  fs.writeFileSync(archivo, codigo);
  return ((await import(pathToFileURL(archivo).href)) as { default: unknown }).default;
}

type Cargador = { order: string; handler: (id: string) => { code: string; meta: object } | null };

/** The Vite plugin's `load` hook the integration adds for `command` and `config`, if any. */
function loaderFor(command: 'build' | 'dev', experimental: object = {}): Cargador | undefined {
  let load: Cargador | undefined;
  const integracion: AstroIntegration = storeOnDisk();
  const setup = integracion.hooks['astro:config:setup'] as unknown as (opciones: object) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(carpeta + path.sep), experimental },
    updateConfig: (config: { vite: { plugins: { load: Cargador }[] } }) => {
      load = config.vite.plugins[0].load;
    },
  });
  return load;
}

describe('storeModule', () => {
  it('reads from the file the same store Astro inlines', async () => {
    const archivo = path.join(carpeta, ARCHIVO_DEL_ALMACEN);
    fs.writeFileSync(archivo, ALMACEN);
    const propio = storeModule(archivo);
    expect(propio.length).toBeLessThan(200 + archivo.length);
    expect(propio).not.toContain('Décima');
    expect(await evaluate(propio, 'propio.mjs')).toEqual(await evaluate(astroModule(ALMACEN), 'astro.mjs'));
  });
});

describe('storeModule with the sync of this process in memory', () => {
  const clave = Symbol.for(CLAVE_DEL_ALMACEN_VIVO);
  afterEach(() => delete (globalThis as Record<symbol, unknown>)[clave]);

  it('gives the sync’s collections and does not read the file', async () => {
    registerLiveCollection('sesiones', { entries: () => [['stl-2022-12-16', { id: 'stl-2022-12-16', data: {} }]] });
    const archivo = path.join(carpeta, ARCHIVO_DEL_ALMACEN);
    fs.writeFileSync(archivo, 'no es JSON');
    expect(await evaluate(storeModule(archivo), 'vivo.mjs')).toEqual(
      new Map([['sesiones', new Map([['stl-2022-12-16', { id: 'stl-2022-12-16', data: {} }]])]]),
    );
  });
});

describe('the integration', () => {
  it('in a build, loads the store module before Astro does, from the cache folder’s store file', async () => {
    const cargador = loaderFor('build');
    expect(cargador?.order).toBe('pre');
    expect(cargador!.handler('/src/pages/index.astro')).toBeNull();
    // No file yet: Astro's own module (an empty store).
    expect(cargador!.handler(MODULO_DEL_ALMACEN)).toBeNull();
    fs.writeFileSync(path.join(carpeta, ARCHIVO_DEL_ALMACEN), ALMACEN);
    const modulo = cargador!.handler(MODULO_DEL_ALMACEN);
    expect(modulo!.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    expect(await evaluate(modulo!.code, 'almacen.mjs')).toEqual(JSON.parse(ALMACEN));
  });

  it('leaves a chunked store and the dev server (which reloads the module when the store changes) to Astro', () => {
    expect(loaderFor('build', { collectionStorage: 'single-file' })).toBeDefined();
    expect(loaderFor('build', { collectionStorage: 'chunked' })).toBeUndefined();
    expect(loaderFor('build', { collectionStorage: { type: 'chunked', chunkSize: 1024 } })).toBeUndefined();
    expect(loaderFor('dev')).toBeUndefined();
  });
});
