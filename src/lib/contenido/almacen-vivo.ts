/**
 * The content store the sync just filled, handed to the pages of the same build instead of read
 * back from disk. `astro build` syncs the content and then renders the pages in one process; the
 * pages read the store from the file the sync wrote (`src/integrations/almacen-en-disco.ts`),
 * which at 10 000 sessions means reading and parsing 59 MB and rebuilding every entry
 * (`devalue.unflatten`): half a second before the first page, and a second copy of every entry
 * in memory while the sync's own copy stays alive. Astro takes a `Map` of collections as the
 * store as well (astro/dist/content/data-store.js, `fromModule`), so the sync's entries are
 * given instead, in the order Astro writes them to the file: collections and ids sorted with
 * `localeCompare` (astro/dist/content/data-store-writer.js, `sortCollections`).
 *
 * Each loader registers its collection's store when it runs (`sharedWithBuild`); the entries are
 * read when the pages ask, after every loader is done. The registry lives on `globalThis`: the
 * content configuration and the page bundle are different module graphs of the same process.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type AlmacenDeColeccion = Pick<LoaderContext['store'], 'entries'>;

/** Key, on `globalThis`, of the function that gives the collections (`undefined` before a sync). */
export const CLAVE_DEL_ALMACEN_VIVO = 'transparencia.almacen-vivo';

type Registro = Map<string, AlmacenDeColeccion>;

const byKey = <T>([a]: [string, T], [b]: [string, T]) => a.localeCompare(b);

/** The registered collections' entries, as Astro's store file lists them; none registered: `undefined`. */
export function liveCollections(registro: Registro): Map<string, Map<string, unknown>> | undefined {
  if (registro.size === 0) return undefined;
  return new Map([...registro].sort(byKey).map(([nombre, almacen]) => [nombre, new Map([...almacen.entries()].sort(byKey))]));
}

/** The process's registry, created with the function the page bundle calls. */
function registry(): Registro {
  const global = globalThis as Record<symbol, unknown>;
  const clave = Symbol.for(CLAVE_DEL_ALMACEN_VIVO);
  const existente = global[clave] as ({ registro: Registro } & (() => unknown)) | undefined;
  if (existente) return existente.registro;
  const registro: Registro = new Map();
  global[clave] = Object.assign(() => liveCollections(registro), { registro });
  return registro;
}

/** Registers the store of `coleccion` for the pages of this build. */
export function registerLiveCollection(coleccion: string, almacen: AlmacenDeColeccion): void {
  registry().set(coleccion, almacen);
}

/** The loader, registering its collection's store each time it loads. */
export function sharedWithBuild(loader: Loader): Loader {
  return {
    ...loader,
    load: (contexto: LoaderContext) => {
      registerLiveCollection(contexto.collection, contexto.store);
      return loader.load(contexto);
    },
  };
}
