/**
 * Checks all content without building the site: every file against its schema, references
 * between records, duplicate identifiers, impossible dates, missing documents and unsafe MDX.
 * Reports every problem at once; `validate` and the build both call it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { institucionSchema, organoSchema, personaSchema } from '../../schemas/catalogos.ts';
import { compromisoSchema, type CompromisoDatos } from '../../schemas/compromiso.ts';
import { sesionSchema, type Documento, type SesionDatos } from '../../schemas/sesion.ts';
import {
  calendarioSchema,
  eventoSchema,
  municipioSchema,
  seguimientoDeAcuerdoSchema,
  type EntradaDeCalendario,
  type Evento,
  type SeguimientoDeAcuerdo,
} from '../../schemas/tablas.ts';
import { ARCHIVOS, resolveFolders, type Carpetas } from '../contenido/rutas.ts';
import { validateSurveys } from '../encuestas/validar-encuestas.ts';
import { validateRecord, fieldName } from './esquema.ts';
import { readCsvTable, readFrontmatterFile, readYamlList, type Lectura, type RegistroLeido, type Ruta } from './lectura.ts';
import { checkMdxSafety } from './mdx-seguro.ts';
import { MARCA_PENDIENTE } from '../nuevo/plantillas.ts';
import type { Problema } from './problema.ts';

/** A validated record together with where it came from. */
export interface Validado<T> {
  registro: RegistroLeido;
  id: string;
  datos: T;
}

export interface ResultadoDeValidacion {
  problemas: Problema[];
  /** How many records of each collection were read. */
  conteos: Record<string, number>;
}

export interface OpcionesDeValidacion {
  carpetas?: Carpetas;
  /** Today, `AAAA-MM-DD`; a held session after it is an error. */
  hoy?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function relative(carpetas: Carpetas, file: string): string {
  return path.relative(carpetas.raiz, file).split(path.sep).join('/');
}

function listFiles(folder: string, extensions: string[]): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => path.join(folder, name))
    .sort();
}

function columnsOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: { shape?: object; in?: z.ZodType; schema?: z.ZodType } } })._zod.def;
  if (def.shape) return Object.keys(def.shape);
  if (def.in) return columnsOf(def.in);
  if (def.schema) return columnsOf(def.schema);
  return [];
}

export function validateContent(opciones: OpcionesDeValidacion = {}): ResultadoDeValidacion {
  const carpetas = opciones.carpetas ?? resolveFolders();
  const hoy = opciones.hoy ?? new Date().toISOString().slice(0, 10);
  const problemas: Problema[] = [];

  const error = (registro: RegistroLeido, ruta: Ruta, mensaje: string, nivel: Problema['nivel'] = 'error') =>
    problemas.push({ archivo: registro.archivo, ...registro.ubicar(ruta), campo: fieldName(ruta) || undefined, mensaje, nivel });

  const read = (file: string, reader: (archivo: string, text: string) => Lectura, required: boolean): RegistroLeido[] => {
    const archivo = relative(carpetas, file);
    if (!fs.existsSync(file)) {
      if (required) problemas.push({ archivo, mensaje: 'falta este archivo', nivel: 'error' });
      return [];
    }
    const bytes = fs.readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\uFFFD')) {
      problemas.push({
        archivo,
        linea: text.slice(0, text.indexOf('\uFFFD')).split('\n').length,
        mensaje:
          'el archivo no está en UTF-8 (p. ej. se guardó como Latin-1/ANSI desde Excel). Guárdelo como «CSV UTF-8» o «UTF-8» en su editor',
        nivel: 'error',
      });
      return [];
    }
    text.split('\n').forEach((line, index) => {
      const columna = line.indexOf(MARCA_PENDIENTE);
      if (columna >= 0) {
        problemas.push({ archivo, linea: index + 1, columna: columna + 1, mensaje: 'texto de plantilla por completar («PENDIENTE:»)', nivel: 'aviso' });
      }
    });
    const lectura = reader(archivo, text);
    for (const e of lectura.errores) problemas.push({ ...e, nivel: 'error' });
    return lectura.registros;
  };

  /**
   * Ids of records that failed their schema: references to them are not reported again, so one
   * mistake gives one message instead of a cascade.
   */
  const idsConErrores = new Set<string>();

  /** Validates records of one collection and checks their ids are unique. */
  function collect<S extends z.ZodType>(
    registros: RegistroLeido[],
    schema: S,
    idOf: (registro: RegistroLeido, datos: Record<string, unknown>) => string | undefined,
    coleccion: string,
  ): Validado<z.infer<S>>[] {
    const validos: Validado<z.infer<S>>[] = [];
    const vistos = new Map<string, RegistroLeido>();
    for (const registro of registros) {
      const { valor, problemas: found } = validateRecord(schema, registro);
      problemas.push(...found);
      if (valor === undefined) {
        const id = idOf(registro, registro.datos);
        if (typeof id === 'string') idsConErrores.add(id);
        for (const acuerdo of Array.isArray(registro.datos.acuerdos) ? registro.datos.acuerdos : []) {
          if (typeof acuerdo?.id === 'string') idsConErrores.add(acuerdo.id);
        }
        continue;
      }
      const id = idOf(registro, valor as Record<string, unknown>);
      if (!id) continue;
      const previo = vistos.get(id);
      if (previo) {
        error(registro, ['id'], `el identificador «${id}» ya existe en ${coleccion} (${previo.archivo}:${previo.ubicar(['id']).linea}); cada registro necesita uno propio`);
        continue;
      }
      vistos.set(id, registro);
      validos.push({ registro, id, datos: valor });
    }
    return validos;
  }

  const c = carpetas.contenido;
  const yamlList = (name: string) => read(path.join(c, name), readYamlList, true);
  const csvTable = (file: string, schema: z.ZodType, required: boolean) =>
    read(file, (archivo, text) => readCsvTable(archivo, text, columnsOf(schema)), required);

  const instituciones = collect(yamlList(ARCHIVOS.instituciones), institucionSchema, (_, d) => d.id as string, 'instituciones');
  const organos = collect(yamlList(ARCHIVOS.organos), organoSchema, (_, d) => d.id as string, 'órganos');
  const personas = collect(yamlList(ARCHIVOS.personas), personaSchema, (_, d) => d.id as string, 'personas');

  const fileId = (registro: RegistroLeido) => path.basename(registro.archivo).replace(/\.mdx?$/, '');
  const mdFiles = (folder: string) =>
    listFiles(path.join(c, folder), ['.md', '.mdx']).flatMap((file) => {
      const registros = read(file, readFrontmatterFile, true);
      for (const registro of registros) {
        const id = fileId(registro);
        if (!SLUG.test(id)) {
          problemas.push({
            archivo: registro.archivo,
            mensaje: `el nombre del archivo «${id}» no sirve como identificador: use minúsculas sin acentos, números y guiones (p. ej. «stl-2023-02-24.md»)`,
            nivel: 'error',
          });
        }
        problemas.push(...checkMdxSafety(registro));
      }
      return registros.filter((registro) => SLUG.test(fileId(registro)));
    });

  const sesiones = collect(mdFiles(ARCHIVOS.sesiones), sesionSchema, fileId, 'sesiones');
  const compromisos = collect(mdFiles(ARCHIVOS.compromisos), compromisoSchema, fileId, 'compromisos');
  const seguimientos = collect(
    csvTable(path.join(c, ARCHIVOS.seguimientoDeAcuerdos), seguimientoDeAcuerdoSchema, false),
    seguimientoDeAcuerdoSchema,
    (r) => `${r.archivo}:${r.ubicar([]).linea}`,
    'seguimiento de acuerdos',
  );
  const calendario = collect(
    listFiles(path.join(c, ARCHIVOS.calendarios), ['.csv']).flatMap((file) => csvTable(file, calendarioSchema, true)),
    calendarioSchema,
    (r) => `${r.archivo}:${r.ubicar([]).linea}`,
    'calendarios',
  );
  const eventos = collect(csvTable(path.join(c, ARCHIVOS.eventos), eventoSchema, false), eventoSchema, (_, d) => d.id as string, 'eventos');
  const municipios = collect(
    csvTable(path.join(carpetas.datos, ARCHIVOS.municipios), municipioSchema, true),
    municipioSchema,
    (_, d) => d.cvegeo as string,
    'municipios',
  );

  /** Each listed document exists under public/documentos/ and matches its SHA-256. */
  function checkDocuments(registro: RegistroLeido, documentos: Documento[]) {
    documentos.forEach((documento, i) => {
      const file = path.join(carpetas.documentos, documento.archivo);
      if (!fs.existsSync(file)) {
        error(registro, ['documentos', i, 'archivo'], `no existe el archivo public/documentos/${documento.archivo}`);
        return;
      }
      const digest = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      if (digest !== documento.sha256) {
        error(registro, ['documentos', i, 'sha256'], `no coincide con el archivo (su SHA-256 es ${digest}); si el archivo cambió, actualice el valor`);
      }
    });
  }

  // ---- references -------------------------------------------------------------------------
  const ids = <T>(items: Validado<T>[]) => new Set(items.map((item) => item.id));
  const institucionIds = ids(instituciones);
  const organoIds = ids(organos);
  const personaIds = ids(personas);
  const sesionIds = ids(sesiones);
  const compromisoIds = ids(compromisos);
  const sesionPorId = new Map(sesiones.map((s) => [s.id, s]));

  const refCheck = (registro: RegistroLeido, ruta: Ruta, value: string | undefined, known: Set<string>, what: string, where: string) => {
    if (value !== undefined && !known.has(value) && !idsConErrores.has(value)) {
      error(registro, ruta, `no existe ${what} con el identificador «${value}» (se esperaba uno de ${where})`);
    }
  };
  const REF = {
    institucion: (r: RegistroLeido, ruta: Ruta, v?: string) => refCheck(r, ruta, v, institucionIds, 'una institución', `content/${ARCHIVOS.instituciones}`),
    organo: (r: RegistroLeido, ruta: Ruta, v?: string) => refCheck(r, ruta, v, organoIds, 'un órgano', `content/${ARCHIVOS.organos}`),
    persona: (r: RegistroLeido, ruta: Ruta, v?: string) => refCheck(r, ruta, v, personaIds, 'una persona', `content/${ARCHIVOS.personas}`),
    sesion: (r: RegistroLeido, ruta: Ruta, v?: string) => refCheck(r, ruta, v, sesionIds, 'una sesión', `content/${ARCHIVOS.sesiones}/`),
    compromiso: (r: RegistroLeido, ruta: Ruta, v?: string) => refCheck(r, ruta, v, compromisoIds, 'un compromiso', `content/${ARCHIVOS.compromisos}/`),
  };

  for (const { registro, datos } of organos) {
    REF.institucion(registro, ['institucion'], datos.institucion);
    REF.organo(registro, ['organo_superior'], datos.organo_superior);
  }

  // Agreements are declared in sessions; their ids must be unique across all sessions.
  const acuerdos = new Map<string, { sesion: Validado<SesionDatos>; indice: number }>();
  const claves = new Map<string, { sesion: Validado<SesionDatos>; indice: number }>();
  for (const sesion of sesiones) {
    const { registro, datos } = sesion;
    datos.acuerdos.forEach((acuerdo, indice) => {
      const previo = acuerdos.get(acuerdo.id);
      if (previo) {
        error(
          registro,
          ['acuerdos', indice, 'id'],
          `el identificador de acuerdo «${acuerdo.id}» ya se usa en ${previo.sesion.registro.archivo}; cada acuerdo necesita uno propio aunque su clave impresa se repita`,
        );
      } else acuerdos.set(acuerdo.id, { sesion, indice });
      if (acuerdo.clave) {
        const otra = claves.get(acuerdo.clave);
        if (otra && !acuerdo.nota) {
          error(
            registro,
            ['acuerdos', indice, 'clave'],
            `la clave «${acuerdo.clave}» se repite (también en ${otra.sesion.registro.archivo}); si así está impresa en el acta, consérvela y explíquelo en «nota»`,
            'aviso',
          );
        } else if (!otra) claves.set(acuerdo.clave, { sesion, indice });
      }
    });
  }
  const acuerdoIds = new Set(acuerdos.keys());
  const refAcuerdo = (r: RegistroLeido, ruta: Ruta, v?: string) =>
    refCheck(r, ruta, v, acuerdoIds, 'un acuerdo', 'los «acuerdos» declarados en content/sesiones/');

  for (const { registro, datos, id } of sesiones) {
    REF.organo(registro, ['organo'], datos.organo);
    REF.persona(registro, ['convocatoria', 'convoca'], datos.convocatoria?.convoca);
    const asistentes = new Set<string>();
    datos.asistentes.forEach((asistente, i) => {
      REF.persona(registro, ['asistentes', i, 'persona'], asistente.persona);
      REF.institucion(registro, ['asistentes', i, 'institucion'], asistente.institucion);
      if (asistentes.has(asistente.persona)) {
        error(registro, ['asistentes', i, 'persona'], `la persona «${asistente.persona}» aparece dos veces en la lista de asistencia`);
      }
      asistentes.add(asistente.persona);
    });
    const puntos = new Set(datos.orden_del_dia.map((p) => p.numero));
    datos.acuerdos.forEach((acuerdo, i) => {
      REF.compromiso(registro, ['acuerdos', i, 'compromiso'], acuerdo.compromiso);
      REF.institucion(registro, ['acuerdos', i, 'responsable', 'institucion'], acuerdo.responsable?.institucion);
      REF.persona(registro, ['acuerdos', i, 'responsable', 'persona'], acuerdo.responsable?.persona);
      if (acuerdo.plazo && acuerdo.plazo < datos.fecha) {
        error(registro, ['acuerdos', i, 'plazo'], `el plazo (${acuerdo.plazo}) es anterior a la sesión que adoptó el acuerdo (${datos.fecha})`);
      }
      if (acuerdo.punto && puntos.size && !puntos.has(acuerdo.punto)) {
        error(registro, ['acuerdos', i, 'punto'], `el punto «${acuerdo.punto}» no está en el orden del día (puntos: ${[...puntos].join(', ')})`);
      }
    });
    refAcuerdo(registro, ['acta_aprobada_en'], datos.acta_aprobada_en);
    const aprobacion = datos.acta_aprobada_en ? acuerdos.get(datos.acta_aprobada_en) : undefined;
    if (aprobacion && aprobacion.sesion.datos.fecha < datos.fecha) {
      error(registro, ['acta_aprobada_en'], `el acuerdo «${datos.acta_aprobada_en}» es de ${aprobacion.sesion.datos.fecha}, anterior a esta sesión (${datos.fecha})`);
    }
    REF.sesion(registro, ['seguimiento', 'sesion'], datos.seguimiento?.sesion);
    if (datos.seguimiento && datos.seguimiento.fecha < datos.fecha) {
      error(registro, ['seguimiento', 'fecha'], `la reunión de seguimiento (${datos.seguimiento.fecha}) es anterior a la sesión (${datos.fecha})`);
    }
    datos.fuentes.forEach((f, i) => REF.sesion(registro, ['fuentes', i, 'sesion'], f.sesion));
    if (datos.estado === 'celebrada' && datos.fecha > hoy) {
      error(registro, ['fecha'], `la sesión está marcada como celebrada pero su fecha (${datos.fecha}) es futura (use «estado: programada»)`);
    }
    if (datos.convocatoria?.fecha && datos.convocatoria.fecha > datos.fecha) {
      error(registro, ['convocatoria', 'fecha'], `la convocatoria (${datos.convocatoria.fecha}) es posterior a la sesión (${datos.fecha})`);
    }
    if (!id.startsWith(`${datos.organo}-`)) {
      error(registro, ['organo'], `el nombre del archivo debe empezar con el órgano («${datos.organo}-AAAA-MM-DD.md»)`, 'aviso');
    }
    checkDocuments(registro, datos.documentos);
  }

  // Documents present but referenced by no record.
  const referenciados = new Set([...sesiones, ...compromisos].flatMap((r) => r.datos.documentos.map((d) => d.archivo)));
  for (const file of listFiles(carpetas.documentos, [''])) {
    if (fs.statSync(file).isFile() && !referenciados.has(path.relative(carpetas.documentos, file).split(path.sep).join('/'))) {
      problemas.push({ archivo: relative(carpetas, file), mensaje: 'ningún registro menciona este documento en «documentos»', nivel: 'aviso' });
    }
  }

  for (const { registro, datos } of compromisos) {
    REF.institucion(registro, ['responsable'], datos.responsable);
    datos.corresponsables.forEach((id, i) => REF.institucion(registro, ['corresponsables', i], id));
    datos.avances.forEach((avance, i) => {
      REF.sesion(registro, ['avances', i, 'sesion'], avance.sesion);
      REF.persona(registro, ['avances', i, 'presentado_por'], avance.presentado_por);
      const sesion = avance.sesion ? sesionPorId.get(avance.sesion) : undefined;
      if (sesion && sesion.datos.fecha !== avance.fecha) {
        error(registro, ['avances', i, 'fecha'], `el avance tiene fecha ${avance.fecha} pero la sesión «${avance.sesion}» es del ${sesion.datos.fecha}`);
      }
      if (avance.fecha > hoy) error(registro, ['avances', i, 'fecha'], `la fecha del avance (${avance.fecha}) es futura`);
    });
    checkPhaseOrder(registro, datos, error);
    checkDocuments(registro, datos.documentos);
    datos.fuentes.forEach((f, i) => REF.sesion(registro, ['fuentes', i, 'sesion'], f.sesion));
  }

  for (const { registro, datos } of seguimientos) checkFollowUp(registro, datos);
  function checkFollowUp(registro: RegistroLeido, datos: SeguimientoDeAcuerdo) {
    refAcuerdo(registro, ['acuerdo'], datos.acuerdo);
    REF.sesion(registro, ['sesion'], datos.sesion);
    const origen = acuerdos.get(datos.acuerdo);
    if (origen && datos.fecha < origen.sesion.datos.fecha) {
      error(registro, ['fecha'], `la fecha (${datos.fecha}) es anterior a la sesión que adoptó el acuerdo (${origen.sesion.datos.fecha})`);
    }
    if (datos.fecha > hoy) error(registro, ['fecha'], `la fecha del seguimiento (${datos.fecha}) es futura`);
  }

  const planeadas = new Map<string, RegistroLeido>();
  for (const { registro, datos } of calendario) checkCalendarEntry(registro, datos);
  function checkCalendarEntry(registro: RegistroLeido, datos: EntradaDeCalendario) {
    REF.organo(registro, ['organo'], datos.organo);
    refAcuerdo(registro, ['aprobado_por'], datos.aprobado_por);
    REF.sesion(registro, ['sesion'], datos.sesion);
    const key = `${datos.organo}|${datos.anio}|${datos.tipo}|${datos.numero}`;
    const previo = planeadas.get(key);
    if (previo) error(registro, ['numero'], `la sesión ${datos.tipo} número ${datos.numero} de ${datos.anio} ya está en ${previo.archivo}:${previo.ubicar([]).linea}`);
    planeadas.set(key, registro);
    if (!datos.fecha_programada.startsWith(String(datos.anio))) {
      error(registro, ['fecha_programada'], `la fecha ${datos.fecha_programada} no es del año ${datos.anio} del calendario`);
    }
    const celebrada = datos.sesion ? sesionPorId.get(datos.sesion) : undefined;
    if (celebrada && celebrada.datos.organo !== datos.organo) {
      error(registro, ['sesion'], `la sesión «${datos.sesion}» es de otro órgano (${celebrada.datos.organo})`);
    }
    const mismoDia = sesiones.find((s) => s.datos.organo === datos.organo && s.datos.fecha === datos.fecha_programada && s.datos.estado === 'celebrada');
    if (mismoDia && datos.estado === 'cancelada') {
      error(registro, ['estado'], `el calendario dice «cancelada» pero la sesión «${mismoDia.id}» se celebró ese día`);
    }
  }

  for (const { registro, datos } of eventos) checkEvent(registro, datos);
  function checkEvent(registro: RegistroLeido, datos: Evento) {
    REF.organo(registro, ['organo'], datos.organo);
    REF.institucion(registro, ['institucion'], datos.institucion);
    datos.ponentes?.forEach((id) => REF.persona(registro, ['ponentes'], id));
    if (datos.fuente && !sesionIds.has(datos.fuente) && !acuerdoIds.has(datos.fuente) && !idsConErrores.has(datos.fuente)) {
      error(registro, ['fuente'], `no existe una sesión ni un acuerdo con el identificador «${datos.fuente}»`);
    }
  }

  // ---- surveys (data/encuestas/<id>/): checked by their own module ----------------------------
  const encuestas = validateSurveys(carpetas);
  problemas.push(...encuestas.problemas);

  return {
    problemas,
    conteos: {
      instituciones: instituciones.length,
      organos: organos.length,
      personas: personas.length,
      sesiones: sesiones.length,
      acuerdos: acuerdos.size,
      compromisos: compromisos.length,
      'seguimiento de acuerdos': seguimientos.length,
      calendario: calendario.length,
      eventos: eventos.length,
      municipios: municipios.length,
      encuestas: encuestas.encuestas.length,
    },
  };
}

function checkPhaseOrder(
  registro: RegistroLeido,
  datos: CompromisoDatos,
  error: (registro: RegistroLeido, ruta: Ruta, mensaje: string) => void,
) {
  const vistas = new Set<string>();
  datos.fases.forEach((fase, i) => {
    if (vistas.has(fase.fase)) error(registro, ['fases', i, 'fase'], `la fase «${fase.fase}» aparece dos veces`);
    vistas.add(fase.fase);
  });
  if (datos.tipo === 'cocreado' && datos.fases.length) {
    error(registro, ['fases'], 'las cinco fases solo aplican a compromisos proactivos (tipo: proactivo)');
  }
}
