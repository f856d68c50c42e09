/**
 * An agreement's `responsable` must name existing records, and its `plazo` cannot precede the
 * session that adopted it; messages name file, line and field in Spanish.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyContent, type CopiaDeContenido } from '../../../tests/soporte/copia-de-contenido.ts';
import { formatProblem } from '../lectura/problema.ts';
import { validateContent } from './validar-contenido.ts';

const ARCHIVO = 'content/sesiones/grupo-operativo-stl-2020-06-10.md';
let copia: CopiaDeContenido;
beforeEach(() => {
  copia = copyContent();
});
afterEach(() => copia.borrar());
const errores = () =>
  validateContent({ carpetas: copia.carpetas, hoy: '2026-11-21' })
    .problemas.filter((p) => p.nivel === 'error')
    .map(formatProblem);

describe('responsable and plazo of an agreement', () => {
  it('rejects an unknown institution or person', () => {
    copia.reemplazar(
      ARCHIVO,
      '      institucion: ieem\n      persona: lilibeth-alvarez-rodriguez\n  - id: grupo-operativo-stl-2020-06-10-iv',
      '      institucion: ieemm\n      persona: lilibeth-alvares\n  - id: grupo-operativo-stl-2020-06-10-iv',
    );
    const e = errores();
    expect(e).toContainEqual(
      expect.stringMatching(
        /grupo-operativo-stl-2020-06-10\.md:\d+:\d+ — acuerdos\[2\]\.responsable\.institucion: no existe una institución con el identificador «ieemm»/,
      ),
    );
    expect(e).toContainEqual(
      expect.stringMatching(
        /grupo-operativo-stl-2020-06-10\.md:\d+:\d+ — acuerdos\[2\]\.responsable\.persona: no existe una persona con el identificador «lilibeth-alvares»/,
      ),
    );
  });

  it('rejects an empty responsable', () => {
    copia.reemplazar(
      ARCHIVO,
      '      institucion: ieem\n      persona: lilibeth-alvarez-rodriguez\n  - id: grupo-operativo-stl-2020-06-10-iv',
      '      {}\n  - id: grupo-operativo-stl-2020-06-10-iv',
    );
    expect(errores()).toContainEqual(
      expect.stringMatching(/grupo-operativo-stl-2020-06-10\.md:\d+:\d+ — acuerdos\[2\]\.responsable: indique al menos «institucion» o «persona»/),
    );
  });

  it('rejects a deadline before the session that adopted the agreement', () => {
    copia.reemplazar(
      ARCHIVO,
      '      persona: lilibeth-alvarez-rodriguez\n  - id: grupo-operativo-stl-2020-06-10-iv',
      '      persona: lilibeth-alvarez-rodriguez\n    plazo: 2020-01-31\n  - id: grupo-operativo-stl-2020-06-10-iv',
    );
    expect(errores()).toContainEqual(
      expect.stringMatching(
        /grupo-operativo-stl-2020-06-10\.md:\d+:\d+ — acuerdos\[2\]\.plazo: el plazo \(2020-01-31\) es anterior a la sesión que adoptó el acuerdo \(2020-06-10\)/,
      ),
    );
  });

  it('accepts a deadline on or after the session', () => {
    copia.reemplazar(
      ARCHIVO,
      '      persona: lilibeth-alvarez-rodriguez\n  - id: grupo-operativo-stl-2020-06-10-iv',
      '      persona: lilibeth-alvarez-rodriguez\n    plazo: 2020-06-10\n  - id: grupo-operativo-stl-2020-06-10-iv',
    );
    expect(errores()).toEqual([]);
  });
});
