/**
 * `respuestas.csv`, the form tool's export, read once as a stream: the header against the
 * codebook, every cell against its question, the municipality against INEGI's catalogue, and
 * every column — ignored ones too, since the export is published in the repository — scanned for
 * personal data. Feeds the aggregation.
 */
import type { EncuestaDatos } from '../../schemas/encuesta.ts';
import type { Problema } from '../lectura/problema.ts';
import { Agregador, type Respuesta } from './agregar.ts';
import { NOT_UTF8 } from './carpetas.ts';
import { ANONIMO, findPersonalData, maskPersonalData, NOMBRES_DE_COLUMNA_PERSONAL, NOMBRES_DE_DATO_PERSONAL, personalDataHeader } from './datos-personales.ts';
import { decodeUtf8, walkCsv } from './leer-respuestas.ts';
import { createMunicipalityMatcher, type BuscadorDeMunicipios } from './municipios.ts';
import type { Reporte } from './reporte.ts';
import { parseAnswer } from './respuesta.ts';
import type { ContextoDeEncuestas, EncuestaProcesada } from './tipos.ts';

interface Cabecera {
  /** Column index of each question, in codebook order (−1 when missing). */
  indices: number[];
  municipio: number;
  /** Columns whose header says they hold personal data, with what they hold. */
  personales: Map<number, NonNullable<ReturnType<typeof personalDataHeader>>>;
}

/** Checks the header against the codebook; reports unknown and missing columns at line 1. */
function checkHeader(columnas: string[], procesada: EncuestaProcesada, encuesta: EncuestaDatos, reporte: Reporte): Cabecera {
  const archivo = procesada.archivos.respuestas;
  const conocidas = new Set([
    ...procesada.preguntas.map((p) => p.columna),
    ...encuesta.columnas_ignoradas,
    ...(encuesta.columna_municipio ? [encuesta.columna_municipio] : []),
  ]);
  const personales: Cabecera['personales'] = new Map();
  columnas.forEach((columna, i) => {
    if (!columna) {
      reporte.add({ archivo, linea: 1, columna: i + 1, mensaje: `la columna ${i + 1} no tiene nombre en el encabezado`, nivel: 'error' });
    } else if (columnas.indexOf(columna) !== i) {
      reporte.add({ archivo, linea: 1, columna: i + 1, campo: columna, mensaje: `la columna «${columna}» está repetida en el encabezado`, nivel: 'error' });
    } else if (!conocidas.has(columna)) {
      reporte.add({
        archivo,
        linea: 1,
        columna: i + 1,
        campo: columna,
        mensaje: 'esta columna no está descrita en preguntas.csv ni en «columnas_ignoradas» de encuesta.yaml: añada una fila al libro de códigos o ignórela',
        nivel: 'error',
      });
    }
    const personal = columna && columna !== encuesta.columna_municipio ? personalDataHeader(columna) : undefined;
    if (personal) personales.set(i, personal);
  });
  for (const pregunta of procesada.preguntas) {
    if (!columnas.includes(pregunta.columna)) {
      reporte.add({
        archivo,
        linea: 1,
        campo: pregunta.columna,
        mensaje: `falta esta columna, que preguntas.csv (línea ${pregunta.linea}) asigna a la pregunta «${pregunta.id}»; el encabezado debe escribirse igual que en el libro de códigos`,
        nivel: 'error',
      });
    }
  }
  if (encuesta.columna_municipio && !columnas.includes(encuesta.columna_municipio)) {
    reporte.add({
      archivo,
      linea: 1,
      campo: encuesta.columna_municipio,
      mensaje: 'falta esta columna, que encuesta.yaml nombra en «columna_municipio»',
      nivel: 'error',
    });
  }
  return {
    indices: procesada.preguntas.map((p) => columnas.indexOf(p.columna)),
    municipio: encuesta.columna_municipio ? columnas.indexOf(encuesta.columna_municipio) : -1,
    personales,
  };
}

/** Problems of one row's municipality cell; its INEGI key, or undefined when blank/unknown. */
function municipalityOf(
  celda: string | undefined,
  buscador: BuscadorDeMunicipios,
  lugar: Omit<Problema, 'mensaje' | 'nivel'>,
  reporte: Reporte,
): string | undefined {
  const valor = celda?.trim();
  if (!valor) return undefined;
  const coincidencia = buscador.match(valor);
  if (coincidencia.cvegeo) return coincidencia.cvegeo;
  const sugerencia = coincidencia.sugerencia;
  reporte.add(
    {
      ...lugar,
      mensaje: sugerencia
        ? `municipio desconocido «${valor}»; ¿quiso decir ${sugerencia.nombre}? (clave ${sugerencia.cvegeo}). Escríbalo como en el catálogo del INEGI (data/municipios-edomex.csv) o, sin tocar la exportación, añada en encuesta.yaml «equivalencias_de_municipio: {"${valor}": "${sugerencia.cvegeo}"}»`
        : `municipio desconocido «${valor}»: no está en el catálogo del INEGI (data/municipios-edomex.csv); use el nombre oficial o la clave geoestadística (p. ej. 15106)`,
      nivel: 'error',
    },
    `municipio\u0000${valor}`,
  );
  return undefined;
}

const QUITAR = 'quite el dato personal de la exportación (p. ej. sustitúyalo por «[dato personal eliminado]») antes de publicarla';

/** Streams the export once: checks every cell and feeds the aggregation. */
export function aggregateExport(bytes: Uint8Array, procesada: EncuestaProcesada, encuesta: EncuestaDatos, contexto: ContextoDeEncuestas, reporte: Reporte) {
  const archivo = procesada.archivos.respuestas;
  const decodificado = decodeUtf8(bytes);
  if (decodificado.texto === undefined) {
    reporte.add({ archivo, linea: decodificado.linea, columna: decodificado.columna, mensaje: NOT_UTF8, nivel: 'error' });
    return undefined;
  }
  const preguntas = procesada.preguntas;
  const agregador = new Agregador(preguntas);
  const buscador = createMunicipalityMatcher(contexto.municipios, encuesta.equivalencias_de_municipio);
  const textos = new Map<string, string[]>();
  let cabecera: Cabecera | undefined;
  let columnas: string[] = [];
  /** Personal data found per column index, so a whole column of e-mails gives one message with its count. */
  const columnasConDatos = new Map<number, { linea: number; veces: number; tipo: string }>();
  /** Answers of a row with personal data are not published as text. */
  const conDatos = new Set<number>();

  const scanRow = (celdas: string[], linea: number) => {
    conDatos.clear();
    celdas.forEach((celda, indice) => {
      if (indice === cabecera!.municipio) return;
      const valor = celda.trim();
      if (!valor) return;
      const porEncabezado = cabecera!.personales.get(indice);
      const encontrados = ANONIMO.test(valor) ? [] : findPersonalData(valor);
      if (!encontrados.length && (!porEncabezado || ANONIMO.test(valor))) return;
      conDatos.add(indice);
      const previo = columnasConDatos.get(indice);
      if (previo) {
        previo.veces++;
        return;
      }
      const tipo = encontrados.length
        ? `${NOMBRES_DE_DATO_PERSONAL[encontrados[0].tipo]} (${maskPersonalData(encontrados[0])})`
        : NOMBRES_DE_COLUMNA_PERSONAL[porEncabezado!];
      columnasConDatos.set(indice, { linea, veces: 1, tipo });
    });
  };

  const recorrido = walkCsv(
    decodificado.texto,
    (c) => {
      columnas = c;
      if (c.length) cabecera = checkHeader(c, procesada, encuesta, reporte);
    },
    (celdas, linea) => {
      if (!cabecera) return;
      if (celdas.length !== columnas.length) {
        reporte.add({
          archivo,
          linea,
          mensaje: `la fila tiene ${celdas.length} ${celdas.length === 1 ? 'celda' : 'celdas'} y el encabezado ${columnas.length} columnas (revise comas de más o de menos, o texto con comas sin comillas)`,
          nivel: 'error',
        });
        return;
      }
      scanRow(celdas, linea);
      const cvegeo =
        cabecera.municipio >= 0
          ? municipalityOf(
              celdas[cabecera.municipio],
              buscador,
              { archivo, linea, columna: cabecera.municipio + 1, campo: columnas[cabecera.municipio] },
              reporte,
            )
          : undefined;
      const respuestas: (Respuesta | undefined)[] = new Array(preguntas.length);
      for (let i = 0; i < preguntas.length; i++) {
        const indice = cabecera.indices[i];
        if (indice < 0) continue;
        const pregunta = preguntas[i];
        const { valor, error } = parseAnswer(pregunta, celdas[indice]);
        if (error) {
          reporte.add({ archivo, linea, columna: indice + 1, campo: pregunta.columna, mensaje: error, nivel: 'error' }, `${i}\u0000${celdas[indice].trim()}`);
          continue;
        }
        if (pregunta.tipo === 'texto-libre' && typeof valor === 'string' && !conDatos.has(indice) && encuesta.publicar_texto_libre) {
          const lista = textos.get(pregunta.id) ?? [];
          lista.push(valor);
          textos.set(pregunta.id, lista);
        }
        respuestas[i] = valor;
      }
      agregador.add(cvegeo, respuestas);
    },
  );
  recorrido.problemas.forEach((p) => reporte.add({ archivo, ...p, nivel: 'error' }));
  for (const [indice, { linea, veces, tipo }] of [...columnasConDatos].sort((a, b) => a[1].linea - b[1].linea || a[0] - b[0])) {
    const mas = veces > 1 ? ` (y en ${veces - 1} ${veces - 1 === 1 ? 'fila más' : 'filas más'} de esta columna)` : '';
    const ignorada = encuesta.columnas_ignoradas.includes(columnas[indice])
      ? ' (aunque la columna esté en «columnas_ignoradas», la exportación se publica en el repositorio)'
      : '';
    reporte.add({
      archivo,
      linea,
      columna: indice + 1,
      campo: columnas[indice],
      mensaje: `la respuesta contiene ${tipo}${mas}: ${QUITAR}${ignorada}`,
      nivel: 'error',
    });
  }
  if (!columnas.length) {
    reporte.add({ archivo, linea: 1, mensaje: 'la exportación está vacía: se esperaba una fila de encabezados y una fila por respuesta', nivel: 'error' });
    return undefined;
  }
  if (!recorrido.filas) {
    reporte.add({ archivo, linea: 2, mensaje: 'la exportación no tiene respuestas: solo tiene la fila de encabezados', nivel: 'error' });
    return undefined;
  }
  // Free text is published in a fixed order unrelated to the order of responses.
  for (const lista of textos.values()) lista.sort((a, b) => a.localeCompare(b, 'es'));
  return { agregador, textos };
}
