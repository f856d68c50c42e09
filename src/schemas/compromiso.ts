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
  fase: enumOf(FASES, 'una fase'),
  /** Its state as last reported. */
  estado: enumOf(ESTADOS_DE_FASE, 'un estado de fase'),
  /** Date the phase reached that state, when the sources give it. */
  fecha: fecha.optional(),
  /** What the sources say about the phase. */
  nota: texto.optional(),
  /** Where that comes from. */
  fuente: fuente.optional(),
});
export type FaseDeCompromiso = z.infer<typeof faseSchema>;

/** A figure reported in a progress report. */
export const cifraSchema = z.strictObject({
  /** What is counted (e.g. «Trámites y servicios jurídicos brindados»). */
  indicador: texto,
  /** The number as reported. */
  valor: z.number({ error: 'se esperaba un número' }),
  /** Unit, when it is not obvious from the indicator (e.g. «%»). */
  unidad: texto.optional(),
  /** Exact figure, a lower bound («más de») or a target. */
  precision: enumOf(PRECISIONES, 'una precisión').default('exacta'),
});
export type Cifra = z.infer<typeof cifraSchema>;

/** A dated progress report. */
export const avanceSchema = z.strictObject({
  /** Date it was presented. */
  fecha,
  /** Session where it was presented (`content/sesiones/`). */
  sesion: identificador.optional(),
  /** Who presented it (`content/personas.yaml`). */
  presentado_por: identificador.optional(),
  /** What was reported, in a few sentences. */
  resumen: texto,
  /** Figures reported. */
  cifras: z.array(cifraSchema).default([]),
});
export type Avance = z.infer<typeof avanceSchema>;

/** A line of action of the commitment. */
export const lineaDeAccionSchema = z.strictObject({
  /** Number as printed, when the sources number it. */
  numero: entero.optional(),
  /** Text of the line of action. */
  texto,
});

export const compromisoSchema = z.strictObject({
  /** Title of the commitment as published in the plan. */
  titulo: texto,
  /** Short title for lists and charts. */
  titulo_corto: texto.optional(),
  /** Co-created (from citizen consultation) or proactive (proposed by a member of the STL). */
  tipo: enumOf(TIPOS_DE_COMPROMISO, 'un tipo de compromiso'),
  /** Position in the plan's list of its type. */
  numero: entero.optional(),
  /** Action plan it belongs to. */
  plan: texto,
  /** Thematic axis, when the sources state it. */
  eje: texto.optional(),
  /** Institution responsible (`content/instituciones.yaml`). */
  responsable: identificador,
  /** Other institutions working on it. */
  corresponsables: z.array(identificador).default([]),
  /** Overall state. */
  estado: enumOf(ESTADOS_DE_COMPROMISO, 'un estado de compromiso'),
  /** Objective in one or two sentences. */
  objetivo: texto,
  /** Phases (proactive commitments). */
  fases: z.array(faseSchema).default([]),
  /** Lines of action. */
  lineas_de_accion: z.array(lineaDeAccionSchema).default([]),
  /** Dated progress reports. */
  avances: z.array(avanceSchema).default([]),
  /** Where the facts come from. */
  fuentes: z.array(fuente).default([]),
  /** Original documents of the commitment (e.g. its proposal), under `public/documentos/`. */
  documentos: z.array(documentoSchema).default([]),
});
export type CompromisoDatos = z.infer<typeof compromisoSchema>;
