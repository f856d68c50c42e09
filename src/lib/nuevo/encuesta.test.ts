import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCsv } from '../csv/leer-csv.ts';
import { draftCodebook, labelFromCode, surveyFiles } from './encuesta.ts';

const EXPORTACION = [
  'Marca temporal,Municipio,Correo electrónico,¿Conoce el cabildo abierto?,Califique la transparencia (1 a 5),¿Qué medios usa?,Sesiones a las que asistió,Comentarios',
  '2024/03/01 10:00,Toluca,a@b.mx,Sí,4,Página web;Redes sociales,3,Muy bien',
  '2024/03/01 11:00,Metepec,,No,2,Redes sociales,0,',
  '2024/03/02 09:00,Toluca,,Sí,5,Página web,12,Falta información',
  '2024/03/02 12:00,Lerma,,No sé,3,Radio;Página web,25,',
].join('\n');

describe('codebook draft from a form export', () => {
  const libro = draftCodebook(EXPORTACION);

  it('finds the municipality column and leaves out timestamps and e-mails', () => {
    expect(libro.columnaMunicipio).toBe('Municipio');
    expect(libro.ignoradas).toEqual(['Marca temporal', 'Correo electrónico']);
    expect(libro.respuestas).toBe(4);
  });

  it('guesses each question’s type and options from the answers', () => {
    const porColumna = Object.fromEntries(libro.preguntas.map((p) => [p.columna, p]));
    expect(porColumna['¿Conoce el cabildo abierto?']).toMatchObject({ tipo: 'opcion-unica', opciones: 'Sí|No|No sé' });
    expect(porColumna['Califique la transparencia (1 a 5)']).toMatchObject({ tipo: 'escala', opciones: '1|2|3|4|5' });
    expect(porColumna['¿Qué medios usa?']).toMatchObject({ tipo: 'opcion-multiple', opciones: 'Página web|Redes sociales|Radio', delimitador: ';' });
    expect(porColumna['Sesiones a las que asistió']).toMatchObject({ tipo: 'numero' });
    expect(porColumna['Comentarios']).toMatchObject({ tipo: 'texto-libre' });
    expect(new Set(libro.preguntas.map((p) => p.pregunta_id)).size).toBe(libro.preguntas.length);
  });

  it('writes encuesta.yaml and preguntas.csv that read back', () => {
    const { archivos } = surveyFiles({ id: 'x', titulo: 'Consulta 2024', institucion: 'Infoem', anio: 2024, exportacion: EXPORTACION });
    const encuesta = parseYaml(archivos.get('encuesta.yaml')!);
    expect(encuesta).toMatchObject({
      titulo: 'Consulta 2024',
      anio: 2024,
      columna_municipio: 'Municipio',
      columnas_ignoradas: ['Marca temporal', 'Correo electrónico'],
    });
    // Whether the answers are real is never assumed.
    expect(encuesta.sintetico).toMatch(/^PENDIENTE: /);
    const preguntas = parseCsv(archivos.get('preguntas.csv')!);
    expect(preguntas.problemas).toEqual([]);
    expect(preguntas.filas).toHaveLength(5);
  });
});

describe('survey year and codes', () => {
  it('proposes the year only when every response says the same one', () => {
    expect(draftCodebook(EXPORTACION).anio).toBe(2024);
    expect(draftCodebook('Hora de inicio,Municipio,P\n3/1/24 10:00:00,Toluca,Sí\n3/2/24 11:00:00,Toluca,No\n').anio).toBe(2024);
    expect(draftCodebook('Marca temporal,Municipio,P\n2023/12/31 10:00,Toluca,Sí\n2024/01/02 11:00,Toluca,No\n').anio).toBeUndefined();
    expect(draftCodebook('Municipio,P\nToluca,Sí\nToluca,No\n').anio).toBeUndefined();
    const { archivos } = surveyFiles({ id: 'x', titulo: 'X', institucion: 'Infoem', exportacion: 'Municipio,P\nToluca,Sí\nToluca,No\n' });
    expect(parseYaml(archivos.get('encuesta.yaml')!).anio).toMatch(/^PENDIENTE: /);
  });

  it('proposes labels from codes, for review', () => {
    expect(labelFromCode('no_recuerda')).toBe('No recuerda');
  });
});
