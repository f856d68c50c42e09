import { describe, expect, test } from 'vitest';
import { ErrorConInforme, reportOf } from './informe.ts';

describe('reportOf', () => {
  test('gives the report of an ErrorConInforme and of its subclasses', () => {
    class ErrorDePrueba extends ErrorConInforme {}
    expect(reportOf(new ErrorConInforme('Los datos no coinciden.'))).toBe('Los datos no coinciden.');
    expect(reportOf(new ErrorDePrueba('Otra razón.'))).toBe('Otra razón.');
  });

  test('recognises one thrown by another copy of the module, by its name and report', () => {
    const deOtraCopia = Object.assign(new Error('x'), { name: 'ErrorConInforme', informe: 'Informe completo.' });
    expect(reportOf(deOtraCopia)).toBe('Informe completo.');
  });

  test('other errors and values have no report', () => {
    expect(reportOf(new Error('fallo'))).toBeUndefined();
    expect(reportOf(Object.assign(new Error('x'), { name: 'ErrorConInforme' }))).toBeUndefined();
    expect(reportOf('ErrorConInforme')).toBeUndefined();
    expect(reportOf(undefined)).toBeUndefined();
  });
});
