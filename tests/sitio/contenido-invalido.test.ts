/**
 * The build is the gate: every error case of the broken-content corpus stops `astro build` with
 * the same Spanish report line as `validate`, exit code 1, no stack trace and no site written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../soporte/construir.ts';
import { CASOS_ROTOS } from '../soporte/contenido-roto.ts';
import { copyContent, type CopiaDeContenido } from '../soporte/copia-de-contenido.ts';

let copia: CopiaDeContenido | undefined;
afterEach(() => copia?.borrar());

const casos = CASOS_ROTOS.filter((caso) => (caso.nivel ?? 'error') === 'error' && caso.construccion !== false);

describe('astro build with bad content', () => {
  it.each(casos.map((caso) => [caso.nombre, caso] as const))('%s', (_, caso) => {
    copia = copyContent();
    caso.romper(copia);
    const salida = path.join(os.tmpdir(), `sitio-roto-${process.pid}-${Date.now()}`);
    const resultado = buildSite(salida, { CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos, FECHA_DE_REFERENCIA: '2026-11-21' });
    const escrito = fs.existsSync(salida);
    fs.rmSync(salida, { recursive: true, force: true });
    expect(resultado.codigo, resultado.salida.slice(-1500)).toBe(1);
    const lineas = resultado.salida.split('\n').map((l) => l.replace(/^.*\[puerta-de-contenido\] /, '').trimEnd());
    expect(lineas).toContainEqual(expect.stringMatching(caso.esperado));
    expect(resultado.salida).toMatch(/El contenido tiene \d+ (error|errores),/);
    expect(resultado.salida).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(escrito).toBe(false);
  });
});
