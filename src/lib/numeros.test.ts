import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatRounded } from './numeros.ts';

describe('formatRounded', () => {
  it('groups thousands and keeps up to three decimals by default, like toLocaleString', () => {
    expect(formatRounded(1234567.8912)).toBe('1,234,567.891');
    expect(formatRounded(1234567.8912)).toBe((1234567.8912).toLocaleString('es-MX'));
    expect(formatRounded(7)).toBe('7');
  });

  it('rounds to the decimals asked for', () => {
    expect(formatRounded(3.14159, 2)).toBe('3.14');
    expect(formatRounded(2.5, 0)).toBe('3');
  });
});

describe('formatPercent', () => {
  it('prints one fixed decimal and a spaced sign by default', () => {
    expect(formatPercent(40)).toBe('40.0 %');
    expect(formatPercent(12.345)).toBe('12.3 %');
  });

  it('drops trailing zeros when the decimals are not fixed', () => {
    expect(formatPercent(40, { fijos: false })).toBe('40 %');
    expect(formatPercent(33.333, { fijos: false })).toBe('33.3 %');
  });

  it('reuses its formatter without mixing option sets', () => {
    expect([formatPercent(1), formatPercent(1, { fijos: false }), formatPercent(1, { decimales: 2 })]).toEqual(['1.0 %', '1 %', '1.00 %']);
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps every decimal as written', () => {
    expect(formatNumber(113000)).toBe('113,000');
    expect(formatNumber(1234.5678)).toBe('1,234.5678');
    expect(formatNumber(12)).toBe('12');
  });
});
