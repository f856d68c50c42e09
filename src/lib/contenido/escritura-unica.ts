/**
 * Astro writes its content store to disk half a second after the last change to it, and once more
 * when every loader is done. While a large collection loads without changing the store (10 000
 * unchanged minutes are read and compared, none stored again), that half second passes: the whole
 * store (59 MB at 10 000 sessions) is serialized in the middle of the sync, 1.5 s of the build's
 * thread, only to be serialized again at the end (astro/dist/content/mutable-data-store.js,
 * `SAVE_DEBOUNCE_MS`). So while any loader of the site runs, a key of the store's meta data is set
 * again, to the same value, often enough that the half second never passes: the store is written
 * once, after the last loader.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** How often the key is set again while a loader runs (Astro waits 500 ms). */
const INTERVALO_MS = 200;

/** Key and value set again (the same in every build, so the store's bytes do not depend on it). */
const CLAVE = 'escritura-unica';
const VALOR = '1';

/** The loader, holding back Astro's store writes while it runs. */
export function writeStoreOnce(loader: Loader): Loader {
  return {
    ...loader,
    load: async (contexto: LoaderContext) => {
      const sostener = () => contexto.meta.set(CLAVE, VALOR);
      sostener();
      const intervalo = setInterval(sostener, INTERVALO_MS);
      try {
        await loader.load(contexto);
      } finally {
        clearInterval(intervalo);
      }
    },
  };
}
