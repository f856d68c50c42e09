import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import storeOnDisk, { ARCHIVO_DEL_ALMACEN, MODULO_DEL_ALMACEN, storeFromDisk } from './almacen-en-disco.ts';

let carpeta: string;
beforeEach(() => {
  carpeta = fs.mkdtempSync(path.join(os.tmpdir(), 'almacen-'));
});
afterEach(() => fs.rmSync(carpeta, { recursive: true, force: true }));

/** A content store as Astro serializes it (devalue's flat form), with accents and a `</script>`. */
const ALMACEN = JSON.stringify([['Map', 1], 'sesiones', ['Map', 3, 4], 'stl-2022-12-16', { titulo: 5 }, 'Décima Sesión «ordinaria» </script>\u2028']);

/** The module Astro writes for the store inlined as one JSON string. */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

/** The default export of a module's source. */
async function evaluate(codigo: string, nombre: string): Promise<unknown> {
  const archivo = path.join(carpeta, nombre);
  fs.writeFileSync(archivo, codigo);
  return ((await import(pathToFileURL(archivo).href)) as { default: unknown }).default;
}

type Transformador = { handler: (codigo: string, id: string) => { code: string } | null };

/** The Vite plugin the integration adds for `command`, if any, and where the store is read. */
function pluginFor(command: 'build' | 'dev'): Transformador | undefined {
  let transform: Transformador | undefined;
  const integracion: AstroIntegration = storeOnDisk();
  const setup = integracion.hooks['astro:config:setup'] as unknown as (opciones: object) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(carpeta + path.sep) },
    updateConfig: (config: { vite: { plugins: { transform: Transformador }[] } }) => {
      transform = config.vite.plugins[0].transform;
    },
  });
  return transform;
}

describe('storeFromDisk', () => {
  it('reads from the file the same store Astro inlines', async () => {
    const archivo = path.join(carpeta, ARCHIVO_DEL_ALMACEN);
    fs.writeFileSync(archivo, ALMACEN);
    const propio = storeFromDisk(astroModule(ALMACEN), archivo);
    expect(propio).toBeDefined();
    expect(propio!.length).toBeLessThan(200);
    expect(propio).not.toContain('Décima');
    expect(await evaluate(propio!, 'propio.mjs')).toEqual(await evaluate(astroModule(ALMACEN), 'astro.mjs'));
  });

  it('leaves an empty store and a chunked one as Astro wrote them', () => {
    expect(storeFromDisk('export default new Map()', 'x.json')).toBeUndefined();
    expect(storeFromDisk('export default{"sesiones":[(await import("astro:data-layer-content-chunk:0123456789abcdef.txt"))]}', 'x.json')).toBeUndefined();
  });
});

describe('the integration', () => {
  it('in a build, replaces only the store module, by one that reads the cache folder’s store', async () => {
    const plugin = pluginFor('build');
    expect(plugin).toBeDefined();
    expect(plugin!.handler('export default 1', '/src/pages/index.astro')).toBeNull();
    expect(plugin!.handler('export default new Map()', MODULO_DEL_ALMACEN)).toBeNull();
    fs.writeFileSync(path.join(carpeta, ARCHIVO_DEL_ALMACEN), ALMACEN);
    const modulo = plugin!.handler(astroModule(ALMACEN), MODULO_DEL_ALMACEN);
    expect(await evaluate(modulo!.code, 'almacen.mjs')).toEqual(JSON.parse(ALMACEN));
  });

  it('leaves the dev server alone: it reloads the module when the store changes', () => {
    expect(pluginFor('dev')).toBeUndefined();
  });
});
