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
import { compromisoSchema } from '../../schemas/compromiso.ts';
import { sesionSchema, type Documento, type SesionDatos } from '../../schemas/sesion.ts';
import { calendarioSchema, eventoSchema, municipioSchema, seguimientoDeAcuerdoSchema } from '../../schemas/tablas.ts';
import { ARCHIVOS, resolveFolders, type Carpetas } from '../contenido/rutas.ts';
import { validateSurveys } from '../encuestas/validar-encuestas.ts';
import { validateRecord, fieldName } from '../lectura/esquema.ts';
import { readCsvTable, readFrontmatterFile, readYamlList, type RegistroLeido, type Ruta } from '../lectura/lectura.ts';
import { checkMdxSafety } from './mdx-seguro.ts';
import { checkMdxSyntax } from './mdx-sintaxis.ts';
import { referenceChecker, type ContextoDeReglas, type Validado } from './contexto.ts';
import { checkCalendarEntry, checkEvent, checkFollowUp, checkPhaseOrder } from './reglas-de-tablas.ts';
import { today } from '../fechas.ts';
import { columnsOf, fileReader, listFiles, relativePath } from './archivos.ts';
import { validateRedirects } from '../redirecciones/validar.ts';
import { pendingProposals } from './revisar.ts';
import type { Problema } from '../lectura/problema.ts';

export type { Validado } from './contexto.ts';

export interface ResultadoDeValidacion {
  problemas: Problema[];
  /** How many valid records of each collection were read. */
  conteos: Record<string, number>;
  /** How many records of a collection were left out of `conteos` for their errors. */
  conErrores: Record<string, number>;
  /** What could not be checked here and why (e.g. no git history), in Spanish. */
  notas?: string[];
}

export interface OpcionesDeValidacion {
  carpetas?: Carpetas;
  /**
   * Today, `AAAA-MM-DD`; a held session after it is an error. By default the build's reference
   * date: `FECHA_DE_REFERENCIA`, or Mexico City's date (the one `today()` gives every page).
   */
  hoy?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function validateContent(opciones: OpcionesDeValidacion = {}): ResultadoDeValidacion {
  const carpetas = opciones.carpetas ?? resolveFolders();
  const hoy = opciones.hoy ?? today();
  const problemas: Problema[] = [];

  const error = (registro: RegistroLeido, ruta: Ruta, mensaje: string, nivel: Problema['nivel'] = 'error') =>
    problemas.push({ archivo: registro.archivo, ...registro.ubicar(ruta), campo: fieldName(ruta) || undefined, mensaje, nivel });

  const { read, ilegibles } = fileReader(carpetas, problemas);

  /**
   * Ids of records that failed their schema: references to them are not reported again, so one
   * mistake gives one message instead of a cascade.
   */
  const idsConErrores = new Set<string>();
  const documentosDeInvalidos = new Set<string>();
  /** Records left out of the counts because they have errors, by collection. */
  const conErrores: Record<string, number> = {};

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
        conErrores[coleccion] = (conErrores[coleccion] ?? 0) + 1;
        // Its documents are still mentioned: not reported again as referenced by no record.
        for (const documento of Array.isArray(registro.datos.documentos) ? registro.datos.documentos : []) {
          if (typeof documento?.archivo === 'string') documentosDeInvalidos.add(documento.archivo);
        }
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
        error(
          registro,
          ['id'],
          `el identificador «${id}» ya existe en ${coleccion} (${previo.archivo}:${previo.ubicar(['id']).linea}); cada registro necesita uno propio`,
        );
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
      if (ilegibles.has(file)) idsConErrores.add(path.basename(file).replace(/\.mdx?$/, ''));
      for (const registro of registros) {
        const id = fileId(registro);
        if (!SLUG.test(id)) {
          problemas.push({
            archivo: registro.archivo,
            mensaje: `el nombre del archivo «${id}» no sirve como identificador: use minúsculas sin acentos, números y guiones (p. ej. «stl-2023-02-24.md»)`,
            nivel: 'error',
          });
        }
        problemas.push(...checkMdxSafety(registro), ...checkMdxSyntax(registro));
      }
      return registros.filter((registro) => SLUG.test(fileId(registro)));
    });

  const sesiones = collect(mdFiles(ARCHIVOS.sesiones), sesionSchema, fileId, 'sesiones');
  // Catalogue proposals the acta importer leaves beside a draft must be merged, then deleted.
  for (const file of listFiles(path.join(c, ARCHIVOS.sesiones), ['.yaml'])) {
    const pendiente = pendingProposals(relativePath(carpetas, file));
    if (pendiente) problemas.push(pendiente);
  }
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
    'calendario',
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

  const ilegible = (nombre: string) => ilegibles.has(path.join(c, nombre));
  const algunoIlegible = (carpeta: string) => [...ilegibles].some((file) => file.startsWith(path.join(c, carpeta) + path.sep));
  const ref = referenceChecker(error, idsConErrores);
  const REF = {
    institucion: ref(institucionIds, 'una institución', `content/${ARCHIVOS.instituciones}`, ilegible(ARCHIVOS.instituciones)),
    organo: ref(organoIds, 'un órgano', `content/${ARCHIVOS.organos}`, ilegible(ARCHIVOS.organos)),
    persona: ref(personaIds, 'una persona', `content/${ARCHIVOS.personas}`, ilegible(ARCHIVOS.personas)),
    sesion: ref(sesionIds, 'una sesión', `content/${ARCHIVOS.sesiones}/`),
    compromiso: ref(compromisoIds, 'un compromiso', `content/${ARCHIVOS.compromisos}/`),
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
  const refAcuerdo = ref(acuerdoIds, 'un acuerdo', 'los «acuerdos» declarados en content/sesiones/', algunoIlegible(ARCHIVOS.sesiones));

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
      error(
        registro,
        ['acta_aprobada_en'],
        `el acuerdo «${datos.acta_aprobada_en}» es de ${aprobacion.sesion.datos.fecha}, anterior a esta sesión (${datos.fecha})`,
      );
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
    // Only for a known body: for a misspelled one the message above suggests the right id.
    if (organoIds.has(datos.organo) && !id.startsWith(`${datos.organo}-`)) {
      error(registro, ['organo'], `el nombre del archivo debe empezar con el órgano («${datos.organo}-AAAA-MM-DD.md»)`, 'aviso');
    }
    checkDocuments(registro, datos.documentos);
  }

  // Documents present but referenced by no record.
  const textosIlegibles = [...ilegibles].map((file) => fs.readFileSync(file, 'latin1'));
  const referenciados = new Set([...sesiones, ...compromisos].flatMap((r) => r.datos.documentos.map((d) => d.archivo)).concat([...documentosDeInvalidos]));
  for (const file of listFiles(carpetas.documentos, [''])) {
    const documento = path.relative(carpetas.documentos, file).split(path.sep).join('/');
    // A file that could not be read may be the one that mentions it: that error is reported already.
    if (fs.statSync(file).isFile() && !referenciados.has(documento) && !textosIlegibles.some((texto) => texto.includes(documento))) {
      problemas.push({ archivo: relativePath(carpetas, file), mensaje: 'ningún registro menciona este documento en «documentos»', nivel: 'aviso' });
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
        error(
          registro,
          ['avances', i, 'fecha'],
          `el avance tiene fecha ${avance.fecha}, pero la sesión «${avance.sesion}» en que se presentó se celebró el ${sesion.datos.fecha}: use la fecha de la sesión`,
        );
      }
      if (avance.fecha > hoy) error(registro, ['avances', i, 'fecha'], `la fecha del avance (${avance.fecha}) es futura`);
    });
    checkPhaseOrder(registro, datos, error);
    checkDocuments(registro, datos.documentos);
    datos.fuentes.forEach((f, i) => REF.sesion(registro, ['fuentes', i, 'sesion'], f.sesion));
  }

  const reglas: ContextoDeReglas = { error, REF, refAcuerdo, acuerdos, sesiones, sesionPorId, sesionIds, acuerdoIds, idsConErrores, hoy };
  for (const { registro, datos } of seguimientos) checkFollowUp(reglas, registro, datos);
  const planeadas = new Map<string, RegistroLeido>();
  for (const { registro, datos } of calendario) checkCalendarEntry(reglas, planeadas, registro, datos);
  for (const { registro, datos } of eventos) checkEvent(reglas, registro, datos);

  // ---- surveys (data/encuestas/<id>/): checked by their own module ----------------------------
  const encuestas = validateSurveys(carpetas);
  problemas.push(...encuestas.problemas);

  // ---- stable addresses: content/redirecciones.yaml and ids published before -----------------
  const redirecciones = validateRedirects(carpetas);
  problemas.push(...redirecciones.problemas);

  return {
    problemas,
    conErrores,
    notas: redirecciones.notas,
    conteos: {
      instituciones: instituciones.length,
      órganos: organos.length,
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
