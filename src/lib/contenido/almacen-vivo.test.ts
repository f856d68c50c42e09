import * as devalue from 'devalue';
import { afterEach, describe, expect, it } from 'vitest';
// Astro's own store, to compare with what it writes to the file (not among its public exports).
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { CLAVE_DEL_ALMACEN_VIVO, liveCollections, registerLiveCollection, sharedWithBuild } from './almacen-vivo.ts';

const clave = Symbol.for(CLAVE_DEL_ALMACEN_VIVO);
const global = globalThis as Record<symbol, unknown>;
afterEach(() => delete global[clave]);

/** What the page bundle's store module calls. */
const fromBundle = () => (global[clave] as (() => Map<string, Map<string, unknown>> | undefined) | undefined)?.();

/** A store filled out of order, with the kinds of values entries hold. */
function filledStore() {
  const almacen = new MutableDataStore();
  const sesiones = almacen.scopedStore('sesiones');
  for (const id of ['stl-2022-12-16', 'cgatp-2021-10-28', 'Árbol-1', 'arbol-2', 'stl-2020-06-10']) {
    sesiones.set({
      id,
      data: { titulo: `Sesión «${id}»`, fecha: new Date('2022-12-16T00:00:00Z'), asistentes: [{ persona: 'ana', cargo: undefined }], numero: 15 },
      digest: `d-${id}`,
      filePath: `content/sesiones/${id}.md`,
      rendered: { html: '<p>Texto</p>', metadata: {} },
    });
  }
  const organos = almacen.scopedStore('organos');
  for (const id of ['stl', 'cgatp']) organos.set({ id, data: { id, nombre: id.toUpperCase() } });
  almacen.metaStore('sesiones').set('clave', 'valor');
  return almacen;
}

describe('the live content store', () => {
  it('lists what Astro writes to its store file, in the same order', () => {
    const almacen = filledStore();
    const registro = new Map([
      ['sesiones', almacen.scopedStore('sesiones')],
      ['organos', almacen.scopedStore('organos')],
    ]);
    const vivo = liveCollections(registro)!;
    const archivo = devalue.parse(almacen.toString()) as Map<string, Map<string, unknown>>;
    // The file also holds the loaders' metadata, which pages never read.
    const deColecciones = new Map([...archivo].filter(([nombre]) => !nombre.startsWith('meta:')));
    expect([...vivo.keys()]).toEqual([...deColecciones.keys()]);
    for (const [nombre, entradas] of vivo) expect([...entradas.keys()]).toEqual([...deColecciones.get(nombre)!.keys()]);
    expect(vivo).toEqual(deColecciones);
    // The entries themselves, not copies.
    expect(vivo.get('sesiones')!.get('stl-2022-12-16')).toBe(almacen.get('sesiones', 'stl-2022-12-16'));
  });

  it('is offered to the page bundle once a loader ran, with the entries as they are when it asks', async () => {
    expect(fromBundle()).toBeUndefined();
    const almacen = filledStore();
    const cargados: string[] = [];
    const cargador = sharedWithBuild({ name: 'prueba', load: async ({ collection }) => void cargados.push(collection) });
    await cargador.load({ collection: 'organos', store: almacen.scopedStore('organos') } as Parameters<typeof cargador.load>[0]);
    expect(cargados).toEqual(['organos']);
    expect([...fromBundle()!.keys()]).toEqual(['organos']);
    almacen.scopedStore('organos').set({ id: 'nuevo', data: { id: 'nuevo' } });
    expect([...fromBundle()!.get('organos')!.keys()]).toEqual(['cgatp', 'nuevo', 'stl']);
    registerLiveCollection('sesiones', almacen.scopedStore('sesiones'));
    expect([...fromBundle()!.keys()]).toEqual(['organos', 'sesiones']);
  });

  it('gives nothing with nothing registered', () => {
    expect(liveCollections(new Map())).toBeUndefined();
  });
});
