import { describe, expect, it } from 'vitest';
import { checkDate, ErrorDeUso, parseArgs } from './argumentos.ts';

describe('the command line of nuevo', () => {
  it('reads the kind and the options, in both spellings, with `_` for `-`', () => {
    expect(parseArgs(['sesion', '--organo', 'stl', '--fecha=2023-02-24', '--presentado-por', 'ana'])).toEqual({
      tipo: 'sesion',
      flags: { organo: 'stl', fecha: '2023-02-24', presentado_por: 'ana' },
    });
  });

  it('takes the kind with accents or capitals as the same kind', () => {
    expect(parseArgs(['Sesión']).tipo).toBe('sesion');
    expect(parseArgs(['ENCUESTA']).tipo).toBe('encuesta');
  });

  it('keeps a value that holds `=` or spaces whole, and an empty one written with `=`', () => {
    expect(parseArgs(['compromiso', '--titulo=Datos = abiertos', '--plan', 'Primer plan']).flags).toEqual({ titulo: 'Datos = abiertos', plan: 'Primer plan' });
    expect(parseArgs(['evento', '--organo=']).flags).toEqual({ organo: '' });
  });

  it('has no kind when called without arguments', () => {
    expect(parseArgs([])).toEqual({ tipo: undefined, flags: {} });
  });

  it('refuses, in Spanish, what is not an option and an option without its value', () => {
    expect(() => parseArgs(['sesion', 'stl'])).toThrow(new ErrorDeUso('No entiendo «stl»: escriba las opciones como --campo valor.'));
    expect(() => parseArgs(['sesion', '--organo'])).toThrow(new ErrorDeUso('Falta el valor de --organo.'));
    expect(() => parseArgs(['sesion', '-o', 'stl'])).toThrow(ErrorDeUso);
  });

  it('accepts only dates written AAAA-MM-DD, naming the option', () => {
    expect(checkDate('2023-02-24', 'fecha')).toBe('2023-02-24');
    expect(() => checkDate('24/02/2023', 'fecha')).toThrow(new ErrorDeUso('--fecha debe ser una fecha AAAA-MM-DD (recibí «24/02/2023»).'));
    expect(() => checkDate('2023-2-24', 'fechas')).toThrow(/^--fechas debe ser/);
  });
});
