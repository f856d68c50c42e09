/**
 * Checks all content without building the site: every file against its schema, references
 * between records, duplicate identifiers, impossible dates, missing documents and unsafe MDX.
 * Reports every problem at once; `validate` and the build both call it.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { ARCHIVOS, resolveFolders, type Carpetas } from '../contenido/rutas.ts';
import { COLECCIONES, collectionPath, idFromFileName, type DefinicionDeColeccion } from '../contenido/colecciones.ts';
import { validateSurveys } from '../encuestas/validar-encuestas.ts';
import { validateRecord, fieldName } from '../lectura/esquema.ts';
import { readCsvTable, readFrontmatterFile, readYamlList, type RegistroLeido, type Ruta } from '../lectura/lectura.ts';
import { checkMdxSafety } from './mdx-seguro.ts';
import { checkMdxSyntax } from './mdx-sintaxis.ts';
import { referenceChecker, type ContextoDeReglas, type Validado } from './contexto.ts';
import { checkCalendarEntry, checkEvent, checkFollowUp } from './reglas-de-tablas.ts';
import { checkSession, declaredAgreements } from './reglas-de-sesiones.ts';
import { checkCommitment } from './reglas-de-compromisos.ts';
import { documentChecker, unlistedDocuments } from './documentos.ts';
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
  const en = (definicion: DefinicionDeColeccion) => collectionPath(definicion, carpetas);
  const yamlList = (definicion: DefinicionDeColeccion) => read(en(definicion), readYamlList, true);
  const csvTable = (file: string, schema: z.ZodType, required: boolean) =>
    read(file, (archivo, text) => readCsvTable(archivo, text, columnsOf(schema)), required);

  const instituciones = collect(yamlList(COLECCIONES.instituciones), COLECCIONES.instituciones.esquema, (_, d) => d.id as string, 'instituciones');
  const organos = collect(yamlList(COLECCIONES.organos), COLECCIONES.organos.esquema, (_, d) => d.id as string, 'órganos');
  const personas = collect(yamlList(COLECCIONES.personas), COLECCIONES.personas.esquema, (_, d) => d.id as string, 'personas');

  const fileId = (registro: RegistroLeido) => idFromFileName(registro.archivo);
  /** Frontmatter of each Markdown file read, by absolute path (for `validateRedirects`). */
  const frontmatterLeido = new Map<string, Record<string, unknown>>();
  const mdFiles = (definicion: DefinicionDeColeccion) =>
    listFiles(en(definicion), ['.md', '.mdx']).flatMap((file) => {
      const registros = read(file, readFrontmatterFile, true);
      if (registros[0]) frontmatterLeido.set(file, registros[0].datos);
      if (ilegibles.has(file)) idsConErrores.add(idFromFileName(file));
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

  const sesiones = collect(mdFiles(COLECCIONES.sesiones), COLECCIONES.sesiones.esquema, fileId, 'sesiones');
  // Catalogue proposals the acta importer leaves beside a draft must be merged, then deleted.
  for (const file of listFiles(path.join(c, ARCHIVOS.sesiones), ['.yaml'])) {
    const pendiente = pendingProposals(relativePath(carpetas, file));
    if (pendiente) problemas.push(pendiente);
  }
  const compromisos = collect(mdFiles(COLECCIONES.compromisos), COLECCIONES.compromisos.esquema, fileId, 'compromisos');
  const seguimientos = collect(
    csvTable(en(COLECCIONES.seguimientoDeAcuerdos), COLECCIONES.seguimientoDeAcuerdos.esquema, false),
    COLECCIONES.seguimientoDeAcuerdos.esquema,
    (r) => `${r.archivo}:${r.ubicar([]).linea}`,
    'seguimiento de acuerdos',
  );
  const calendario = collect(
    listFiles(en(COLECCIONES.calendarios), ['.csv']).flatMap((file) => csvTable(file, COLECCIONES.calendarios.esquema, true)),
    COLECCIONES.calendarios.esquema,
    (r) => `${r.archivo}:${r.ubicar([]).linea}`,
    'calendario',
  );
  const eventos = collect(
    csvTable(en(COLECCIONES.eventos), COLECCIONES.eventos.esquema, false),
    COLECCIONES.eventos.esquema,
    (_, d) => d.id as string,
    'eventos',
  );
  const municipios = collect(
    csvTable(en(COLECCIONES.municipios), COLECCIONES.municipios.esquema, true),
    COLECCIONES.municipios.esquema,
    (_, d) => d.cvegeo as string,
    'municipios',
  );

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
  const acuerdos = declaredAgreements(sesiones, error);
  const acuerdoIds = new Set(acuerdos.keys());
  const refAcuerdo = ref(acuerdoIds, 'un acuerdo', 'los «acuerdos» declarados en content/sesiones/', algunoIlegible(ARCHIVOS.sesiones));
  const checkDocuments = documentChecker(carpetas, error);
  const reglas: ContextoDeReglas = {
    error,
    REF,
    refAcuerdo,
    acuerdos,
    sesiones,
    sesionPorId,
    sesionIds,
    acuerdoIds,
    idsConErrores,
    hoy,
    organoIds,
    checkDocuments,
  };

  for (const sesion of sesiones) checkSession(reglas, sesion);
  const listados = new Set([...sesiones, ...compromisos].flatMap((r) => r.datos.documentos.map((d) => d.archivo)).concat([...documentosDeInvalidos]));
  problemas.push(...unlistedDocuments(carpetas, listados, ilegibles));
  for (const compromiso of compromisos) checkCommitment(reglas, compromiso);
  for (const { registro, datos } of seguimientos) checkFollowUp(reglas, registro, datos);
  const planeadas = new Map<string, RegistroLeido>();
  for (const { registro, datos } of calendario) checkCalendarEntry(reglas, planeadas, registro, datos);
  for (const { registro, datos } of eventos) checkEvent(reglas, registro, datos);

  // ---- surveys (data/encuestas/<id>/): checked by their own module ----------------------------
  const encuestas = validateSurveys(carpetas);
  problemas.push(...encuestas.problemas);

  // ---- stable addresses: content/redirecciones.yaml and ids published before -----------------
  const redirecciones = validateRedirects(carpetas, (archivo) => frontmatterLeido.get(archivo));
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
