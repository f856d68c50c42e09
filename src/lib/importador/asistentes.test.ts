import { describe, expect, it } from 'vitest';
import { attendancePassage, attendeesFromList, attendeesFromParagraph, attendeesFromTable, splitRepresentation } from './asistentes.ts';
import { CATALOGOS } from './pruebas/catalogos-de-prueba.ts';

const resumen = (lista: ReturnType<typeof attendeesFromList>) =>
  lista.map(({ persona, nueva, cargo, representacion, institucion, invitado }) => ({ persona, nueva, cargo, representacion, institucion, invitado }));

describe('attendees from a list', () => {
  it('reads «Nombre, Cargo;» lines, matches recorded people and proposes new ids', () => {
    const lista = attendeesFromList(
      [
        '· Lilibeth Álvarez Rodríguez, Jefa de la Unidad de Transparencia IEEM;',
        '· Mtra. Rosa María Gil Ortega, Directora de Archivo, Infoem.',
        'Cargo que sigue en otra línea',
      ],
      CATALOGOS,
    );
    expect(resumen(lista)).toEqual([
      {
        persona: 'lilibeth-alvarez-rodriguez',
        nueva: false,
        cargo: 'Jefa de la Unidad de Transparencia IEEM',
        representacion: undefined,
        institucion: 'ieem',
        invitado: undefined,
      },
      {
        persona: 'rosa-maria-gil-ortega',
        nueva: true,
        cargo: 'Directora de Archivo, Infoem. Cargo que sigue en otra línea',
        representacion: undefined,
        institucion: 'infoem',
        invitado: undefined,
      },
    ]);
  });
});

describe('attendees from a table', () => {
  it('maps the columns by their headings', () => {
    const lista = attendeesFromTable(
      [
        'Nombre\tCargo\tRepresentación\tInstitución',
        'Sharon C. Morales Martínez\tComisionada\tInvitada permanente\tInfoem',
        'Pedro Luna Soto\tVocal\t\tColegio de Notarios',
      ],
      CATALOGOS,
    );
    expect(lista.map((a) => [a.persona, a.cargo, a.representacion, a.institucion, a.institucionImpresa])).toEqual([
      ['sharon-morales-martinez', 'Comisionada', 'Invitada permanente', 'infoem', undefined],
      ['pedro-luna-soto', 'Vocal', undefined, undefined, 'Colegio de Notarios'],
    ]);
  });
});

describe('attendees from the opening paragraph', () => {
  it('reads posts printed after the name, with their representation', () => {
    const parrafo =
      'se encuentran reunidos, estando presentes: José Martínez Vilchis, Comisionado Presidente del Infoem y Representante Titular de Órgano Garante, Lilibeth Álvarez Rodríguez, Titular de la Unidad de Transparencia, en Representación del Suplente de los Entes Públicos; Ernesto Vega Lara Facilitador Titular, con la finalidad de desahogar';
    const pasaje = attendancePassage(parrafo);
    expect(pasaje?.startsWith('José')).toBe(true);
    expect(resumen(attendeesFromParagraph(pasaje!, CATALOGOS))).toEqual([
      {
        persona: 'jose-martinez-vilchis',
        nueva: false,
        cargo: 'Comisionado Presidente del Infoem',
        representacion: 'Representante Titular de Órgano Garante',
        institucion: 'infoem',
        invitado: undefined,
      },
      {
        persona: 'lilibeth-alvarez-rodriguez',
        nueva: false,
        cargo: 'Titular de la Unidad de Transparencia',
        representacion: 'En Representación del Suplente de los Entes Públicos',
        institucion: undefined,
        invitado: undefined,
      },
      { persona: 'ernesto-vega-lara', nueva: true, cargo: 'Facilitador Titular', representacion: undefined, institucion: undefined, invitado: undefined },
    ]);
  });

  it('reads posts printed before the name, guests and «todos de este Instituto»', () => {
    const pasaje =
      'el Comisionado Coordinador de la Comisión, Ernesto Vega Lara; el Comisionado Presidente, José Martínez Vilchis, la Comisionada Sharon Morales Martínez, la Comisionada Rosa María Gil Ortega, ambas invitadas permanentes y Lilibeth Álvarez Rodríguez, Secretaria Técnica de la Comisión, todos de este Instituto';
    expect(resumen(attendeesFromParagraph(pasaje, CATALOGOS, 'infoem'))).toEqual([
      {
        persona: 'ernesto-vega-lara',
        nueva: true,
        cargo: 'Comisionado Coordinador de la Comisión',
        representacion: undefined,
        institucion: 'infoem',
        invitado: undefined,
      },
      {
        persona: 'jose-martinez-vilchis',
        nueva: false,
        cargo: 'Comisionado Presidente',
        representacion: undefined,
        institucion: 'infoem',
        invitado: undefined,
      },
      { persona: 'sharon-morales-martinez', nueva: false, cargo: 'Comisionada', representacion: undefined, institucion: 'infoem', invitado: true },
      { persona: 'rosa-maria-gil-ortega', nueva: true, cargo: 'Comisionada', representacion: undefined, institucion: 'infoem', invitado: true },
      {
        persona: 'lilibeth-alvarez-rodriguez',
        nueva: false,
        cargo: 'Secretaria Técnica de la Comisión',
        representacion: undefined,
        institucion: 'infoem',
        invitado: undefined,
      },
    ]);
  });

  it('splits the representation only after a post', () => {
    expect(splitRepresentation('Representante Titular de la Sociedad Civil')).toEqual({ cargo: 'Representante Titular de la Sociedad Civil' });
    expect(splitRepresentation('Jefe de Unidad en representación del Secretario')).toEqual({
      cargo: 'Jefe de Unidad',
      representacion: 'En representación del Secretario',
    });
  });
});
