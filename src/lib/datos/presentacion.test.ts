import { describe, expect, it } from 'vitest';
import { CONJUNTO } from './conjuntos.ts';
import { citation, describeConstraints, formatSize, previewCell } from './presentacion.ts';
import type { ConjuntoPublicado } from './publicacion.ts';

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

describe('citation', () => {
  const editor = { nombre: 'Sitio', institucion: { siglas: 'Inst', nombre: 'Instituto' } };
  const base = { conjunto: { titulo: 'Acuerdos' }, url: 'https://x.mx/datos/acuerdos/' } as unknown as ConjuntoPublicado;
  it('names the version from the history when there is one', () => {
    const p = { ...base, version: { version: '2025-03-01', notas: '', cambios: '' } };
    expect(citation(p, editor, '2026-11-21')).toBe(
      'Instituto (Inst) (2025). Acuerdos [conjunto de datos]. Sitio. Versión 2025-03-01. https://x.mx/datos/acuerdos/',
    );
  });
  it('names the date of the files, not a version, without history', () => {
    expect(citation(base, editor, '2026-11-21')).toBe(
      'Instituto (Inst) (2026). Acuerdos [conjunto de datos]. Sitio. Archivos del 21 de noviembre de 2026. https://x.mx/datos/acuerdos/',
    );
  });
});
