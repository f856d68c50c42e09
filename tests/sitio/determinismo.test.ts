/**
 * The same content gives byte-identical output, so a published build can be audited: two clean
 * builds with the same reference date produce the same files with the same bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHashes } from '../../scripts/medicion/huellas.ts';
import { buildSite } from '../soporte/construir.ts';
import { ENTORNO_DE_PRUEBA, SALIDA } from '../soporte/rutas.ts';

const otra = path.join(os.tmpdir(), `sitio-determinismo-${process.pid}`);
// A cache of its own, empty: the second build renders every page, as the first did.
const cacheDeLaOtra = path.join(os.tmpdir(), `cache-determinismo-${process.pid}`);
afterAll(() => {
  fs.rmSync(cacheDeLaOtra, { recursive: true, force: true });
  if (!process.env.PRUEBAS_CONSERVAR) fs.rmSync(otra, { recursive: true, force: true });
});

describe('deterministic build', () => {
  it('a second build of the same content is byte-identical to the test build', () => {
    const { codigo, salida } = buildSite(otra, { ...ENTORNO_DE_PRUEBA, CARPETA_DE_CACHE: cacheDeLaOtra });
    expect(salida).not.toMatch(/\((cached|restored)\)/);
    expect(codigo, salida.slice(-2000)).toBe(0);
    const a = fileHashes(SALIDA);
    const b = fileHashes(otra);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const distintos = [...a].filter(([name, hash]) => b.get(name) !== hash).map(([name]) => name);
    expect(distintos).toEqual([]);
  });
});
