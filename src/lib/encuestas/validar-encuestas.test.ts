/**
 * Bad survey input stops `validate` (and so the build) with a Spanish message naming file,
 * line (row), column and what is wrong. Each case breaks one thing in a copy of the real data.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyContent, type CopiaDeContenido } from '../../../tests/soporte/copia-de-contenido.ts';
import { formatProblem } from '../lectura/problema.ts';
import { validateContent } from '../validacion/validar-contenido.ts';
import { validateSurveys } from './validar-encuestas.ts';

const DEMO = 'data/encuestas/revision-ciudadana-apertura-municipal-2022-demostracion';
const RESPUESTAS = `${DEMO}/respuestas.csv`;
const REAL = 'data/encuestas/revision-ciudadana-apertura-municipal-2022/encuesta.yaml';
let copia: CopiaDeContenido;

beforeEach(() => {
  copia = copyContent();
});
afterEach(() => copia.borrar());

const errors = () =>
  validateSurveys(copia.carpetas)
    .problemas.filter((p) => p.nivel === 'error')
    .map(formatProblem);
/** 1-based line of the first line of respuestas.csv that contains `texto` (after the header). */
function lineWith(texto: string): number {
  return (
    copia
      .leer(RESPUESTAS)
      .split('\r\n')
      .findIndex((l, i) => i > 0 && l.includes(texto)) + 1
  );
}
/** Replaces `buscar` in the given line only. */
function replaceInLine(linea: number, buscar: string, por: string) {
  const lineas = copia.leer(RESPUESTAS).split('\r\n');
  if (!lineas[linea - 1].includes(buscar)) throw new Error(`«${buscar}» no está en la línea ${linea}`);
  lineas[linea - 1] = lineas[linea - 1].replace(buscar, por);
  copia.escribir(RESPUESTAS, lineas.join('\r\n'));
}

describe('the default surveys', () => {
  it('validate with no problems, and are counted by validateContent', () => {
    expect(validateSurveys(copia.carpetas).problemas).toEqual([]);
    expect(validateContent({ carpetas: copia.carpetas, hoy: '2026-11-21' }).conteos.encuestas).toBe(2);
  });

  it('accept the same export with a BOM and semicolons', () => {
    const filas = Papa.parse<string[]>(copia.leer(RESPUESTAS).trim()).data;
    copia.escribir(RESPUESTAS, `\uFEFF${Papa.unparse(filas, { delimiter: ';', newline: '\r\n' })}\r\n`);
    const { problemas, encuestas } = validateSurveys(copia.carpetas);
    expect(problemas).toEqual([]);
    expect(encuestas[1].resultados?.respuestas).toBe(200);
  });
});

describe('each kind of bad survey input names file, row, column and what is wrong', () => {
  it('unknown municipality, with a suggestion', () => {
    const linea = lineWith(',Jocotitlán,');
    replaceInLine(linea, ',Jocotitlán,', ',Jocotitlan,');
    expect(errors()).toEqual([
      `${RESPUESTAS}:${linea}:2 — Municipio: municipio desconocido «Jocotitlan»; ¿quiso decir Jocotitlán? (clave 15048). Escríbalo como en el catálogo del INEGI (data/municipios-edomex.csv) o, sin tocar la exportación, añada en encuesta.yaml «equivalencias_de_municipio: {"Jocotitlan": "15048"}»`,
    ]);
  });

  it('the same unknown municipality in several rows is reported once, with the count', () => {
    copia.escribir(RESPUESTAS, copia.leer(RESPUESTAS).replaceAll(',Jocotitlán,', ',Jocotitlan,'));
    expect(errors()).toEqual([expect.stringMatching(/— Municipio: municipio desconocido «Jocotitlan».* \(el mismo valor aparece en 7 filas más\)$/)]);
  });

  it('an equivalence in encuesta.yaml accepts the value without touching the export', () => {
    copia.escribir(RESPUESTAS, copia.leer(RESPUESTAS).replaceAll(',Jocotitlán,', ',Jocotitlan,'));
    copia.reemplazar(`${DEMO}/encuesta.yaml`, 'publicar_texto_libre: true', 'publicar_texto_libre: true\nequivalencias_de_municipio:\n  Jocotitlan: "15048"');
    expect(errors()).toEqual([]);
  });

  it('a column the codebook does not map, and a mapped column that is missing', () => {
    copia.reemplazar(RESPUESTAS, ',Comentarios o propuestas para su municipio\r\n', ',Comentarios\r\n');
    expect(errors()).toEqual([
      `${RESPUESTAS}:1:13 — Comentarios: esta columna no está descrita en preguntas.csv ni en «columnas_ignoradas» de encuesta.yaml: añada una fila al libro de códigos o ignórela`,
      `${RESPUESTAS}:1 — Comentarios o propuestas para su municipio: falta esta columna, que preguntas.csv (línea 12) asigna a la pregunta «comentarios»; el encabezado debe escribirse igual que en el libro de códigos`,
    ]);
  });

  it('a value outside the question’s options', () => {
    const linea = lineWith(',Cada semana,');
    replaceInLine(linea, ',Cada semana,', ',Diario,');
    expect(errors()).toEqual([
      `${RESPUESTAS}:${linea}:6 — ¿Con qué frecuencia consulta la página institucional de su municipio?: «Diario» no es una opción de la pregunta «consulta-pagina» (opciones: «Nunca», «Una o dos veces al año», «Cada mes», «Cada semana»)`,
    ]);
  });

  it('a file that is not UTF-8 (Latin-1 saved by Excel), with the fix explained', () => {
    const texto = copia.leer(RESPUESTAS);
    fs.writeFileSync(path.join(copia.carpetas.raiz, RESPUESTAS), Buffer.from(texto, 'latin1'));
    expect(errors()).toEqual([
      `${RESPUESTAS}:1:26 — el archivo no está en UTF-8 (parece Latin-1/Windows-1252, como lo guarda Excel con «CSV (delimitado por comas)»). Vuelva a descargar la exportación de la herramienta de formularios, o en Excel use «Guardar como» → «CSV UTF-8 (delimitado por comas)»; en LibreOffice, «Juego de caracteres: Unicode (UTF-8)»`,
    ]);
  });

  it('a ragged row', () => {
    const lineas = copia.leer(RESPUESTAS).split('\r\n');
    lineas[3] = lineas[3].slice(0, lineas[3].lastIndexOf(','));
    copia.escribir(RESPUESTAS, lineas.join('\r\n'));
    expect(errors()).toEqual([
      `${RESPUESTAS}:4 — la fila tiene 12 celdas y el encabezado 13 columnas (revise comas de más o de menos, o texto con comas sin comillas)`,
    ]);
  });

  it('an empty export, and one with only its header', () => {
    const encabezado = copia.leer(RESPUESTAS).split('\r\n')[0];
    copia.escribir(RESPUESTAS, '');
    expect(errors()).toEqual([`${RESPUESTAS}:1 — la exportación está vacía: se esperaba una fila de encabezados y una fila por respuesta`]);
    copia.escribir(RESPUESTAS, `${encabezado}\r\n`);
    expect(errors()).toEqual([`${RESPUESTAS}:2 — la exportación no tiene respuestas: solo tiene la fila de encabezados`]);
  });

  it.each([
    ['Escríbanme a juana.perez@correo.mx', 'un correo electrónico (jua…@…)'],
    ['Llámenme al 722 123 4567', 'un número de teléfono (72…67)'],
    ['Mi CURP es GODE561231HDFRRN09', 'una CURP (GO…09)'],
    ['Mi RFC: GODE561231GR8', 'un RFC (GO…R8)'],
  ])('personal data in a free-text answer: «%s»', (texto, dato) => {
    const linea = lineWith(',Publicar los datos en formatos abiertos.');
    replaceInLine(linea, 'Publicar los datos en formatos abiertos.', texto);
    expect(errors()).toEqual([
      `${RESPUESTAS}:${linea}:13 — Comentarios o propuestas para su municipio: la respuesta contiene ${dato}: quite el dato personal de la exportación (p. ej. sustitúyalo por «[dato personal eliminado]») antes de publicarla`,
    ]);
  });

  it('a codebook row with an unknown type and a missing delimiter', () => {
    copia.reemplazar(`${DEMO}/preguntas.csv`, ',opcion-unica,Sí|No|No sé', ',opcion,Sí|No|No sé');
    copia.reemplazar(
      `${DEMO}/preguntas.csv`,
      ',opcion-multiple,Pago de predial|Licencias y permisos|Solicitudes de información|Citas|Ninguno,;',
      ',opcion-multiple,Pago de predial|Licencias y permisos|Solicitudes de información|Citas|Ninguno,',
    );
    expect(errors()).toEqual([
      `${DEMO}/preguntas.csv:2:5 — tipo: se esperaba un tipo de pregunta: opcion-unica, opcion-multiple, escala, numero, texto-libre`,
      `${DEMO}/preguntas.csv:8:7 — delimitador: una pregunta de opción múltiple necesita el «delimitador» que separa las opciones elegidas en la celda (p. ej. «;»)`,
    ]);
  });

  it('an unknown municipality key in a study known from a document', () => {
    copia.reemplazar(REAL, '{ cvegeo: "15106", como_aparece: Toluca }', '{ cvegeo: "15206", como_aparece: Toluca }');
    expect(errors()).toEqual([
      `${REAL}:85:17 — participacion_conocida.municipios[12].cvegeo: la clave «15206» no está en el catálogo del INEGI (data/municipios-edomex.csv)`,
    ]);
  });

  it('a missing required field of encuesta.yaml', () => {
    copia.reemplazar(`${DEMO}/encuesta.yaml`, /^metodologia: >-\n(?: {2}.*\n)+/m, '');
    expect(errors()).toEqual([expect.stringMatching(new RegExp(`^${DEMO}/encuesta\\.yaml:\\d+:1 — metodologia: falta este campo obligatorio`))]);
  });
});
