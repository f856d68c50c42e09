/**
 * The whole Decap CMS configuration of `/admin/`, generated at build time from the zod schemas
 * (fields, labels, hints, required marks) and the content (select options of the catalogues),
 * so the editor offers exactly what `npm run validate` accepts.
 */
import { compromisoSchema } from '../../schemas/compromiso.ts';
import { sesionSchema } from '../../schemas/sesion.ts';
import { calendarioSchema, eventoSchema, seguimientoDeAcuerdoSchema } from '../../schemas/tablas.ts';
import { inputSchema } from '../esquema-json.ts';
import { editorFields, type CampoDelEditor, type OpcionesDeCatalogos } from './campos.ts';
import { CAMPO_DE_FILAS } from './formato-csv.ts';

export interface RepositorioDelEditor {
  /** Web address of the GitHub repository (`https://github.com/dueño/nombre`). */
  url: string;
  /** Branch pull requests are opened against. */
  rama: string;
  /** Address of the OAuth proxy that signs staff in with GitHub (see README). */
  autenticacion?: string;
}

export interface OpcionesDelEditor {
  repositorio?: RepositorioDelEditor;
  /** Public address of the site, with its sub-path (for «ver en el sitio»). */
  sitio: string;
  /** Sub-path the site is served under (`/` or `/ruta/`). */
  base: string;
  /** Address of the institution's logo, shown on the sign-in screen. */
  logo?: string;
}

/** The CSV tables the editor writes, with the custom format that reads and writes each one. */
export const TABLAS = {
  'csv-seguimiento': { schema: seguimientoDeAcuerdoSchema },
  'csv-calendario': { schema: calendarioSchema },
  'csv-eventos': { schema: eventoSchema },
} as const;
export type FormatoDeTabla = keyof typeof TABLAS;

/** Column order of each table: its schema's, which is the header of the content files. */
export function tableColumns(formato: FormatoDeTabla): string[] {
  return Object.keys(inputSchema(TABLAS[formato].schema).properties ?? {});
}

/** `owner/name` of a GitHub repository address, or undefined when it is not one. */
export function githubRepository(url: string): string | undefined {
  const m = /^https:\/\/github\.com\/([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

function backend(repositorio: RepositorioDelEditor | undefined) {
  const repo = repositorio ? githubRepository(repositorio.url) : undefined;
  const auth = repositorio?.autenticacion ? new URL(repositorio.autenticacion) : undefined;
  return {
    name: 'github',
    ...(repo ? { repo } : {}),
    branch: repositorio?.rama ?? 'main',
    ...(auth ? { base_url: auth.origin, auth_endpoint: auth.pathname.replace(/^\//, '') || 'auth' } : {}),
    commit_messages: {
      create: 'Agregar {{collection}} «{{slug}}»',
      update: 'Actualizar {{collection}} «{{slug}}»',
      delete: 'Borrar {{collection}} «{{slug}}»',
      uploadMedia: 'Subir «{{path}}»',
      deleteMedia: 'Borrar «{{path}}»',
    },
  };
}

const cuerpo = (label: string, hint: string): CampoDelEditor => ({ name: 'body', label, widget: 'markdown', required: false, hint });

function rows(formato: FormatoDeTabla, catalogos: OpcionesDeCatalogos, hint: string): CampoDelEditor {
  const schema = inputSchema(TABLAS[formato].schema);
  const primero = Object.keys(schema.properties ?? {})[0];
  return {
    name: CAMPO_DE_FILAS,
    label: 'Filas',
    hint,
    widget: 'list',
    required: false,
    collapsed: true,
    summary: `{{fields.${primero}}} · {{fields.fecha}}{{fields.fecha_programada}}`,
    fields: editorFields(schema, catalogos, formato),
  };
}

export function editorConfig(catalogos: OpcionesDeCatalogos, opciones: OpcionesDelEditor) {
  const media = 'public/documentos';
  return {
    load_config_file: false,
    locale: 'es',
    backend: backend(opciones.repositorio),
    publish_mode: 'editorial_workflow',
    site_url: opciones.sitio,
    display_url: opciones.sitio,
    ...(opciones.logo ? { logo_url: opciones.logo } : {}),
    media_folder: media,
    public_folder: `${opciones.base}documentos`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'sesiones',
        label: 'Sesiones',
        label_singular: 'sesión',
        description: 'Una sesión por archivo: el encabezado con los datos y, debajo, el texto del acta.',
        folder: 'content/sesiones',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        identifier_field: 'titulo',
        slug: '{{fields.organo}}-{{fields.fecha}}',
        summary: '{{fields.fecha}} · {{fields.titulo}}',
        sortable_fields: ['fecha', 'titulo'],
        fields: [...editorFields(inputSchema(sesionSchema), catalogos, 'sesiones'), cuerpo('Texto del acta', 'El acta transcrita, en Markdown.')],
      },
      {
        name: 'compromisos',
        label: 'Compromisos y avances',
        label_singular: 'compromiso',
        description: 'Un compromiso por archivo; sus reportes de avance fechados van en «Avances».',
        folder: 'content/compromisos',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        identifier_field: 'titulo',
        summary: '{{fields.titulo}}',
        fields: [...editorFields(inputSchema(compromisoSchema), catalogos, 'compromisos'), cuerpo('Descripción', 'Qué es el compromiso, en Markdown.')],
      },
      {
        name: 'seguimiento',
        label: 'Seguimiento de acuerdos',
        format: 'csv-seguimiento',
        files: [
          {
            name: 'seguimiento-de-acuerdos',
            label: 'Seguimiento de acuerdos',
            file: 'content/seguimiento-de-acuerdos.csv',
            fields: [rows('csv-seguimiento', catalogos, 'Una fila por cada estado informado de un acuerdo.')],
          },
        ],
      },
      {
        name: 'calendarios',
        label: 'Calendarios',
        label_singular: 'calendario',
        description: 'Un archivo por órgano y año con las sesiones programadas.',
        folder: 'content/calendarios',
        extension: 'csv',
        format: 'csv-calendario',
        create: true,
        identifier_field: 'archivo',
        slug: '{{fields.archivo}}',
        summary: '{{slug}}',
        fields: [
          {
            name: 'archivo',
            label: 'Nombre del archivo',
            widget: 'string',
            required: false,
            hint: 'Solo al crear un calendario: el órgano y el año, p. ej. «stl-2024».',
            pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*-\\d{4}$', 'Escriba el órgano y el año, p. ej. «stl-2024».'],
          } satisfies CampoDelEditor,
          rows('csv-calendario', catalogos, 'Una fila por sesión programada.'),
        ],
      },
      {
        name: 'eventos',
        label: 'Eventos',
        format: 'csv-eventos',
        files: [
          { name: 'eventos', label: 'Eventos', file: 'content/eventos.csv', fields: [rows('csv-eventos', catalogos, 'Una fila por actividad pública.')] },
        ],
      },
    ],
  };
}
export type ConfiguracionDelEditor = ReturnType<typeof editorConfig>;

interface Nombrado {
  id: string;
  nombre: string;
  siglas?: string;
}

export interface CatalogosDelContenido {
  organos: Nombrado[];
  personas: Nombrado[];
  instituciones: Nombrado[];
  sesiones: { id: string; fecha: string; titulo: string }[];
  compromisos: { id: string; titulo: string }[];
  acuerdos: { id: string; clave?: string }[];
}

const porEtiqueta = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'es');
const nombrado = (lista: Nombrado[]) => lista.map((x) => ({ value: x.id, label: x.siglas ? `${x.nombre} (${x.siglas})` : x.nombre })).sort(porEtiqueta);

/** Select options of every catalogue: the name shown, the id stored; sorted, so builds are stable. */
export function catalogueOptions(c: CatalogosDelContenido): OpcionesDeCatalogos {
  return {
    organos: nombrado(c.organos),
    personas: nombrado(c.personas),
    instituciones: nombrado(c.instituciones),
    sesiones: c.sesiones.map((s) => ({ value: s.id, label: `${s.fecha} · ${s.titulo} (${s.id})` })).sort(porEtiqueta),
    compromisos: c.compromisos.map((x) => ({ value: x.id, label: x.titulo })).sort(porEtiqueta),
    acuerdos: c.acuerdos.map((a) => ({ value: a.id, label: a.clave ? `${a.clave} (${a.id})` : a.id })).sort(porEtiqueta),
  };
}
