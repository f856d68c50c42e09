import { describe, expect, it } from 'vitest';
import { listNumberValue, parseCardinal, parseOrdinal, parseRoman } from './palabras.ts';

describe('Spanish number words', () => {
  it('reads cardinals in words or digits', () => {
    expect(parseCardinal('dieciséis')).toBe(16);
    expect(parseCardinal('veintiocho')).toBe(28);
    expect(parseCardinal('treinta y uno')).toBe(31);
    expect(parseCardinal('dos mil veintidós')).toBe(2022);
    expect(parseCardinal('mil novecientos noventa y nueve')).toBe(1999);
    expect(parseCardinal('cuarenta')).toBe(40);
    expect(parseCardinal('16')).toBe(16);
    expect(parseCardinal('dos veintidós')).toBeUndefined();
    expect(parseCardinal('octubre')).toBeUndefined();
  });

  it('reads ordinals as the minutes print them', () => {
    expect(parseOrdinal('Décimo Quinta')).toBe(15);
    expect(parseOrdinal('Decimoquinta')).toBe(15);
    expect(parseOrdinal('Tercera')).toBe(3);
    expect(parseOrdinal('Vigésimo Primera')).toBe(21);
    expect(parseOrdinal('1ra')).toBe(1);
    expect(parseOrdinal('4a')).toBe(4);
    expect(parseOrdinal('15.ª')).toBe(15);
    expect(parseOrdinal('Quinta Décima')).toBeUndefined();
  });

  it('reads Roman and Arabic list numbers', () => {
    expect(parseRoman('XV')).toBe(15);
    expect(parseRoman('IX')).toBe(9);
    expect(parseRoman('IIII')).toBeUndefined();
    expect(listNumberValue('VIII')).toBe(8);
    expect(listNumberValue('12')).toBe(12);
  });
});
