import { describe, expect, it } from 'vitest';
import { finishAgreements, keyedAgreements, numberedAgreements, ordinalAgreements } from './acuerdos.ts';
import { agendaFrom } from './orden.ts';

describe('agreements with printed keys', () => {
  const lineas = [
    'No habiendo comentarios, se emitió el siguiente acuerdo:',
    'CT/ORD/IV/1/2023\tSe aprueba por unanimidad el orden del día.',
    '',
    'Se votó por mayoría el siguiente acuerdo:',
    'CT/ORD/IV/2/2023',
    '',
    'Se aprueba el acta de la sesión anterior.',
    '',
    '| CT/ORD/IV/2/2023 | Se aprueba el calendario 2024. |',
    'CT/ORD/III/3/2023 - Se aprueba por unanimidad',
    'el informe.',
    '',
    'Mediante el oficio CT/DG/019/2023 de fecha…',
  ];
  const acuerdos = finishAgreements(keyedAgreements(lineas), 'ct-2023-05-04', lineas);

  it('reads the key and its text beside, below or in a table cell; an oficio mid-sentence is not a key', () => {
    expect(acuerdos.map((a) => [a.clave, a.texto])).toEqual([
      ['CT/ORD/IV/1/2023', 'Se aprueba por unanimidad el orden del día.'],
      ['CT/ORD/IV/2/2023', 'Se aprueba el acta de la sesión anterior.'],
      ['CT/ORD/IV/2/2023', 'Se aprueba el calendario 2024.'],
      ['CT/ORD/III/3/2023', 'Se aprueba por unanimidad el informe.'],
    ]);
  });

  it('keeps a repeated key with its own id and a note, and flags a key off the pattern', () => {
    expect(acuerdos.map((a) => a.id)).toEqual(['ct-ord-iv-1-2023', 'ct-ord-iv-2-2023', 'ct-ord-iv-2-2023-bis', 'ct-ord-iii-3-2023']);
    expect(acuerdos[2].nota).toContain('más de una vez');
    expect(acuerdos.map((a) => Boolean(a.revisar))).toEqual([false, false, false, true]);
  });

  it('takes the vote from the text or the sentence that announces it, never from a neighbour', () => {
    expect(acuerdos.map((a) => a.votacion)).toEqual(['unanimidad', 'mayoria', 'sin-votacion', 'unanimidad']);
  });
});

describe('agreements without keys', () => {
  it('reads «PRIMERO.–» agreements with their continuation lines', () => {
    const lineas = [
      'PRIMERO.– Se aprueba por unanimidad el orden del día.',
      'SEGUNDO. - Se instruye publicar',
      'la versión pública.',
      '',
      'DÉCIMO PRIMERO: Se cierra.',
    ];
    const acuerdos = finishAgreements(ordinalAgreements(lineas), 'ct-2023-05-04', lineas);
    expect(acuerdos.map((a) => [a.id, a.clave, a.texto])).toEqual([
      ['ct-2023-05-04-primero', undefined, 'Se aprueba por unanimidad el orden del día.'],
      ['ct-2023-05-04-segundo', undefined, 'Se instruye publicar la versión pública.'],
      ['ct-2023-05-04-decimo-primero', undefined, 'Se cierra.'],
    ]);
  });

  it('reads numbered agreements of an «ACUERDOS» section', () => {
    const acuerdos = finishAgreements(numberedAgreements(['I. Realizar la mesa.', 'II. Proponer fechas', 'tentativas.']), 'go-2020-06-10', []);
    expect(acuerdos.map((a) => [a.id, a.texto])).toEqual([
      ['go-2020-06-10-i', 'Realizar la mesa.'],
      ['go-2020-06-10-ii', 'Proponer fechas tentativas.'],
    ]);
  });
});

describe('agenda', () => {
  it('takes consecutive items and stops where the development numbers again', () => {
    const lineas = [
      '',
      '- I. Lista de asistencia;',
      'II. Aprobación del orden',
      'del día;',
      '',
      'III. Asuntos Generales, y',
      'IV. Clausura.',
      '',
      'I.- El Facilitador pasó lista.',
    ];
    expect(agendaFrom(lineas)).toEqual([
      { numero: 'I', texto: 'Lista de asistencia' },
      { numero: 'II', texto: 'Aprobación del orden del día' },
      { numero: 'III', texto: 'Asuntos Generales' },
      { numero: 'IV', texto: 'Clausura' },
    ]);
  });
});
