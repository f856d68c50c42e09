/**
 * `npm run importar` as staff run it: exit codes, Spanish messages without a stack trace, and
 * nothing written on a refusal.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyContent, type CopiaDeContenido } from '../tests/soporte/copia-de-contenido.ts';

let copia: CopiaDeContenido | undefined;
afterEach(() => {
  copia?.borrar();
  copia = undefined;
});

function importar(...args: string[]) {
  copia ??= copyContent();
  const resultado = spawnSync(process.execPath, [path.join(import.meta.dirname, 'importar.ts'), ...args], {
    cwd: copia.carpetas.raiz,
    encoding: 'utf8',
    env: { ...process.env, CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos },
  });
  return { codigo: resultado.status, salida: `${resultado.stdout}${resultado.stderr}` };
}

const ACTA = path.join(import.meta.dirname, '..', 'src', 'lib', 'importador', 'pruebas', 'acta-comite-en-tablas.txt');

describe('npm run importar', () => {
  it('writes the draft and says what it found and what to check', () => {
    const { codigo, salida } = importar(ACTA);
    expect(codigo).toBe(0);
    expect(salida).toContain('✓ Borrador escrito en content/sesiones/comite-de-transparencia-del-ayuntamiento-2023-03-03.md.');
    expect(salida).toContain(
      'sesión extraordinaria número 2; fecha 2023-03-03 de 13:30 a 14:10; modalidad presencial; oficio CT/004/2023; 3 asistentes; 3 puntos del orden del día; 2 acuerdos',
    );
    expect(salida).toContain(
      'Propuse 2 personas nuevas, 1 órgano nuevo en content/sesiones/comite-de-transparencia-del-ayuntamiento-2023-03-03.propuestas.yaml',
    );
    expect(salida).toMatch(/comite-de-transparencia-del-ayuntamiento-2023-03-03\.md:\d+:\d+ — dato por revisar que dejó el importador/);
  });

  it('refuses a second import of the same acta with exit code 1 and no stack trace', () => {
    importar(ACTA);
    const { codigo, salida } = importar(ACTA);
    expect(codigo).toBe(1);
    expect(salida).toMatch(/^✗ ya existe content\/sesiones\/comite-de-transparencia-del-ayuntamiento-2023-03-03\.md; el importador nunca sobrescribe/m);
    expect(salida).toContain('No se escribió ningún archivo.');
    expect(salida).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('refuses a file it cannot read, and unknown options', () => {
    expect(importar('no-existe.docx')).toMatchObject({ codigo: 1, salida: expect.stringContaining('✗ no-existe.docx: no existe este archivo') });
    expect(importar(ACTA, '--forzar')).toMatchObject({ codigo: 1, salida: expect.stringContaining('No conozco la opción «--forzar».') });
    expect(fs.readdirSync(path.join(copia!.carpetas.contenido, 'sesiones')).filter((f) => f.startsWith('comite'))).toEqual([]);
  });

  it('explains itself with --help', () => {
    expect(importar('--help')).toMatchObject({ codigo: 0, salida: expect.stringContaining('Uso: npm run importar -- <archivo> [--id <id>]') });
  });
});
