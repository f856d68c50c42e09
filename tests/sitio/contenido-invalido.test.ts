/**
 * The build is the gate: the end-to-end cases of the broken-content corpus (kinds that once crashed
 * `astro build` after `validate` accepted them) stop the build with the same Spanish report line as
 * `validate`, exit code 1, no stack trace and no site written; the corpus's valid but unusual
 * inputs build. Every other case is checked against `validate` alone
 * (src/lib/validacion/validar-contenido.test.ts): the build runs the same check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../soporte/construir.ts';
import { CASOS_ROTOS, CASOS_VALIDOS } from '../soporte/contenido-roto.ts';
import { copyContent, type CopiaDeContenido } from '../soporte/copia-de-contenido.ts';

let copia: CopiaDeContenido | undefined;
afterEach(() => copia?.borrar());

const casos = CASOS_ROTOS.filter((caso) => caso.extremo);

function buildCopy(copia: CopiaDeContenido) {
  const salida = path.join(os.tmpdir(), `sitio-roto-${process.pid}-${Date.now()}`);
  const resultado = buildSite(salida, { CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos, FECHA_DE_REFERENCIA: '2026-11-21' });
  const escrito = fs.existsSync(salida) ? fs.readdirSync(salida, { recursive: true }).length : 0;
  fs.rmSync(salida, { recursive: true, force: true });
  return { ...resultado, escrito };
}

describe('astro build with bad content', () => {
  it('runs three or four kinds end to end', () => {
    expect(casos.length).toBeGreaterThanOrEqual(3);
    expect(casos.length).toBeLessThanOrEqual(4);
  });

  it.each(casos.map((caso) => [caso.nombre, caso] as const))('%s', (_, caso) => {
    copia = copyContent();
    caso.romper(copia);
    const resultado = buildCopy(copia);
    expect(resultado.codigo, resultado.salida.slice(-1500)).toBe(1);
    const lineas = resultado.salida.split('\n').map((l) => l.replace(/^.*\[puerta-de-contenido\] /, '').trimEnd());
    expect(lineas).toContainEqual(expect.stringMatching(caso.esperado));
    expect(resultado.salida).toMatch(/El contenido tiene \d+ (error|errores),/);
    expect(resultado.salida).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(resultado.escrito).toBe(0);
  });
});

describe('astro build with valid content written in unusual ways', () => {
  it(`builds with all of them at once (${CASOS_VALIDOS.map((caso) => caso.nombre).join('; ')})`, () => {
    copia = copyContent();
    for (const caso of CASOS_VALIDOS) caso.cambiar(copia);
    const resultado = buildCopy(copia);
    expect(resultado.codigo, resultado.salida.slice(-2500)).toBe(0);
    expect(resultado.salida).not.toMatch(/\[puerta-de-contenido\]/);
    expect(resultado.escrito).toBeGreaterThan(100);
  });
});
