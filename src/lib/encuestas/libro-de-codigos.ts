/**
 * `preguntas.csv`, the codebook: one validated question per column of the export, each checked
 * against the description's dimensions and against the other rows (no column or id twice).
 */
import { preguntaSchema, type EncuestaDatos, type PreguntaDatos } from '../../schemas/encuesta.ts';
import { validateRecord } from '../lectura/esquema.ts';
import { readCsvTable } from '../lectura/lectura.ts';
import { NOT_UTF8 } from './carpetas.ts';
import { decodeUtf8 } from './leer-respuestas.ts';
import type { Reporte } from './reporte.ts';
import type { Pregunta } from './tipos.ts';

/** Columns of the codebook whose cells keep a value made only of spaces (a space delimiter). */
const CON_ESPACIOS = ['delimitador'];

export function toQuestion(datos: PreguntaDatos, linea: number): Pregunta {
  const opciones = (datos.opciones ?? []).map((o) => o.normalize('NFC'));
  return {
    id: datos.pregunta_id,
    columna: datos.columna,
    dimension: datos.dimension,
    texto: datos.texto,
    tipo: datos.tipo,
    opciones,
    delimitador: datos.delimitador,
    etiquetas: datos.codigos ? new Map(datos.codigos.map((codigo, i) => [codigo.normalize('NFC'), opciones[i]])) : undefined,
    minimo: datos.minimo,
    maximo: datos.maximo,
    unidad: datos.unidad,
    linea,
  };
}

/** The codebook's questions, in file order; rows with problems are left out (and reported). */
export function readCodebook(archivo: string, bytes: Uint8Array, encuesta: EncuestaDatos, reporte: Reporte): Pregunta[] {
  const decodificado = decodeUtf8(bytes);
  if (decodificado.texto === undefined) {
    reporte.add({ archivo, linea: decodificado.linea, columna: decodificado.columna, mensaje: NOT_UTF8, nivel: 'error' });
    return [];
  }
  const libro = readCsvTable(archivo, decodificado.texto, Object.keys(preguntaSchema.shape), CON_ESPACIOS);
  libro.errores.forEach((e) => reporte.add({ ...e, nivel: 'error' }));
  const dimensiones = new Set(encuesta.dimensiones.map((d) => d.id));
  const porColumna = new Map<string, Pregunta>();
  const porId = new Map<string, Pregunta>();
  for (const registro of libro.registros) {
    const { valor, problemas } = validateRecord(preguntaSchema, registro);
    problemas.forEach((p) => reporte.add(p));
    if (!valor) continue;
    const linea = registro.ubicar([]).linea;
    const pregunta = toQuestion(valor, linea);
    const enLibro = (campo: string, mensaje: string) => reporte.add({ archivo, linea, campo, mensaje, nivel: 'error' });
    if (!dimensiones.has(pregunta.dimension))
      enLibro('dimension', `no existe la dimensión «${pregunta.dimension}» (dimensiones de encuesta.yaml: ${[...dimensiones].join(', ')})`);
    const mismaColumna = porColumna.get(pregunta.columna);
    const mismoId = porId.get(pregunta.id);
    if (mismaColumna) enLibro('columna', `la columna «${pregunta.columna}» ya está descrita en la línea ${mismaColumna.linea}`);
    else if (mismoId) enLibro('pregunta_id', `el identificador «${pregunta.id}» ya se usa en la línea ${mismoId.linea}`);
    else if (pregunta.columna === encuesta.columna_municipio || encuesta.columnas_ignoradas.includes(pregunta.columna)) {
      enLibro('columna', `la columna «${pregunta.columna}» es la del municipio o está en «columnas_ignoradas»; no puede ser también una pregunta`);
    } else {
      porColumna.set(pregunta.columna, pregunta);
      porId.set(pregunta.id, pregunta);
    }
  }
  return [...porColumna.values()];
}
