/**
 * One survey folder, from files to published results: reads and checks `encuesta.yaml`, the
 * codebook and the export (streaming), reports every problem with file, line and column in
 * Spanish, and aggregates the answers with the privacy threshold applied. `validate`, the build
 * gate and the pages all go through `processSurvey`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { encuestaSchema, preguntaSchema, type EncuestaDatos, type PreguntaDatos } from '../../schemas/encuesta.ts';
import { parseCsv } from '../csv/leer-csv.ts';
import { validateRecord } from '../lectura/esquema.ts';
import { readCsvTable, readFrontmatterFile, type RegistroLeido } from '../lectura/lectura.ts';
import type { Problema } from '../lectura/problema.ts';
import { Agregador, type Respuesta } from './agregar.ts';
import { findPersonalData, maskPersonalData, NOMBRES_DE_DATO_PERSONAL } from './datos-personales.ts';
import { decodeUtf8, walkCsv } from './leer-respuestas.ts';
import { createMunicipalityMatcher, type BuscadorDeMunicipios, type MunicipioInegi } from './municipios.ts';
import { publishResults, type PreguntaPublicable, type ResultadosPublicados } from './publicar.ts';

export const ARCHIVOS_DE_ENCUESTA = { encuesta: 'encuesta.yaml', preguntas: 'preguntas.csv', respuestas: 'respuestas.csv' } as const;
/** Folder of the surveys inside the data folder. */
export const CARPETA_DE_ENCUESTAS = 'encuestas';
/** Addresses under /encuestas/ that are not surveys. */
export const IDS_RESERVADOS = ['formato'];
/** Row problems reported per file before the rest are summarised. */
const MAXIMO_DE_PROBLEMAS_POR_ARCHIVO = 50;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A codebook row, validated, with the line where it is written. */
export interface Pregunta extends PreguntaPublicable {
  linea: number;
  delimitador?: string;
}

export interface ContextoDeEncuestas {
  /** Project root; file names in messages are relative to it. */
  raiz: string;
  /** INEGI's catalogue of the state's municipalities. */
  municipios: readonly MunicipioInegi[];
  /** Default privacy threshold (`umbralDePrivacidad` of sitio.config.ts). */
  umbral: number;
}

export interface EncuestaProcesada {
  id: string;
  carpeta: string;
  /** Files, relative to the project root. */
  archivos: { encuesta: string; preguntas: string; respuestas: string };
  encuesta?: EncuestaDatos;
  preguntas: Pregunta[];
  /** Privacy threshold in force for this survey. */
  k: number;
  /** Published results; absent for a survey known only from a document, or with errors. */
  resultados?: ResultadosPublicados;
  problemas: Problema[];
}

export const errorsOf = (problemas: readonly Problema[]) => problemas.filter((p) => p.nivel === 'error');

/** Survey folders under `<datos>/encuestas/`, in name order. */
export function listSurveyFolders(datos: string): string[] {
  const base = path.join(datos, CARPETA_DE_ENCUESTAS);
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(base, e.name))
    .sort();
}

/** INEGI's catalogue from `<datos>/municipios-edomex.csv` (already checked by the content validation). */
export function readMunicipalities(datos: string): MunicipioInegi[] {
  const file = path.join(datos, 'municipios-edomex.csv');
  if (!fs.existsSync(file)) return [];
  return parseCsv(fs.readFileSync(file, 'utf8')).filas.map((f) => ({ cvegeo: f.valores.cvegeo, cve_mun: f.valores.cve_mun, nombre: f.valores.nombre }));
}

/** Collects row problems, merging repeats of the same mistake and capping the count per file. */
class Reporte {
  readonly problemas: Problema[] = [];
  private readonly repetidos = new Map<string, { problema: Problema; veces: number }>();
  private readonly porArchivo = new Map<string, number>();
  private readonly omitidos = new Map<string, number>();

  add(problema: Problema, claveDeRepeticion?: string) {
    if (claveDeRepeticion) {
      const previo = this.repetidos.get(claveDeRepeticion);
      if (previo) {
        previo.veces++;
        return;
      }
    }
    const n = this.porArchivo.get(problema.archivo) ?? 0;
    if (problema.linea && problema.linea > 1 && n >= MAXIMO_DE_PROBLEMAS_POR_ARCHIVO) {
      this.omitidos.set(problema.archivo, (this.omitidos.get(problema.archivo) ?? 0) + 1);
      return;
    }
    this.porArchivo.set(problema.archivo, n + 1);
    this.problemas.push(problema);
    if (claveDeRepeticion) this.repetidos.set(claveDeRepeticion, { problema, veces: 1 });
  }

  finish(): Problema[] {
    for (const { problema, veces } of this.repetidos.values()) {
      if (veces > 1) problema.mensaje += ` (el mismo valor aparece en ${veces - 1} ${veces - 1 === 1 ? 'fila más' : 'filas más'})`;
    }
    for (const [archivo, n] of this.omitidos) {
      this.problemas.push({ archivo, mensaje: `hay ${n} problemas más en este archivo; corrija los anteriores y vuelva a validar`, nivel: 'error' });
    }
    return this.problemas;
  }
}

const list = (opciones: readonly string[]) => opciones.map((o) => `«${o}»`).join(', ');

/** Parses one cell for a question; an answer, nothing (blank) or what is wrong with it. */
export function parseAnswer(pregunta: Pick<Pregunta, 'id' | 'tipo' | 'opciones' | 'delimitador' | 'minimo' | 'maximo'>, celda: string): { valor?: Respuesta; error?: string } {
  const valor = celda.trim().normalize('NFC');
  if (!valor) return {};
  switch (pregunta.tipo) {
    case 'opcion-unica':
    case 'escala': {
      let i = pregunta.opciones.indexOf(valor);
      if (i < 0 && pregunta.tipo === 'escala' && Number.isFinite(Number(valor))) i = pregunta.opciones.findIndex((o) => Number(o) === Number(valor));
      return i >= 0 ? { valor: i } : { error: `«${valor}» no es una opción de la pregunta «${pregunta.id}» (opciones: ${list(pregunta.opciones)})` };
    }
    case 'opcion-multiple': {
      const elegidas = valor.split(pregunta.delimitador ?? ';').map((v) => v.trim()).filter(Boolean);
      const indices = new Set<number>();
      for (const elegida of elegidas) {
        const i = pregunta.opciones.indexOf(elegida);
        if (i < 0) {
          return {
            error: `«${elegida}» no es una opción de la pregunta «${pregunta.id}» (opciones: ${list(pregunta.opciones)}; las opciones elegidas se separan con «${pregunta.delimitador}»)`,
          };
        }
        indices.add(i);
      }
      return { valor: [...indices].sort((a, b) => a - b) };
    }
    case 'numero': {
      if (!/^[-+]?\d+(?:\.\d+)?$/.test(valor)) return { error: `«${valor}» no es un número (escriba solo cifras, con punto decimal)` };
      const numero = Number(valor);
      if ((pregunta.minimo !== undefined && numero < pregunta.minimo) || (pregunta.maximo !== undefined && numero > pregunta.maximo)) {
        return { error: `«${valor}» está fuera del intervalo de la pregunta «${pregunta.id}» (de ${pregunta.minimo} a ${pregunta.maximo})` };
      }
      return { valor: numero };
    }
    case 'texto-libre':
      return { valor };
  }
}

/** `encuesta.yaml`, located like front matter so problems carry line and column. */
function readSurveyYaml(archivo: string, texto: string): { registro?: RegistroLeido; problemas: Problema[] } {
  // readFrontmatterFile counts the opening «---» as line 1; this file has none, hence the −1.
  const lectura = readFrontmatterFile(archivo, `---\n${texto.replace(/^\uFEFF/, '')}\n---\n`);
  const problemas: Problema[] = lectura.errores.map((e) => ({
    ...e,
    linea: e.linea ? Math.max(1, e.linea - 1) : undefined,
    mensaje: e.mensaje.replace('el encabezado debe tener campos', 'el archivo debe tener campos'),
    nivel: 'error',
  }));
  const registro = lectura.registros[0];
  if (!registro) return { problemas };
  return {
    registro: {
      ...registro,
      ubicar: (ruta, enNombre) => {
        const pos = registro.ubicar(ruta, enNombre);
        return { ...pos, linea: Math.max(1, pos.linea - 1) };
      },
    },
    problemas,
  };
}

function readText(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

export function processSurvey(carpeta: string, contexto: ContextoDeEncuestas): EncuestaProcesada {
  const id = path.basename(carpeta);
  const rel = (nombre: string) => path.relative(contexto.raiz, path.join(carpeta, nombre)).split(path.sep).join('/');
  const archivos = { encuesta: rel(ARCHIVOS_DE_ENCUESTA.encuesta), preguntas: rel(ARCHIVOS_DE_ENCUESTA.preguntas), respuestas: rel(ARCHIVOS_DE_ENCUESTA.respuestas) };
  const procesada: EncuestaProcesada = { id, carpeta, archivos, preguntas: [], k: contexto.umbral, problemas: [] };
  const reporte = new Reporte();
  const finish = () => {
    procesada.problemas = reporte.finish();
    return procesada;
  };

  if (!SLUG.test(id) || IDS_RESERVADOS.includes(id)) {
    reporte.add({
      archivo: path.relative(contexto.raiz, carpeta).split(path.sep).join('/'),
      mensaje: IDS_RESERVADOS.includes(id)
        ? `«${id}» está reservado para otra página del sitio; elija otro nombre para la carpeta de la encuesta`
        : `el nombre de la carpeta «${id}» no sirve como identificador: use minúsculas sin acentos, números y guiones`,
      nivel: 'error',
    });
    return finish();
  }

  // ---- encuesta.yaml ----------------------------------------------------------------------
  const textoEncuesta = readText(path.join(carpeta, ARCHIVOS_DE_ENCUESTA.encuesta));
  if (textoEncuesta === undefined) {
    reporte.add({ archivo: archivos.encuesta, mensaje: 'falta este archivo: cada encuesta se describe en encuesta.yaml', nivel: 'error' });
    return finish();
  }
  const lecturaEncuesta = readSurveyYaml(archivos.encuesta, textoEncuesta);
  lecturaEncuesta.problemas.forEach((p) => reporte.add(p));
  if (!lecturaEncuesta.registro) return finish();
  const registroEncuesta = lecturaEncuesta.registro;
  const { valor: encuesta, problemas: problemasEncuesta } = validateRecord(encuestaSchema, registroEncuesta);
  problemasEncuesta.forEach((p) => reporte.add(p));
  if (!encuesta) return finish();
  procesada.encuesta = encuesta;
  procesada.k = encuesta.umbral_k ?? contexto.umbral;
  const municipiosPorClave = new Map(contexto.municipios.map((m) => [m.cvegeo, m]));
  const enEncuesta = (ruta: (string | number)[], mensaje: string, nivel: Problema['nivel'] = 'error') =>
    reporte.add({ archivo: archivos.encuesta, ...registroEncuesta.ubicar(ruta), campo: ruta.reduce<string>((n, s) => (typeof s === 'number' ? `${n}[${s}]` : n ? `${n}.${s}` : s), ''), mensaje, nivel });

  for (const [valor, clave] of Object.entries(encuesta.equivalencias_de_municipio)) {
    if (!municipiosPorClave.has(clave)) enEncuesta(['equivalencias_de_municipio', valor], `la clave «${clave}» no está en el catálogo del INEGI (data/municipios-edomex.csv)`);
  }

  const tienePreguntas = fs.existsSync(path.join(carpeta, ARCHIVOS_DE_ENCUESTA.preguntas));
  const tieneRespuestas = fs.existsSync(path.join(carpeta, ARCHIVOS_DE_ENCUESTA.respuestas));
  if (encuesta.participacion_conocida) {
    encuesta.participacion_conocida.municipios.forEach((m, i) => {
      if (!municipiosPorClave.has(m.cvegeo)) enEncuesta(['participacion_conocida', 'municipios', i, 'cvegeo'], `la clave «${m.cvegeo}» no está en el catálogo del INEGI (data/municipios-edomex.csv)`);
    });
    const repetidos = encuesta.participacion_conocida.municipios.filter((m, i, todos) => todos.findIndex((o) => o.cvegeo === m.cvegeo) !== i);
    for (const m of repetidos) enEncuesta(['participacion_conocida', 'municipios'], `el municipio «${m.cvegeo}» aparece dos veces`);
    if (tienePreguntas || tieneRespuestas) {
      enEncuesta(['participacion_conocida'], 'una encuesta con «participacion_conocida» no lleva preguntas.csv ni respuestas.csv: publique las respuestas como otra encuesta');
    }
    return finish();
  }
  if (!tienePreguntas) reporte.add({ archivo: archivos.preguntas, mensaje: 'falta este archivo: el libro de códigos describe cada columna de la exportación', nivel: 'error' });
  if (!tieneRespuestas) reporte.add({ archivo: archivos.respuestas, mensaje: 'falta este archivo: la exportación de la herramienta de formularios, sin modificar', nivel: 'error' });
  if (!tienePreguntas || !tieneRespuestas) return finish();

  // ---- preguntas.csv (the codebook) ------------------------------------------------------------
  const bytesPreguntas = fs.readFileSync(path.join(carpeta, ARCHIVOS_DE_ENCUESTA.preguntas));
  const decodPreguntas = decodeUtf8(bytesPreguntas);
  if (decodPreguntas.texto === undefined) {
    reporte.add({ archivo: archivos.preguntas, linea: decodPreguntas.linea, columna: decodPreguntas.columna, mensaje: NOT_UTF8, nivel: 'error' });
    return finish();
  }
  const columnasDelLibro = Object.keys(preguntaSchema.shape);
  const libro = readCsvTable(archivos.preguntas, decodPreguntas.texto, columnasDelLibro);
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
    const enLibro = (campo: string, mensaje: string) => reporte.add({ archivo: archivos.preguntas, linea, campo, mensaje, nivel: 'error' });
    if (!dimensiones.has(pregunta.dimension)) enLibro('dimension', `no existe la dimensión «${pregunta.dimension}» (dimensiones de encuesta.yaml: ${[...dimensiones].join(', ')})`);
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
  procesada.preguntas = [...porColumna.values()];
  if (errorsOf(reporte.problemas).length) return finish();
  if (!procesada.preguntas.length) {
    reporte.add({ archivo: archivos.preguntas, linea: 1, mensaje: 'el libro de códigos no describe ninguna pregunta', nivel: 'error' });
    return finish();
  }

  // ---- respuestas.csv (the export), streamed -----------------------------------------------
  const agregado = aggregateExport(procesada, encuesta, contexto, reporte);
  if (agregado && !errorsOf(reporte.problemas).length) {
    procesada.resultados = publishResults({
      agregador: agregado.agregador,
      preguntas: procesada.preguntas,
      dimensiones: encuesta.dimensiones,
      nombres: new Map(contexto.municipios.map((m) => [m.cvegeo, m.nombre])),
      k: procesada.k,
      textos: agregado.textos,
    });
  }
  return finish();
}

export const NOT_UTF8 =
  'el archivo no está en UTF-8 (parece Latin-1/Windows-1252, como lo guarda Excel con «CSV (delimitado por comas)»). Vuelva a descargar la exportación de la herramienta de formularios, o en Excel use «Guardar como» → «CSV UTF-8 (delimitado por comas)»; en LibreOffice, «Juego de caracteres: Unicode (UTF-8)»';

function toQuestion(datos: PreguntaDatos, linea: number): Pregunta {
  return {
    id: datos.pregunta_id,
    columna: datos.columna,
    dimension: datos.dimension,
    texto: datos.texto,
    tipo: datos.tipo,
    opciones: (datos.opciones ?? []).map((o) => o.normalize('NFC')),
    delimitador: datos.delimitador,
    minimo: datos.minimo,
    maximo: datos.maximo,
    unidad: datos.unidad,
    linea,
  };
}

interface Cabecera {
  /** Column index of each question, in codebook order (−1 when missing). */
  indices: number[];
  municipio: number;
}

/** Checks the header against the codebook; reports unknown and missing columns at line 1. */
function checkHeader(columnas: string[], procesada: EncuestaProcesada, encuesta: EncuestaDatos, reporte: Reporte): Cabecera {
  const archivo = procesada.archivos.respuestas;
  const conocidas = new Set([...procesada.preguntas.map((p) => p.columna), ...encuesta.columnas_ignoradas, ...(encuesta.columna_municipio ? [encuesta.columna_municipio] : [])]);
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
    reporte.add({ archivo, linea: 1, campo: encuesta.columna_municipio, mensaje: 'falta esta columna, que encuesta.yaml nombra en «columna_municipio»', nivel: 'error' });
  }
  return { indices: procesada.preguntas.map((p) => columnas.indexOf(p.columna)), municipio: encuesta.columna_municipio ? columnas.indexOf(encuesta.columna_municipio) : -1 };
}

/** Problems of one row's municipality cell; its INEGI key, or undefined when blank/unknown. */
function municipalityOf(celda: string | undefined, buscador: BuscadorDeMunicipios, lugar: Omit<Problema, 'mensaje' | 'nivel'>, reporte: Reporte): string | undefined {
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

/** Streams the export once: checks every cell and feeds the aggregation. */
function aggregateExport(procesada: EncuestaProcesada, encuesta: EncuestaDatos, contexto: ContextoDeEncuestas, reporte: Reporte) {
  const archivo = procesada.archivos.respuestas;
  const decodificado = decodeUtf8(fs.readFileSync(path.join(procesada.carpeta, ARCHIVOS_DE_ENCUESTA.respuestas)));
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
      const cvegeo = cabecera.municipio >= 0 ? municipalityOf(celdas[cabecera.municipio], buscador, { archivo, linea, columna: cabecera.municipio + 1, campo: columnas[cabecera.municipio] }, reporte) : undefined;
      const respuestas: (Respuesta | undefined)[] = new Array(preguntas.length);
      for (let i = 0; i < preguntas.length; i++) {
        const indice = cabecera.indices[i];
        if (indice < 0) continue;
        const pregunta = preguntas[i];
        const { valor, error } = parseAnswer(pregunta, celdas[indice]);
        const lugar = { archivo, linea, columna: indice + 1, campo: pregunta.columna };
        if (error) {
          reporte.add({ ...lugar, mensaje: error, nivel: 'error' }, `${i}\u0000${celdas[indice].trim()}`);
          continue;
        }
        if (pregunta.tipo === 'texto-libre' && typeof valor === 'string') {
          const datos = findPersonalData(valor);
          for (const dato of datos) {
            reporte.add({
              ...lugar,
              mensaje: `la respuesta contiene ${NOMBRES_DE_DATO_PERSONAL[dato.tipo]} (${maskPersonalData(dato)}): quite el dato personal de la exportación (p. ej. sustitúyalo por «[dato personal eliminado]») antes de publicarla`,
              nivel: 'error',
            });
          }
          if (!datos.length && encuesta.publicar_texto_libre) {
            const lista = textos.get(pregunta.id) ?? [];
            lista.push(valor);
            textos.set(pregunta.id, lista);
          }
        }
        respuestas[i] = valor;
      }
      agregador.add(cvegeo, respuestas);
    },
  );
  recorrido.problemas.forEach((p) => reporte.add({ archivo, ...p, nivel: 'error' }));
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

/** Every survey folder of the data folder, processed. */
export function processAllSurveys(datos: string, contexto: ContextoDeEncuestas): EncuestaProcesada[] {
  return listSurveyFolders(datos).map((carpeta) => processSurvey(carpeta, contexto));
}
