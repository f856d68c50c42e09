/** Where the test build lives and under which sub-path it is served. */
import path from 'node:path';

export const RAIZ = path.resolve(import.meta.dirname, '..', '..');
/** The site is built for tests under a sub-path, to prove every link honours `base`. */
export const BASE = '/transparencia/';
export const SITIO_URL = 'https://datos.ejemplo.gob.mx';
export const SALIDA = path.join(RAIZ, '.pruebas', 'sitio');
/** Chromium from Debian's package. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
