import { describe, expect, it } from 'vitest';
import { CONJUNTO } from './conjuntos.ts';
import { describeConstraints, formatSize, previewCell } from './presentacion.ts';

describe('presentación', () => {
  it('formats sizes', () => {
    expect(formatSize(812)).toBe('812 bytes');
    expect(formatSize(30_228)).toBe('30.2 kB');
    expect(formatSize(1_250_000)).toBe('1.3 MB');
  });

  it('shortens preview cells and joins lists', () => {
    expect(previewCell(null)).toBe('');
    expect(previewCell(['a', 'b'])).toBe('a; b');
    expect(previewCell('x'.repeat(200), 10)).toBe('xxxxxxxxx…');
    expect(previewCell(-2.5)).toBe('-2.5');
  });

  it('describes constraints in Spanish', () => {
    const acuerdos = CONJUNTO.get('acuerdos')!;
    const sesion = acuerdos.campos.find((c) => c.nombre === 'sesion')!;
    expect(describeConstraints(sesion, acuerdos)).toEqual(['obligatorio', 'referencia a «sesiones» (id)']);
  });
});
