import { describe, expect, it } from 'vitest';
import { pendingProposals, reviewMarks } from './revisar.ts';

describe('importer review marks', () => {
  it('reports each line that still holds a mark, with line and column', () => {
    const texto =
      'titulo: Sesión\nresumen: ""  # REVISAR: escriba el resumen\n# REVISAR: «lugar»: no lo encontré.\ntexto: REVISAR: sin comentario no es una marca';
    const problemas = reviewMarks('content/sesiones/x.md', texto);
    expect(problemas.map((p) => [p.linea, p.columna, p.nivel])).toEqual([
      [2, 14, 'error'],
      [3, 1, 'error'],
    ]);
    expect(problemas[0].mensaje).toContain('«REVISAR: escriba el resumen»');
  });

  it('refuses a proposals file left in the content', () => {
    expect(pendingProposals('content/sesiones/stl-2023-02-24.propuestas.yaml')?.mensaje).toContain('borre stl-2023-02-24.propuestas.yaml');
    expect(pendingProposals('content/sesiones/otra.yaml')).toBeUndefined();
  });
});
