/**
 * Editor fields (Decap CMS widgets) generated from a zod schema, through its JSON Schema: the
 * Spanish `.describe()` text becomes the hint, required fields are marked, enumerations become
 * selects with the site's own labels, and identifiers that point to a catalogue become selects
 * filled from the content. A field no rule covers stops the generation with its path, so a new
 * schema field cannot silently go missing from the editor.
 */
import { ETIQUETAS } from '../etiquetas.ts';
import type { JsonSchema } from '../esquema-json.ts';

export interface Opcion {
  label: string;
  value: string;
}

/** One Decap CMS field (only the options this generator writes). */
export interface CampoDelEditor {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'datetime' | 'select' | 'list' | 'object' | 'markdown';
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: Opcion[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  fields?: CampoDelEditor[];
  field?: CampoDelEditor;
  collapsed?: boolean;
  summary?: string;
}

/** Catalogues whose ids other records point to, as select options. */
export type Catalogo = 'organos' | 'personas' | 'instituciones' | 'sesiones' | 'compromisos' | 'acuerdos';
export type OpcionesDeCatalogos = Record<Catalogo, Opcion[]>;

const IDENTIFICADOR = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const FECHA = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * Which catalogue an identifier points to, read from its description: each reference field
 * names its catalogue there («id de content/personas.yaml», «Acuerdo (id) …», «Sesión …»).
 */
export function referencedCatalogue(descripcion = ''): Catalogo | undefined {
  if (/content\/organos\.yaml/.test(descripcion)) return 'organos';
  if (/content\/personas\.yaml/.test(descripcion)) return 'personas';
  if (/content\/instituciones\.yaml/.test(descripcion)) return 'instituciones';
  if (/content\/compromisos\//.test(descripcion)) return 'compromisos';
  if (/content\/sesiones\//.test(descripcion) || /^(La )?[Ss]esión\b/.test(descripcion)) return 'sesiones';
  if (/^Acuerdo \(/.test(descripcion)) return 'acuerdos';
  return undefined;
}

/** Words of field names that take an accent or a capital in Spanish. */
const PALABRAS: Record<string, string> = {
  titulo: 'título',
  numero: 'número',
  organo: 'órgano',
  institucion: 'institución',
  sesion: 'sesión',
  dia: 'día',
  lineas: 'líneas',
  accion: 'acción',
  descripcion: 'descripción',
  representacion: 'representación',
  votacion: 'votación',
  precision: 'precisión',
  anio: 'año',
  url: 'URL',
  sha256: 'SHA-256',
  id: 'identificador',
  organo_superior: 'órgano superior',
};

/** Spanish label of a field name: `orden_del_dia` → «Orden del día». */
export function fieldLabel(nombre: string): string {
  const texto = nombre
    .split('_')
    .map((p) => PALABRAS[p] ?? p)
    .join(' ');
  return texto.charAt(0).toUpperCase() + texto.slice(1);
}

/** Fields whose text is a paragraph rather than a line. */
const PARRAFOS = new Set(['resumen', 'texto', 'objetivo', 'descripcion', 'nota']);

function enumOptions(valores: unknown[]): Opcion[] {
  const claves = valores.map(String);
  // The smallest label table that has every value (some tables add derived states).
  const tabla = (Object.values(ETIQUETAS) as Record<string, string>[])
    .filter((t) => claves.every((c) => c in t))
    .sort((a, b) => Object.keys(a).length - Object.keys(b).length)[0];
  return claves.map((value) => ({ value, label: tabla?.[value] || fieldLabel(value.replace(/-/g, '_')) }));
}

const MENSAJES: Record<string, string> = {
  [IDENTIFICADOR]: 'Use minúsculas sin acentos, números y guiones (p. ej. «stl-2022-12-16»).',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'Escriba la hora como HH:MM de 24 horas (p. ej. 17:00).',
  '^[0-9a-f]{64}$': 'Se esperaba un SHA-256 de 64 caracteres hexadecimales en minúsculas.',
};

function scalarField(base: Omit<CampoDelEditor, 'widget'>, s: JsonSchema, catalogos: OpcionesDeCatalogos, ruta: string): CampoDelEditor {
  if (s.enum) return { ...base, widget: 'select', options: enumOptions(s.enum) };
  switch (s.type) {
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: s.type === 'integer' ? 'int' : 'float',
        ...(s.exclusiveMinimum === 0 ? { min: 1 } : s.minimum !== undefined ? { min: s.minimum } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'string': {
      if (s.pattern === FECHA) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
      if (s.pattern === IDENTIFICADOR) {
        const catalogo = referencedCatalogue(s.description);
        if (catalogo) return { ...base, widget: 'select', options: catalogos[catalogo] };
      }
      const widget = PARRAFOS.has(base.name) ? 'text' : 'string';
      if (s.format === 'uri') return { ...base, widget, pattern: ['^https?://', 'Escriba la dirección completa, con https://.'] };
      if (s.pattern) return { ...base, widget, pattern: [s.pattern, MENSAJES[s.pattern] ?? `Debe cumplir el patrón ${s.pattern}.`] };
      return { ...base, widget };
    }
    default:
      throw new Error(`El editor no tiene un control para el campo «${ruta}» (tipo ${JSON.stringify(s.type ?? 'desconocido')})`);
  }
}

/** Editor field for one property of a schema; `ruta` names it in errors (`sesiones.asistentes.persona`). */
export function editorField(nombre: string, s: JsonSchema, obligatorio: boolean, catalogos: OpcionesDeCatalogos, ruta: string): CampoDelEditor {
  const base: Omit<CampoDelEditor, 'widget'> = {
    name: nombre,
    label: fieldLabel(nombre),
    required: obligatorio,
    ...(s.description ? { hint: s.description } : {}),
    // Lists too: without an explicit empty default the editor opens a list with one blank item.
    ...(s.default !== undefined ? { default: s.default } : {}),
  };
  if (s.type === 'object') {
    const fields = editorFields(s, catalogos, ruta);
    // The editor checks an optional block's required fields even when the block is left empty,
    // so there they are marked in the hint and left to `validate`.
    return { ...base, widget: 'object', collapsed: !obligatorio, fields: obligatorio ? fields : fields.map(requiredWhenFilled) };
  }
  if (s.type === 'array') {
    const items = s.items ?? {};
    if (items.type === 'object') {
      const primero = Object.keys(items.properties ?? {})[0];
      return {
        ...base,
        widget: 'list',
        collapsed: true,
        ...(primero ? { summary: `{{fields.${primero}}}` } : {}),
        fields: editorFields(items, catalogos, ruta),
      };
    }
    // A list of references names its catalogue in the list's own description.
    const campo = scalarField({ name: nombre, label: fieldLabel(nombre) }, { description: s.description, ...items }, catalogos, ruta);
    if (campo.widget === 'select') return { ...base, widget: 'select', multiple: true, options: campo.options };
    return { ...base, widget: 'list', field: campo };
  }
  return scalarField(base, s, catalogos, ruta);
}

const OBLIGATORIO_SI_SE_LLENA = 'Obligatorio si se llena este bloque.';

function requiredWhenFilled(campo: CampoDelEditor): CampoDelEditor {
  if (campo.required === false) return campo;
  return { ...campo, required: false, hint: campo.hint ? `${campo.hint} ${OBLIGATORIO_SI_SE_LLENA}` : OBLIGATORIO_SI_SE_LLENA };
}

/** Editor fields of every property of an object schema, in the schema's order. */
export function editorFields(s: JsonSchema, catalogos: OpcionesDeCatalogos, ruta = ''): CampoDelEditor[] {
  const requeridos = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).map(([nombre, prop]) =>
    editorField(nombre, prop, requeridos.has(nombre), catalogos, ruta ? `${ruta}.${nombre}` : nombre),
  );
}
