/**
 * Exports as the form tools write them load unmodified: KoboToolbox (codes, a space between the
 * options chosen, group paths, metadata columns) and Microsoft Forms; personal data in any column,
 * ignored ones included, stops the survey with file, row and column.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  FORMS_CODEBOOK,
  formsDescription,
  formsExport,
  koboCodebook,
  koboDescription,
  koboExport,
  surveyFolder,
} from '../../../tests/soporte/exportaciones.ts';
import { formatProblem } from '../lectura/problema.ts';
import { readMunicipalities } from './carpetas.ts';
import { surveyDatasets } from './conjuntos.ts';
import { processSurvey } from './procesar.ts';

const municipios = readMunicipalities('data');
let borrar = () => {};
afterEach(() => borrar());

function process(archivos: Record<string, string>) {
  const carpeta = surveyFolder(archivos);
  borrar = carpeta.borrar;
  return processSurvey(carpeta.carpeta, { raiz: carpeta.raiz, municipios, umbral: 5 });
}
const kobo = (cambios: Partial<Record<'encuesta.yaml' | 'preguntas.csv' | 'respuestas.csv', string>> = {}) =>
  process({ 'encuesta.yaml': koboDescription(), 'preguntas.csv': koboCodebook(), 'respuestas.csv': koboExport(), ...cambios });
const RESPUESTAS = 'data/encuestas/consulta-kobo-2024/respuestas.csv';

describe('a KoboToolbox export', () => {
  it('loads unmodified and publishes labels, not codes', () => {
    const procesada = kobo();
    expect(procesada.problemas.map(formatProblem)).toEqual([]);
    const r = procesada.resultados!;
    expect(r.respuestas).toBe(11);
    expect(r.publicables).toEqual(['15054', '15106']);
    const porId = Object.fromEntries(r.preguntas.map((p) => [p.id, p]));
    expect(porId['conoce-cabildo'].estado.opciones.map((o) => [o.etiqueta, o.conteo])).toEqual([
      ['Sí', 6],
      ['No', 3],
      ['No recuerda', 2],
    ]);
    expect(porId.medios.estado.n).toBe(10);
    expect(porId.medios.estado.opciones.map((o) => [o.etiqueta, o.conteo])).toEqual([
      ['Página web', 5],
      ['Redes sociales', 5],
      ['En línea', 5],
    ]);
    expect(porId.medios.municipios['15054'].opciones.map((o) => o.conteo)).toEqual([2, 3, 3]);
    expect(porId.sesiones.estado).toMatchObject({ n: 11, media: 1.82, mediana: 1 });
    const publicado = JSON.stringify(r);
    for (const codigo of ['no_recuerda', 'en_linea', 'pagina_web', '_uuid', '_submission_time', '__version__']) expect(publicado).not.toContain(codigo);
  });

  it('shows option counts of 1 to 4 inside a published municipality: the anonymised table already holds them', () => {
    const procesada = kobo();
    const metepec = procesada.resultados!.preguntas.find((p) => p.id === 'conoce-cabildo')!.municipios['15054'];
    expect(metepec).toMatchObject({ n: 5, suprimido: false });
    expect(metepec.opciones.map((o) => [o.etiqueta, o.conteo])).toEqual([
      ['Sí', 3],
      ['No', 1],
      ['No recuerda', 1],
    ]);
    const filas = surveyDatasets(procesada, municipios).find((c) => c.nombre === 'respuestas')!.filas;
    const deMetepec = filas.filter((f) => f.cvegeo === '15054');
    expect(deMetepec).toHaveLength(5);
    expect(deMetepec.filter((f) => f['conoce-cabildo'] === 'No recuerda')).toHaveLength(1);
  });

  it('takes the space delimiter written as a quoted space too', () => {
    const procesada = kobo({ 'preguntas.csv': koboCodebook('" "') });
    expect(procesada.problemas).toEqual([]);
    expect(procesada.preguntas.find((p) => p.id === 'medios')?.delimitador).toBe(' ');
  });

  it('names a code the codebook does not list, with the accepted codes', () => {
    const procesada = kobo({ 'respuestas.csv': koboExport((f, i) => i === 3 && (f['datos_generales/medios'] = 'pagina_web television')) });
    expect(procesada.problemas.map(formatProblem)).toEqual([
      `${RESPUESTAS}:5:5 — datos_generales/medios: «television» no es una opción de la pregunta «medios» (opciones: «Página web», «Redes sociales», «En línea»; códigos: «pagina_web», «redes_sociales», «en_linea»; las opciones elegidas se separan con un espacio)`,
    ]);
  });

  it('refuses codes that do not pair with the options', () => {
    const procesada = kobo({ 'preguntas.csv': koboCodebook().replace('si|no|no_recuerda', 'si|no') });
    expect(procesada.problemas.map(formatProblem)).toEqual([
      'data/encuestas/consulta-kobo-2024/preguntas.csv:2:7 — codigos: hay 2 códigos y 3 opciones: escriba un código por opción, en el mismo orden',
    ]);
  });

  it('still trims other cells: a blank made of spaces is no answer', () => {
    const procesada = kobo({ 'respuestas.csv': koboExport((f, i) => i === 0 && (f['opinion/sesiones'] = '   ')) });
    expect(procesada.problemas).toEqual([]);
    expect(procesada.resultados?.preguntas.find((p) => p.id === 'sesiones')?.estado.n).toBe(10);
  });
});

describe('personal data in any column of the export', () => {
  const forms = (cambiar: Parameters<typeof formsExport>[0]) =>
    process({ 'encuesta.yaml': formsDescription(), 'preguntas.csv': FORMS_CODEBOOK, 'respuestas.csv': formsExport(cambiar) }).problemas.map(formatProblem);
  const FORMS = RESPUESTAS;
  const ignorada = ' (aunque la columna esté en «columnas_ignoradas», la exportación se publica en el repositorio)';
  const quitar = 'quite el dato personal de la exportación (p. ej. sustitúyalo por «[dato personal eliminado]») antes de publicarla';

  it('an anonymous Forms export passes', () => {
    expect(forms(() => {})).toEqual([]);
  });

  it('an e-mail and a name in ignored columns stop it, with row and column', () => {
    expect(
      forms((f, i) => {
        if (i === 2) f['Correo electrónico'] = 'juana.perez@correo.mx';
        if (i >= 4) f.Nombre = 'Juana Pérez';
      }),
    ).toEqual([
      `${FORMS}:4:4 — Correo electrónico: la respuesta contiene un correo electrónico (jua…@…): ${quitar}${ignorada}`,
      `${FORMS}:6:5 — Nombre: la respuesta contiene nombres de personas (y en 2 filas más de esta columna): ${quitar}${ignorada}`,
    ]);
  });

  it('a phone, a CURP and an RFC anywhere are found by their shape', () => {
    expect(
      forms((f, i) => {
        if (i === 0) f['Teléfono de contacto'] = '722 123 4567';
        if (i === 1) f['Observaciones internas'] = 'CURP GODE561231HDFRRN09';
        if (i === 6) f['Observaciones internas'] = 'RFC GODE561231GR8';
      }),
    ).toEqual([
      `${FORMS}:2:8 — Teléfono de contacto: la respuesta contiene un número de teléfono (72…67): ${quitar}${ignorada}`,
      `${FORMS}:3:9 — Observaciones internas: la respuesta contiene una CURP (GO…09) (y en 1 fila más de esta columna): ${quitar}${ignorada}`,
    ]);
  });
});
