import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { failureMessages, indexingProblem, indexingSummary, removeBundle, reuseSummary, unmarkedTemplateWarning } from './informe.ts';

describe('indexing report', () => {
  test('errors from Pagefind are listed, one per line, in singular or plural', () => {
    expect(indexingProblem({ paginas: 0, errores: ['/sesiones/a/: página inválida'] })).toBe('Pagefind informó un error:\n  - /sesiones/a/: página inválida');
    expect(indexingProblem({ paginas: 0, errores: ['/a/: x', '/b/: y'] })).toBe('Pagefind informó 2 errores:\n  - /a/: x\n  - /b/: y');
  });

  test('an index without pages cannot be published; one with pages and no errors can', () => {
    expect(indexingProblem({ paginas: 0, errores: [] })).toMatch(/^No se indexó ninguna página/);
    expect(indexingProblem({ paginas: 12, errores: [] })).toBeUndefined();
  });

  test('the build says what failed and that it stopped, in Spanish', () => {
    expect(failureMessages('Pagefind falló: sin memoria')).toEqual([
      'No se pudo crear el índice de búsqueda del sitio. Pagefind falló: sin memoria',
      'La construcción se detuvo: un sitio sin búsqueda no debe publicarse. Revise el mensaje anterior y vuelva a construir el sitio.',
    ]);
    expect(indexingSummary({ paginas: 140, errores: [] }, '0.4')).toBe(
      'Índice de búsqueda: 140 páginas indexadas en español (terminado 0.4 s después de las páginas), en pagefind/.',
    );
    expect(unmarkedTemplateWarning('src/pages/x.astro')).toMatch(/^src\/pages\/x\.astro da páginas de registro, pero su archivo no tiene «data-pagefind-body»/);
  });

  test('a reused index says how many parts were copied and how many indexed during the generation', () => {
    expect(reuseSummary(3, 0, 0)).toBe('Índice de búsqueda: 3 de 3 partes sin cambios, copiadas de la construcción anterior.');
    expect(reuseSummary(3, 2, 1)).toBe(
      'Índice de búsqueda: 1 de 3 partes sin cambios, copiadas de la construcción anterior; con cambios, 2: 1 indexada mientras se generaba el resto del sitio.',
    );
    expect(reuseSummary(2, 2, 2)).toMatch(/con cambios, 2: 2 indexadas mientras/);
    expect(reuseSummary(3, 2, 1, 1)).toBe(
      'Índice de búsqueda: 1 de 3 partes sin cambios, copiadas de la construcción anterior; con cambios, 2: 1 indexada mientras se generaba el resto del sitio (1 empezada antes de generar, con las páginas de la construcción anterior).',
    );
    expect(reuseSummary(3, 3, 2, 2)).toMatch(/\(2 empezadas antes de generar/);
  });

  test('an incomplete bundle is removed, and the rest of the output kept', () => {
    const salida = fs.mkdtempSync(path.join(os.tmpdir(), 'indice-'));
    try {
      fs.mkdirSync(path.join(salida, 'pagefind', 'fragment'), { recursive: true });
      fs.writeFileSync(path.join(salida, 'index.html'), '');
      removeBundle(salida);
      expect(fs.readdirSync(salida)).toEqual(['index.html']);
      removeBundle(salida);
    } finally {
      fs.rmSync(salida, { recursive: true, force: true });
    }
  });
});
