import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText } from '../documentos/texto-de-documento.ts';
import { extractSession, NoEsUnActa } from './extraer.ts';
import { CATALOGOS } from './pruebas/catalogos-de-prueba.ts';
import { makeDocx } from './pruebas/documentos-de-prueba.ts';

const acta = fs.readFileSync(path.join(import.meta.dirname, 'pruebas', 'acta-comite-en-tablas.txt'), 'utf8');

describe('an acta of another body and layout (attendees in a table, «PRIMERO.–» agreements)', () => {
  const borrador = extractSession(acta, CATALOGOS);
  const d = borrador.datos;

  it('proposes the body as printed, because it is not in the catalogue', () => {
    expect(borrador.organoNuevo).toEqual({
      id: 'comite-de-transparencia-del-ayuntamiento',
      nombre: 'Comité de Transparencia del Ayuntamiento de Villa Ejemplo',
    });
    expect(d.organo).toBe(borrador.organoNuevo?.id);
    expect(borrador.revisar.organo).toContain('no está en content/organos.yaml');
    expect(borrador.id).toBe('comite-de-transparencia-del-ayuntamiento-2023-03-03');
  });

  it('reads kind, number, date, times, place and convocation', () => {
    expect([d.tipo, d.numero, d.titulo, d.fecha, d.hora_inicio, d.hora_fin]).toEqual([
      'extraordinaria',
      2,
      'Segunda Sesión Extraordinaria',
      '2023-03-03',
      '13:30',
      '14:10',
    ]);
    expect([d.lugar, d.modalidad]).toEqual(['Sala de Cabildo del Palacio Municipal de Villa Ejemplo', 'presencial']);
    expect(d.convocatoria).toEqual({ oficio: 'CT/004/2023', fecha: '2023-03-01', convoca: undefined });
  });

  it('reads the attendees table, matching a recorded person and proposing the others', () => {
    expect(d.asistentes.map((a) => [a.persona, a.nueva, a.cargo, a.representacion, a.institucion])).toEqual([
      ['ana-laura-perez-gomez', true, 'Presidenta del Comité', 'Titular de la Unidad de Transparencia', undefined],
      ['lilibeth-alvarez-rodriguez', false, 'Vocal', 'En representación del IEEM', 'ieem'],
      ['tomas-ruiz-olvera', true, 'Secretario Técnico del Comité', undefined, undefined],
    ]);
  });

  it('reads the agenda and the agreements, with the agenda item they fall under', () => {
    expect(d.orden_del_dia.map((p) => p.numero)).toEqual(['1', '2', '3']);
    expect(d.acuerdos.map((a) => [a.id.replace(`${borrador.id}-`, ''), a.clave, a.punto, a.votacion])).toEqual([
      ['primero', undefined, '2', 'unanimidad'],
      ['segundo', undefined, '2', 'sin-votacion'],
    ]);
  });

  it('leaves noise out of the body and what it cannot find for review', () => {
    expect(borrador.cuerpo).not.toContain('Página 1 de 3');
    expect(borrador.cuerpo).not.toContain('signature');
    expect(d.seguimiento).toBeUndefined();
    expect(Object.keys(borrador.revisar).sort()).toEqual(['organo', 'resumen']);
  });
});

describe('a minuta with labelled sections', () => {
  const minuta = [
    'Minuta Reunión de Trabajo',
    'EVENTO',
    'Integrantes del Grupo Operativo STL.',
    'FECHA',
    '10 de junio de 2020 a las 17:00 horas.',
    'ASISTENTES',
    '· José Martínez Vilchis, Comisionado Presidente, Infoem;',
    'ACUERDOS',
    'I. Realizar la mesa de diálogo.',
    'REUNIÓN DE SEGUIMIENTO',
    '24 de febrero a las 10:00 hrs.',
  ].join('\n');
  const borrador = extractSession(minuta, CATALOGOS);

  it('finds the body by the parent body’s acronym, and leaves unknown fields for review', () => {
    expect([borrador.datos.organo, borrador.datos.tipo, borrador.datos.fecha, borrador.datos.hora_inicio]).toEqual([
      'grupo-operativo-stl',
      'reunion-de-trabajo',
      '2020-06-10',
      '17:00',
    ]);
    expect(borrador.datos.lugar).toBeUndefined();
    expect(borrador.datos.modalidad).toBeUndefined();
    expect(Object.keys(borrador.revisar).sort()).toEqual(['hora_fin', 'lugar', 'modalidad', 'orden_del_dia', 'resumen']);
    expect(borrador.datos.acuerdos.map((a) => [a.id, a.votacion])).toEqual([['grupo-operativo-stl-2020-06-10-i', 'sin-votacion']]);
  });

  it('completes the year of the next meeting and links it only to a session of the same body', () => {
    expect(borrador.datos.seguimiento).toEqual({ fecha: '2021-02-24', hora: '10:00', sesion: undefined });
  });
});

describe('keys in a Word table', () => {
  it('reads agreements whose key and text are two cells of a row', async () => {
    const docx = makeDocx([
      'ACTA DE LA PRIMERA SESIÓN ORDINARIA DE LA COMISIÓN DE GOBIERNO ABIERTO Y TRANSPARENCIA PROACTIVA',
      'Siendo las diez horas del día catorce de enero de dos mil veinticuatro, se encuentran reunidos a través de la plataforma Teams para celebrar la Primera Sesión Ordinaria de la Comisión de Gobierno Abierto y Transparencia Proactiva, estando presentes: José Martínez Vilchis, Comisionado Presidente, con la finalidad de desahogar el siguiente orden del día:',
      [
        ['Clave', 'Acuerdo'],
        ['INFOEM/CGAyTP/ORD/I/1/2024', 'Se aprueba por unanimidad el orden del día.'],
        ['INFOEM/CGAyTP/ORD/I/2/2024', 'Se aprueba el calendario.'],
      ],
    ]);
    const { texto } = await documentText(docx, 'acta.docx');
    const d = extractSession(texto, CATALOGOS).datos;
    expect([d.organo, d.numero, d.fecha, d.hora_inicio, d.lugar, d.modalidad]).toEqual(['cgatp', 1, '2024-01-14', '10:00', 'Plataforma Teams', 'virtual']);
    expect(d.asistentes.map((a) => [a.persona, a.cargo])).toEqual([['jose-martinez-vilchis', 'Comisionado Presidente']]);
    expect(d.acuerdos.map((a) => [a.id, a.clave, a.texto, a.votacion])).toEqual([
      ['infoem-cgaytp-ord-i-1-2024', 'INFOEM/CGAyTP/ORD/I/1/2024', 'Se aprueba por unanimidad el orden del día.', 'unanimidad'],
      ['infoem-cgaytp-ord-i-2-2024', 'INFOEM/CGAyTP/ORD/I/2/2024', 'Se aprueba el calendario.', 'sin-votacion'],
    ]);
  });
});

describe('a document that is not an acta', () => {
  it('is refused with a Spanish reason', () => {
    expect(() => extractSession('Lista de compras:\nleche\npan', CATALOGOS)).toThrow(NoEsUnActa);
    expect(() => extractSession('INFORME ANUAL\nTexto sin fechas ni acuerdos.', CATALOGOS)).toThrow(/no parece un acta/);
  });
});
