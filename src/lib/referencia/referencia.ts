/**
 * The field reference of CONTRIBUTING.md, generated from the zod schemas (their Spanish
 * `.describe()` texts, types, enumerations and required fields), so documentation cannot drift
 * from the code.
 */
import { z } from 'astro/zod';
import { institucionSchema, organoSchema, personaSchema } from '../../schemas/catalogos.ts';
import { compromisoSchema } from '../../schemas/compromiso.ts';
import { encuestaSchema, preguntaSchema } from '../../schemas/encuesta.ts';
import { sesionSchema } from '../../schemas/sesion.ts';
import { calendarioSchema, eventoSchema, municipioSchema, seguimientoDeAcuerdoSchema } from '../../schemas/tablas.ts';
import { inputSchema, type JsonSchema } from '../esquema-json.ts';

export interface Coleccion {
  titulo: string;
  archivo: string;
  descripcion: string;
  schema: z.ZodType;
}

/** The collections staff edit, in the order of the contributor guide. */
export const COLECCIONES: Coleccion[] = [
  {
    titulo: 'Sesiones',
    archivo: 'content/sesiones/<órgano>-<AAAA-MM-DD>.md',
    descripcion:
      'Encabezado de cada sesión; el cuerpo del archivo es el texto del acta. Puede guardarse en una subcarpeta por año (`content/sesiones/2023/stl-2023-02-24.md`): el identificador es el nombre del archivo, que no debe repetirse. Un archivo `.mdx` se revisa como lo compila el sitio: escriba `\\<` y `\\{` si quiere esos signos como texto.',
    schema: sesionSchema,
  },
  {
    titulo: 'Compromisos',
    archivo: 'content/compromisos/<id>.md',
    descripcion: 'Encabezado de cada compromiso; el cuerpo es su descripción.',
    schema: compromisoSchema,
  },
  {
    titulo: 'Seguimiento de acuerdos',
    archivo: 'content/seguimiento-de-acuerdos.csv',
    descripcion: 'Una fila por cada estado informado de un acuerdo.',
    schema: seguimientoDeAcuerdoSchema,
  },
  { titulo: 'Calendarios', archivo: 'content/calendarios/<órgano>-<año>.csv', descripcion: 'Una fila por sesión programada.', schema: calendarioSchema },
  { titulo: 'Eventos', archivo: 'content/eventos.csv', descripcion: 'Una fila por actividad pública.', schema: eventoSchema },
  {
    titulo: 'Encuestas',
    archivo: 'data/encuestas/<id>/encuesta.yaml',
    descripcion: 'Datos de la encuesta; junto a él van preguntas.csv y la exportación sin modificar, respuestas.csv (ver /encuestas/formato/).',
    schema: encuestaSchema,
  },
  {
    titulo: 'Preguntas de una encuesta',
    archivo: 'data/encuestas/<id>/preguntas.csv',
    descripcion: 'Una fila por columna de la exportación que es una pregunta.',
    schema: preguntaSchema,
  },
  { titulo: 'Órganos', archivo: 'content/organos.yaml', descripcion: 'Lista de órganos colegiados.', schema: organoSchema },
  { titulo: 'Personas', archivo: 'content/personas.yaml', descripcion: 'Lista de personas; el cargo va en cada asistencia.', schema: personaSchema },
  { titulo: 'Instituciones', archivo: 'content/instituciones.yaml', descripcion: 'Lista de instituciones.', schema: institucionSchema },
  { titulo: 'Municipios', archivo: 'data/municipios-edomex.csv', descripcion: 'Catálogo del INEGI (no se edita a mano).', schema: municipioSchema },
];

const PATRONES: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'identificador',
  '^\\d{4}-\\d{2}-\\d{2}$': 'fecha AAAA-MM-DD',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'hora "HH:MM"',
  '^[0-9a-f]{64}$': 'SHA-256',
};

function typeOf(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeOf).join(' o ');
  if (s.enum) return `uno de: ${s.enum.map((v) => `\`${v}\``).join(', ')}`;
  if (s.pattern && PATRONES[s.pattern]) return PATRONES[s.pattern];
  if (s.format === 'uri') return 'dirección web';
  switch (s.type) {
    case 'integer':
      return 'número entero';
    case 'number':
      return 'número';
    case 'boolean':
      return 'sí/no (`true`/`false`)';
    case 'array':
      return s.items?.type === 'object' ? 'lista de registros (ver abajo)' : `lista de ${typeOf(s.items ?? {})}`;
    case 'object':
      return 'registro (ver abajo)';
    default:
      return s.pattern ? `texto (${s.pattern})` : 'texto';
  }
}

/**
 * How a default value reads in the reference: as it would be written in the file (`false`,
 * `"texto"`, `{"Naucalpan": "15057"}`), or in words when it is empty. No default, or an empty list
 * (every list field starts empty), gives nothing to say.
 */
export function describeDefault(valor: unknown): string | undefined {
  if (valor === undefined || (Array.isArray(valor) && valor.length === 0)) return undefined;
  if (valor === null) return 'ninguno';
  if (typeof valor === 'object' && !Array.isArray(valor)) {
    const pares = Object.entries(valor as Record<string, unknown>);
    if (!pares.length) return 'ninguna (registro vacío, `{}`)';
    return `\`{${pares.map(([clave, v]) => `${JSON.stringify(clave)}: ${JSON.stringify(v)}`).join(', ')}}\``;
  }
  if (Array.isArray(valor)) return `\`[${valor.map((v) => JSON.stringify(v)).join(', ')}]\``;
  return `\`${typeof valor === 'string' ? valor : JSON.stringify(valor)}\``;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(nombre: string, schema: JsonSchema, nivel: number, out: string[]) {
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  out.push(`${'#'.repeat(nivel)} ${nombre}`, '', '| campo | obligatorio | tipo | descripción |', '|---|---|---|---|');
  const anidados: [string, JsonSchema][] = [];
  for (const [campo, prop] of Object.entries(props)) {
    const omision = describeDefault(prop.default);
    const defecto = omision ? ` Por omisión: ${omision}.` : '';
    out.push(`| \`${campo}\` | ${required.has(campo) ? 'sí' : 'no'} | ${escapeCell(typeOf(prop))} | ${escapeCell((prop.description ?? '') + defecto)} |`);
    const inner = prop.type === 'array' ? prop.items : prop;
    if (inner?.type === 'object' && inner.properties) anidados.push([campo, inner]);
  }
  out.push('');
  for (const [campo, inner] of anidados) table(`${nombre} › \`${campo}\``, inner, Math.min(nivel + 1, 6), out);
}

/** Markdown of the whole field reference. */
export function fieldReference(colecciones: Coleccion[] = COLECCIONES): string {
  const out: string[] = [];
  for (const c of colecciones) {
    const json = inputSchema(c.schema);
    out.push(`### ${c.titulo}`, '', `Archivo: \`${c.archivo}\`. ${c.descripcion}`, '');
    table(`Campos de ${c.titulo.toLowerCase()}`, json, 4, out);
  }
  return out.join('\n').trimEnd() + '\n';
}

export const INICIO = '<!-- referencia-de-campos:inicio (generado por npm run referencia; no editar a mano) -->';
export const FIN = '<!-- referencia-de-campos:fin -->';

/** Replaces the generated section of a document; throws when its markers are missing. */
export function replaceReference(documento: string, referencia: string): string {
  const a = documento.indexOf(INICIO);
  const b = documento.indexOf(FIN);
  if (a < 0 || b < a) throw new Error(`Faltan las marcas ${INICIO} … ${FIN}`);
  return `${documento.slice(0, a + INICIO.length)}\n\n${referencia}\n${documento.slice(b)}`;
}
