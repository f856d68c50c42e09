/**
 * Bad input of every kind gives a Spanish message naming file, line and field. Each case of the
 * broken-content corpus (tests/soporte/contenido-roto.ts) breaks one thing in a copy of the real
 * content; the same corpus is run through `astro build` in tests/sitio/contenido-invalido.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CASOS_ROTOS, CASOS_VALIDOS } from '../../../tests/soporte/contenido-roto.ts';
import { copyContent, type CopiaDeContenido } from '../../../tests/soporte/copia-de-contenido.ts';
import { formatGithubAnnotation, formatProblem } from '../lectura/problema.ts';
import { validateContent } from './validar-contenido.ts';

const HOY = '2026-11-21';
let copia: CopiaDeContenido;

beforeEach(() => {
  copia = copyContent();
});
afterEach(() => copia.borrar());

const problems = () => validateContent({ carpetas: copia.carpetas, hoy: HOY }).problemas;

describe('the default content', () => {
  it('validates with no errors and no warnings', () => {
    const { problemas, conteos } = validateContent({ carpetas: copia.carpetas, hoy: HOY });
    expect(problemas.map(formatProblem)).toEqual([]);
    expect(conteos).toMatchObject({ sesiones: 12, acuerdos: 25, compromisos: 9, municipios: 125 });
  });
});

describe('the broken-content corpus', () => {
  it('has at least 25 cases', () => {
    expect(CASOS_ROTOS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASOS_ROTOS.map((caso) => [caso.nombre, caso] as const))('%s', (_, caso) => {
    caso.romper(copia);
    const lista = problems();
    const lineas = lista.map(formatProblem);
    expect(lineas, lineas.join('\n')).toContainEqual(expect.stringMatching(caso.esperado));
    const encontrado = lista.find((p) => caso.esperado.test(formatProblem(p)))!;
    expect(encontrado.nivel).toBe(caso.nivel ?? 'error');
    // A warning alone never stops the build.
    if (caso.nivel === 'aviso') expect(lista.filter((p) => p.nivel === 'error').map(formatProblem)).toEqual([]);
    // One mistake, one message: nothing that only follows from it.
    if (caso.maximoDeErrores !== undefined) expect(lista.map(formatProblem), lineas.join('\n')).toHaveLength(caso.maximoDeErrores);
  });

  it('reports every problem at once', () => {
    for (const caso of CASOS_ROTOS.filter((c) => ['unknown body', 'duplicate person id', 'unknown follow-up status'].includes(c.nombre))) caso.romper(copia);
    expect(problems().filter((p) => p.nivel === 'error').length).toBeGreaterThanOrEqual(3);
  });
});

describe('valid content written in unusual ways', () => {
  it.each(CASOS_VALIDOS.map((caso) => [caso.nombre, caso] as const))('%s is accepted', (_, caso) => {
    caso.cambiar(copia);
    const { problemas, conteos, conErrores } = validateContent({ carpetas: copia.carpetas, hoy: HOY });
    expect(problemas.map(formatProblem)).toEqual([]);
    expect(conErrores).toEqual({});
    expect(conteos).toMatchObject({ sesiones: 12, compromisos: 9, encuestas: 2 });
  });
});

describe('the reference date', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is FECHA_DE_REFERENCIA when no date is given, so a held session after it is an error', () => {
    vi.stubEnv('FECHA_DE_REFERENCIA', '2022-12-15');
    const lineas = validateContent({ carpetas: copia.carpetas }).problemas.map(formatProblem);
    expect(lineas).toContainEqual(
      expect.stringMatching(/sesiones\/stl-2022-12-16\.md:7:8 — fecha: la sesión está marcada como celebrada pero su fecha \(2022-12-16\) es futura/),
    );
    vi.stubEnv('FECHA_DE_REFERENCIA', '2022-12-16');
    expect(validateContent({ carpetas: copia.carpetas }).problemas.map(formatProblem)).toEqual([]);
  });
});

describe('records with errors', () => {
  it('are counted apart, not silently left out', () => {
    copia.reemplazar('content/sesiones/stl-2022-12-16.md', 'fecha: 2022-12-16', 'fecha: 2022-12-32');
    const { conteos, conErrores } = validateContent({ carpetas: copia.carpetas, hoy: HOY });
    expect(conteos.sesiones).toBe(11);
    expect(conErrores).toEqual({ sesiones: 1 });
  });
});

describe('GitHub annotations', () => {
  it('put the message on the file, line and column of the pull request', () => {
    const linea = formatGithubAnnotation({
      archivo: 'content/sesiones/x.md',
      linea: 7,
      columna: 8,
      campo: 'fecha',
      mensaje: 'se esperaba una fecha, p. ej.: 2022-12-16',
      nivel: 'error',
    });
    expect(linea).toBe('::error file=content/sesiones/x.md,line=7,col=8,title=fecha::se esperaba una fecha, p. ej.: 2022-12-16');
    expect(formatGithubAnnotation({ archivo: 'a.csv', mensaje: 'aviso\nsegunda línea', nivel: 'aviso' })).toBe('::warning file=a.csv::aviso%0Asegunda línea');
  });
});
