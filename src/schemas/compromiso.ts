/**
 * Open-government commitments (`content/compromisos/<id>.md|mdx`): one file per commitment of an
 * action plan. The body explains the commitment; the front matter holds its phases and the dated
 * progress reports, each linked to the session where it was presented.
 */
import { z } from 'astro/zod';
import { enumOf, entero, fecha, fuente, fuenteDeEstado, identificador, texto } from './comunes.ts';
import { documentoSchema } from './sesion.ts';

export const TIPOS_DE_COMPROMISO = {
  cocreado: 'Cocreado',
  proactivo: 'Proactivo',
} as const;

export const ESTADOS_DE_COMPROMISO = {
  'en-diseno': 'En diseño',
  'en-implementacion': 'En implementación',
  concluido: 'Concluido',
  cancelado: 'Cancelado',
} as const;

/** The five phases of a proactive commitment, in order (Metodología del STL). */
export const FASES = {
  propuesta: 'Propuesta',
  'arbol-de-problemas': 'Árbol de problemas',
  'dialogo-abierto': 'Diálogo abierto con organizaciones',
  'hoja-de-ruta': 'Hoja de ruta',
  publicacion: 'Publicación',
} as const;
export type Fase = keyof typeof FASES;

export const ESTADOS_DE_FASE = {
  pendiente: 'Pendiente',
  'en-proceso': 'En proceso',
  concluida: 'Concluida',
} as const;

/** How a reported figure relates to the number (the minutes often say «más de»). */
export const PRECISIONES = {
  exacta: '',
  'mas-de': 'más de',
  meta: 'meta:',
} as const;

/** One phase of a proactive commitment. */
export const faseSchema = z.strictObject({
  fase: enumOf(FASES, 'una fase').describe('Cuál de las cinco fases.'),
  estado: enumOf(ESTADOS_DE_FASE, 'un estado de fase').describe('Estado de la fase según el último reporte.'),
  fecha: fecha.optional().describe('Fecha en que la fase llegó a ese estado, si las fuentes la dan.'),
  nota: texto.optional().describe('Qué dicen las fuentes sobre la fase.'),
  fuente: fuenteDeEstado.describe('De dónde proviene el estado de la fase: documento, sesión y cita (obligatoria).'),
});
export type FaseDeCompromiso = z.infer<typeof faseSchema>;

/** A figure reported in a progress report. */
export const cifraSchema = z.strictObject({
  indicador: texto.describe('Qué se cuenta (p. ej. «Trámites y servicios jurídicos brindados»).'),
  valor: z.number({ error: 'se esperaba un número' }).describe('La cifra tal como se informó.'),
  unidad: texto.optional().describe('Unidad, si no es obvia por el indicador (p. ej. «%»).'),
  precision: enumOf(PRECISIONES, 'una precisión').default('exacta').describe('Si la cifra es exacta, un mínimo («más de») o una meta.'),
});
export type Cifra = z.infer<typeof cifraSchema>;

/** A dated progress report. */
export const avanceSchema = z.strictObject({
  fecha: fecha.describe('Fecha en que se presentó.'),
  sesion: identificador.optional().describe('Sesión en que se presentó (id de content/sesiones/).'),
  presentado_por: identificador.optional().describe('Quién lo presentó (id de content/personas.yaml).'),
  resumen: texto.describe('Qué se informó, en pocas oraciones.'),
  cifras: z.array(cifraSchema).default([]).describe('Cifras informadas.'),
});
export type Avance = z.infer<typeof avanceSchema>;

/** A line of action of the commitment. */
export const lineaDeAccionSchema = z.strictObject({
  numero: entero.optional().describe('Número tal como lo imprimen las fuentes, si lo numeran.'),
  texto: texto.describe('Texto de la línea de acción.'),
});

export const compromisoSchema = z.strictObject({
  titulo: texto.describe('Título del compromiso como se publicó en el plan.'),
  titulo_corto: texto.optional().describe('Título corto para listas y gráficas.'),
  tipo: enumOf(TIPOS_DE_COMPROMISO, 'un tipo de compromiso').describe(
    'Cocreado (surgió de la consulta ciudadana) o proactivo (lo propuso un integrante del STL).',
  ),
  numero: entero.optional().describe('Lugar en la lista del plan de su tipo.'),
  plan: texto.describe('Plan de acción al que pertenece.'),
  eje: texto.optional().describe('Eje temático, solo si las fuentes lo indican.'),
  responsable: identificador.describe('Institución responsable (id de content/instituciones.yaml).'),
  corresponsables: z.array(identificador).default([]).describe('Otras instituciones que participan (ids de content/instituciones.yaml).'),
  estado: enumOf(ESTADOS_DE_COMPROMISO, 'un estado de compromiso').describe('Estado general del compromiso.'),
  objetivo: texto.describe('Objetivo en una o dos oraciones.'),
  fases: z.array(faseSchema).default([]).describe('Fases (solo compromisos proactivos).'),
  lineas_de_accion: z.array(lineaDeAccionSchema).default([]).describe('Líneas de acción.'),
  avances: z.array(avanceSchema).default([]).describe('Reportes de avance fechados.'),
  fuentes: z.array(fuente).default([]).describe('De dónde provienen los datos.'),
  documentos: z.array(documentoSchema).default([]).describe('Documentos originales del compromiso (p. ej. su propuesta), en public/documentos/.'),
});

/**
 * Commitments as past versions wrote them, before every phase had to cite its source: only the
 * dataset history reads these.
 */
export const compromisoAnteriorSchema = compromisoSchema.extend({
  fases: z.array(faseSchema.extend({ fuente: fuenteDeEstado.partial({ cita: true }).optional() })).default([]),
});
export type CompromisoDatos = z.infer<typeof compromisoSchema>;
