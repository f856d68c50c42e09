/**
 * Open-government commitments (`content/compromisos/<id>.md|mdx`): one file per commitment of an
 * action plan. The body explains the commitment; the front matter holds its phases and the dated
 * progress reports, each linked to the session where it was presented.
 */
import { z } from 'astro/zod';
import { enumOf, entero, fecha, fuente, identificador, texto } from './comunes.ts';
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
  /** Which phase. */
  fase: enumOf(FASES, 'una fase').describe('Cuál de las cinco fases.'),
  /** Its state as last reported. */
  estado: enumOf(ESTADOS_DE_FASE, 'un estado de fase').describe('Estado de la fase según el último reporte.'),
  /** Date the phase reached that state, when the sources give it. */
  fecha: fecha.optional().describe('Fecha en que la fase llegó a ese estado, si las fuentes la dan.'),
  /** What the sources say about the phase. */
  nota: texto.optional().describe('Qué dicen las fuentes sobre la fase.'),
  /** Where that comes from. */
  fuente: fuente.optional().describe('De dónde proviene la información.'),
});
export type FaseDeCompromiso = z.infer<typeof faseSchema>;

/** A figure reported in a progress report. */
export const cifraSchema = z.strictObject({
  /** What is counted (e.g. «Trámites y servicios jurídicos brindados»). */
  indicador: texto.describe('Qué se cuenta (p. ej. «Trámites y servicios jurídicos brindados»).'),
  /** The number as reported. */
  valor: z.number({ error: 'se esperaba un número' }).describe('La cifra tal como se informó.'),
  /** Unit, when it is not obvious from the indicator (e.g. «%»). */
  unidad: texto.optional().describe('Unidad, si no es obvia por el indicador (p. ej. «%»).'),
  /** Exact figure, a lower bound («más de») or a target. */
  precision: enumOf(PRECISIONES, 'una precisión').default('exacta').describe('Si la cifra es exacta, un mínimo («más de») o una meta.'),
});
export type Cifra = z.infer<typeof cifraSchema>;

/** A dated progress report. */
export const avanceSchema = z.strictObject({
  /** Date it was presented. */
  fecha: fecha.describe('Fecha en que se presentó.'),
  /** Session where it was presented (`content/sesiones/`). */
  sesion: identificador.optional().describe('Sesión en que se presentó (id de content/sesiones/).'),
  /** Who presented it (`content/personas.yaml`). */
  presentado_por: identificador.optional().describe('Quién lo presentó (id de content/personas.yaml).'),
  /** What was reported, in a few sentences. */
  resumen: texto.describe('Qué se informó, en pocas oraciones.'),
  /** Figures reported. */
  cifras: z.array(cifraSchema).default([]).describe('Cifras informadas.'),
});
export type Avance = z.infer<typeof avanceSchema>;

/** A line of action of the commitment. */
export const lineaDeAccionSchema = z.strictObject({
  /** Number as printed, when the sources number it. */
  numero: entero.optional().describe('Número tal como lo imprimen las fuentes, si lo numeran.'),
  /** Text of the line of action. */
  texto: texto.describe('Texto de la línea de acción.'),
});

export const compromisoSchema = z.strictObject({
  /** Title of the commitment as published in the plan. */
  titulo: texto.describe('Título del compromiso como se publicó en el plan.'),
  /** Short title for lists and charts. */
  titulo_corto: texto.optional().describe('Título corto para listas y gráficas.'),
  /** Co-created (from citizen consultation) or proactive (proposed by a member of the STL). */
  tipo: enumOf(TIPOS_DE_COMPROMISO, 'un tipo de compromiso').describe(
    'Cocreado (surgió de la consulta ciudadana) o proactivo (lo propuso un integrante del STL).',
  ),
  /** Position in the plan's list of its type. */
  numero: entero.optional().describe('Lugar en la lista del plan de su tipo.'),
  /** Action plan it belongs to. */
  plan: texto.describe('Plan de acción al que pertenece.'),
  /** Thematic axis, when the sources state it. */
  eje: texto.optional().describe('Eje temático, solo si las fuentes lo indican.'),
  /** Institution responsible (`content/instituciones.yaml`). */
  responsable: identificador.describe('Institución responsable (id de content/instituciones.yaml).'),
  /** Other institutions working on it. */
  corresponsables: z.array(identificador).default([]).describe('Otras instituciones que participan (ids de content/instituciones.yaml).'),
  /** Overall state. */
  estado: enumOf(ESTADOS_DE_COMPROMISO, 'un estado de compromiso').describe('Estado general del compromiso.'),
  /** Objective in one or two sentences. */
  objetivo: texto.describe('Objetivo en una o dos oraciones.'),
  /** Phases (proactive commitments). */
  fases: z.array(faseSchema).default([]).describe('Fases (solo compromisos proactivos).'),
  /** Lines of action. */
  lineas_de_accion: z.array(lineaDeAccionSchema).default([]).describe('Líneas de acción.'),
  /** Dated progress reports. */
  avances: z.array(avanceSchema).default([]).describe('Reportes de avance fechados.'),
  /** Where the facts come from. */
  fuentes: z.array(fuente).default([]).describe('De dónde provienen los datos.'),
  /** Original documents of the commitment (e.g. its proposal), under `public/documentos/`. */
  documentos: z.array(documentoSchema).default([]).describe('Documentos originales del compromiso (p. ej. su propuesta), en public/documentos/.'),
});
export type CompromisoDatos = z.infer<typeof compromisoSchema>;
