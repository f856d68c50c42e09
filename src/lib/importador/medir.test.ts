import { describe, expect, it } from 'vitest';
import { compareSession, summarize } from './medir.ts';

describe('accuracy of a draft against the hand-made file', () => {
  const esperado = {
    organo: 'stl',
    fecha: new Date('2022-12-16T00:00:00Z'),
    lugar: 'Plataforma Zoom',
    resumen: 'No se compara',
    asistentes: [
      { persona: 'ana', cargo: 'Vocal' },
      { persona: 'luis', cargo: 'Presidente', institucion: 'infoem' },
    ],
    acuerdos: [{ id: 'a-1', clave: 'A/1/2022', texto: 'Se aprueba.', votacion: 'unanimidad' }],
  };
  const obtenido = {
    organo: 'stl',
    fecha: '2022-12-16',
    modalidad: 'virtual',
    asistentes: [
      { persona: 'ana', cargo: 'Vocal' },
      { persona: 'pedro', cargo: 'Invitado' },
    ],
    acuerdos: [{ id: 'a-1', clave: 'A/1/2022', texto: 'Se  aprueba.', votacion: 'unanimidad' }],
  };
  const filas = compareSession(esperado, obtenido);
  const { porCampo, total } = summarize(filas);
  const de = (campo: string) => porCampo.find((m) => m.campo === campo)!;

  it('compares scalars, attendees by person and agreements by position, not editorial fields', () => {
    expect(filas.some((f) => f.campo === 'resumen')).toBe(false);
    expect(de('fecha')).toMatchObject({ exactos: 1, precision: 1, exhaustividad: 1 });
    expect(de('lugar')).toMatchObject({ exactos: 0, precision: undefined, exhaustividad: 0, inventados: 0 });
    expect(de('modalidad')).toMatchObject({ exactos: 0, precision: 0, inventados: 1 });
    expect(de('acuerdos.texto')).toMatchObject({ exactos: 1 });
  });

  it('counts a missed and an extra attendee in recall and precision', () => {
    expect(de('asistentes.persona')).toMatchObject({ total: 3, exactos: 1, precision: 0.5, exhaustividad: 0.5, inventados: 1 });
    expect(de('asistentes.institucion')).toMatchObject({ total: 3, exactos: 2, exhaustividad: 0 });
    expect(total.total).toBe(filas.length);
    expect(total.inventados).toBe(3);
  });
});
