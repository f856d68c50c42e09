/**
 * The site's collections, in the order a reader meets them. Each schema lives in `src/schemas/`
 * with every field documented; the same schemas drive `npm run validate`. Every loader is gated:
 * if Astro cannot read the content, the build's Spanish report explains why
 * (`src/lib/validacion/puerta.ts`).
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { csvLoader } from './lib/contenido/cargador-csv.ts';
import { gatedLoader } from './lib/validacion/puerta.ts';
import { leanGlob } from './lib/contenido/cargador-ligero.ts';
import { ARCHIVOS, resolveFolders } from './lib/contenido/rutas.ts';
import { institucionSchema, organoSchema, personaSchema } from './schemas/catalogos.ts';
import { compromisoSchema } from './schemas/compromiso.ts';
import { sesionSchema } from './schemas/sesion.ts';
import { calendarioSchema, eventoSchema, municipioSchema, seguimientoDeAcuerdoSchema } from './schemas/tablas.ts';

const carpetas = resolveFolders();
const enContenido = (nombre: string) => path.join(carpetas.contenido, nombre);
const yaml = (texto: string) => parseYaml(texto) as Record<string, unknown>[];
/** A file's id is its name, wherever it is filed (`sesiones/2023/stl-2023-02-24.md` → `stl-2023-02-24`). */
const idFromFileName = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.mdx?$/, '');

export const collections = {
  /** Bodies that hold sessions: `content/organos.yaml`. */
  organos: defineCollection({ loader: gatedLoader(file(enContenido(ARCHIVOS.organos), { parser: yaml })), schema: organoSchema }),
  /** Minutes, one Markdown/MDX file per session: `content/sesiones/`. */
  sesiones: defineCollection({
    loader: gatedLoader(leanGlob({ pattern: '**/*.{md,mdx}', base: enContenido(ARCHIVOS.sesiones), generateId: idFromFileName })),
    schema: sesionSchema,
  }),
  /** Status history of agreements: `content/seguimiento-de-acuerdos.csv`. */
  seguimientoDeAcuerdos: defineCollection({
    loader: gatedLoader(csvLoader({ ruta: enContenido(ARCHIVOS.seguimientoDeAcuerdos) })),
    schema: seguimientoDeAcuerdoSchema,
  }),
  /** Open-government commitments: `content/compromisos/`. */
  compromisos: defineCollection({
    loader: gatedLoader(leanGlob({ pattern: '**/*.{md,mdx}', base: enContenido(ARCHIVOS.compromisos), generateId: idFromFileName })),
    schema: compromisoSchema,
  }),
  /** Planned sessions per body and year: `content/calendarios/*.csv`. */
  calendarios: defineCollection({ loader: gatedLoader(csvLoader({ ruta: enContenido(ARCHIVOS.calendarios) })), schema: calendarioSchema }),
  /** Other dated public activities: `content/eventos.csv`. */
  eventos: defineCollection({
    loader: gatedLoader(csvLoader({ ruta: enContenido(ARCHIVOS.eventos), id: (fila) => fila.id })),
    schema: eventoSchema,
  }),
  /** People who attend sessions: `content/personas.yaml`. */
  personas: defineCollection({ loader: gatedLoader(file(enContenido(ARCHIVOS.personas), { parser: yaml })), schema: personaSchema }),
  /** Institutions: `content/instituciones.yaml`. */
  instituciones: defineCollection({
    loader: gatedLoader(file(enContenido(ARCHIVOS.instituciones), { parser: yaml })),
    schema: institucionSchema,
  }),
  /** INEGI's municipalities of the state: `data/municipios-edomex.csv`. */
  municipios: defineCollection({
    loader: gatedLoader(csvLoader({ ruta: path.join(carpetas.datos, ARCHIVOS.municipios), id: (fila) => fila.cvegeo })),
    schema: municipioSchema,
  }),
};
