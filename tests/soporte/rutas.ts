/** Where the test build lives and under which sub-path it is served. */
import path from 'node:path';

export const RAIZ = path.resolve(import.meta.dirname, '..', '..');
/** The site is built for tests under a sub-path, to prove every link honours `base`. */
export const BASE = '/transparencia/';
export const SITIO_URL = 'https://datos.ejemplo.gob.mx';
export const SALIDA = path.join(RAIZ, '.pruebas', 'sitio');
/**
 * Astro's cache of the test build, apart from the one `npm run build` keeps for the same content:
 * the test build starts clean, so it never reuses pages of another build.
 */
export const CACHE_DE_PRUEBA = path.join(RAIZ, '.pruebas', 'cache-del-sitio');
/**
 * The test build's search index comes in parts of this many pages (a real site has one part up
 * to 10 000 pages), so every search test also proves that merging parts works.
 */
export const PAGINAS_POR_PARTE_EN_PRUEBAS = 40;
/** Environment of the test build (and of any build compared with it). */
export const ENTORNO_DE_PRUEBA = {
  SITIO_BASE: BASE,
  SITIO_URL,
  FECHA_DE_REFERENCIA: '2026-11-21',
  BUSQUEDA_PAGINAS_POR_PARTE: String(PAGINAS_POR_PARTE_EN_PRUEBAS),
};
/** Chromium from Debian's package. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
