/**
 * Global setup of the `sitio` test project: builds the default content once, under a sub-path.
 * Set `PRUEBAS_REUSAR_SITIO=1` to reuse an existing test build while iterating on tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSite } from './construir.ts';
import { CACHE_DE_PRUEBA, ENTORNO_DE_PRUEBA, SALIDA } from './rutas.ts';

export default function setup() {
  if (process.env.PRUEBAS_REUSAR_SITIO === '1' && fs.existsSync(path.join(SALIDA, 'index.html'))) return;
  fs.rmSync(SALIDA, { recursive: true, force: true });
  fs.rmSync(CACHE_DE_PRUEBA, { recursive: true, force: true });
  const { codigo, salida } = buildSite(SALIDA, { ...ENTORNO_DE_PRUEBA, CARPETA_DE_CACHE: CACHE_DE_PRUEBA });
  if (codigo !== 0) throw new Error(`La construcción de prueba falló (código ${codigo}):\n${salida.slice(-6000)}`);
}
