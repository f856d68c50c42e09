/**
 * The build is the gate: bad content stops `astro build` with the Spanish report, exit code 1,
 * no stack trace and no site written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../soporte/construir.ts';
import { copyContent, type CopiaDeContenido } from '../soporte/copia-de-contenido.ts';

let copia: CopiaDeContenido | undefined;
afterEach(() => copia?.borrar());

function buildWith(romper: (copia: CopiaDeContenido) => void) {
  copia = copyContent();
  romper(copia);
  const salida = path.join(os.tmpdir(), `sitio-roto-${process.pid}-${Date.now()}`);
  const resultado = buildSite(salida, { CONTENIDO_DIR: copia.carpetas.contenido });
  const escrito = fs.existsSync(salida);
  fs.rmSync(salida, { recursive: true, force: true });
  return { ...resultado, escrito };
}

describe('astro build with bad content', () => {
  it('stops on an unknown body and a missing field, naming file, line and field', () => {
    const { codigo, salida, escrito } = buildWith((c) => {
      c.reemplazar('content/sesiones/stl-2022-12-16.md', 'organo: stl', 'organo: secretariado');
      c.reemplazar('content/sesiones/cgatp-2021-10-28.md', /^titulo: .*\n/m, '');
    });
    expect(codigo).toBe(1);
    expect(salida).toMatch(/stl-2022-12-16\.md:3:9 — organo: no existe un órgano con el identificador «secretariado»/);
    expect(salida).toMatch(/cgatp-2021-10-28\.md:\d+:1 — titulo: falta este campo obligatorio/);
    expect(salida).toMatch(/El contenido tiene 2 errores/);
    expect(salida).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(escrito).toBe(false);
  });

  it('stops on a duplicate id and a wrong date in a CSV', () => {
    const { codigo, salida, escrito } = buildWith((c) => {
      c.reemplazar('content/eventos.csv', 'jornada-sensibilizacion-2021-11-09,', 'jornada-sensibilizacion-2021-11-04,');
      c.reemplazar('content/calendarios/stl-2023.csv', '2023-02-24', '2023-02-31');
    });
    expect(codigo).toBe(1);
    expect(salida).toMatch(/eventos\.csv:\d+ — id: el identificador «jornada-sensibilizacion-2021-11-04» ya existe en eventos/);
    expect(salida).toMatch(/stl-2023\.csv:2 — fecha_programada: se esperaba una fecha real con el formato AAAA-MM-DD/);
    expect(salida).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(escrito).toBe(false);
  });
});
