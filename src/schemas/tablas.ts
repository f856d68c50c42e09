/**
 * Rows of the CSV collections under `content/`. CSV cells arrive as text; empty cells arrive as
 * `undefined`, so optional columns may be left blank.
 */
import { z } from 'astro/zod';
import { cita, enumOf, entero, fecha, hora, identificador, texto } from './comunes.ts';
import { TIPOS_DE_SESION } from './sesion.ts';

export const ESTADOS_DE_ACUERDO = {
  pendiente: 'Pendiente',
  'en-proceso': 'En proceso',
  cumplido: 'Cumplido',
  cancelado: 'Cancelado',
} as const;
export type EstadoDeAcuerdo = keyof typeof ESTADOS_DE_ACUERDO;

/** `content/seguimiento-de-acuerdos.csv`: one row per reported status of an agreement. */
export const seguimientoDeAcuerdoSchema = z.strictObject({
  acuerdo: identificador.describe('Acuerdo (su «id», declarado en su sesión).'),
  fecha: fecha.describe('Fecha del reporte.'),
  estado: enumOf(ESTADOS_DE_ACUERDO, 'un estado de acuerdo').describe('Estado informado ese día.'),
  nota: texto.optional().describe('Qué se informó.'),
  sesion: identificador.optional().describe('Sesión en que se informó el estado, si la hay.'),
  /** Document that reports the status (required: a status is only what a source reports). */
  fuente: z
    .string({ error: 'falta la fuente: el documento (acta, minuta o informe) y la parte que informan este estado (regla «no inferir», CONTRIBUTING.md)' })
    .trim()
    .min(1, { error: 'falta la fuente: el documento (acta, minuta o informe) y la parte que informan este estado (regla «no inferir», CONTRIBUTING.md)' })
    .describe('Documento que informa el estado y en qué parte (p. ej. «Acta de la Décimo Quinta Sesión Ordinaria del STL, punto V»). Obligatorio.'),
  cita: cita.describe('Palabras de la fuente que informan el estado, copiadas tal cual. Obligatoria.'),
});
export type SeguimientoDeAcuerdo = z.infer<typeof seguimientoDeAcuerdoSchema>;

/**
 * Follow-up rows as past versions of the table wrote them, before every status had to cite its
 * source: only the dataset history reads these, so earlier versions stay comparable (and the rows
 * later removed as unsourced show as removed, not as a gap in the history).
 */
export const seguimientoDeAcuerdoAnteriorSchema = seguimientoDeAcuerdoSchema.partial({ fuente: true, cita: true });

/**
 * States of a calendar entry. Staff write only `reprogramada`, `cancelada` (an approved date that
 * was later dropped) or `propuesta-no-aprobada` (a date proposed for the calendar that the body
 * did not approve: it was never a planned session); `celebrada` is derived from held sessions.
 */
export const ESTADOS_DE_CALENDARIO = {
  programada: 'Programada',
  celebrada: 'Celebrada',
  reprogramada: 'Reprogramada',
  cancelada: 'Cancelada',
  'propuesta-no-aprobada': 'Propuesta no aprobada',
} as const;
export type EstadoDeCalendario = keyof typeof ESTADOS_DE_CALENDARIO;

/** `content/calendarios/<organo>-<anio>.csv`: sessions a body planned for a year. */
export const calendarioSchema = z
  .strictObject({
    organo: identificador.describe('Órgano (id de content/organos.yaml).'),
    anio: entero.describe('Año del calendario.'),
    /** Number of the planned session; a proposal that was not approved has none. */
    numero: entero
      .optional()
      .describe('Número de la sesión programada (se deja vacío en una propuesta no aprobada, que no llegó a ser una sesión del calendario).'),
    tipo: enumOf(TIPOS_DE_SESION, 'un tipo de sesión').describe('Tipo de sesión.'),
    fecha_programada: fecha.describe('Fecha programada.'),
    hora: hora.optional().describe('Hora de inicio prevista.'),
    aprobado_por: identificador.optional().describe('Acuerdo (id) que aprobó el calendario.'),
    /** Only `reprogramada`, `cancelada` or `propuesta-no-aprobada` need to be written; otherwise it is derived. */
    estado: enumOf(ESTADOS_DE_CALENDARIO, 'un estado de calendario')
      .optional()
      .describe(
        'Solo hace falta escribir «reprogramada», «cancelada» (una fecha aprobada que después se canceló) o «propuesta-no-aprobada» (una fecha propuesta que el órgano no aprobó); si no, se calcula.',
      ),
    sesion: identificador.optional().describe('Sesión celebrada (id), cuando su fecha difiere de la programada.'),
    nota: texto.optional().describe('Observación que se muestra junto a la fecha.'),
  })
  .superRefine((entrada, ctx) => {
    const propuesta = entrada.estado === 'propuesta-no-aprobada';
    if (!propuesta && entrada.numero === undefined) {
      ctx.addIssue({ code: 'custom', path: ['numero'], message: 'falta el número de la sesión programada (solo una propuesta no aprobada va sin número)' });
    }
    if (propuesta && entrada.numero !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['numero'],
        message: 'una propuesta no aprobada no tiene número de sesión: deje la celda vacía y diga en «nota» cómo se propuso',
      });
    }
    if (propuesta && entrada.aprobado_por) {
      ctx.addIssue({ code: 'custom', path: ['aprobado_por'], message: 'una propuesta no aprobada no puede tener «aprobado_por»' });
    }
  });
export type EntradaDeCalendario = z.infer<typeof calendarioSchema>;

export const TIPOS_DE_EVENTO = {
  'jornada-de-sensibilizacion': 'Jornada de sensibilización',
  convocatoria: 'Convocatoria',
  'mesa-de-resultados': 'Mesa de resultados',
  presentacion: 'Presentación',
  foro: 'Foro',
  publicacion: 'Publicación',
  otro: 'Otro',
} as const;

/** `content/eventos.csv`: dated public activities other than sessions. */
export const eventoSchema = z
  .strictObject({
    id: identificador.describe('Identificador estable que forma su dirección.'),
    fecha: fecha.describe('Fecha (o primer día).'),
    fecha_fin: fecha.optional().describe('Último día, para actividades de varios días.'),
    hora: hora.optional().describe('Hora de inicio.'),
    titulo: texto.describe('Título.'),
    tipo: enumOf(TIPOS_DE_EVENTO, 'un tipo de evento').describe('Tipo de actividad.'),
    organo: identificador.optional().describe('Órgano que la organiza (id de content/organos.yaml).'),
    institucion: identificador.optional().describe('Institución que la organiza (id de content/instituciones.yaml).'),
    /** Speakers: person ids separated by «;». */
    ponentes: z
      .string()
      .transform((value) =>
        value
          .split(';')
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(z.array(identificador))
      .optional()
      .describe('Ponentes: ids de personas separados por «;».'),
    grupo: texto.optional().describe('Grupo al que se dirige, si el programa se divide en grupos.'),
    modalidad: texto.optional().describe('Presencial, virtual o híbrida.'),
    descripcion: texto.optional().describe('Qué es, en una o dos oraciones.'),
    fuente: identificador.optional().describe('Sesión (id) o acuerdo (id) en que se aprobó o anunció.'),
    nota: texto.optional().describe('Observación.'),
  })
  .superRefine((evento, ctx) => {
    if (!evento.organo && !evento.institucion) {
      ctx.addIssue({ code: 'custom', path: ['organo'], message: 'falta el órgano o la institución que organiza el evento' });
    }
    if (evento.fecha_fin && evento.fecha_fin < evento.fecha) {
      ctx.addIssue({
        code: 'custom',
        path: ['fecha_fin'],
        message: `la fecha final (${evento.fecha_fin}) es anterior a la inicial (${evento.fecha})`,
      });
    }
  });
export type Evento = z.infer<typeof eventoSchema>;

/** `data/municipios-edomex.csv`: INEGI's catalogue of the state's municipalities. */
export const municipioSchema = z.strictObject({
  /** State code (`15`). */
  cve_ent: z
    .string()
    .regex(/^\d{2}$/, { error: 'se esperaba la clave de entidad de 2 dígitos' })
    .describe('Clave de la entidad («15»).'),
  /** Municipality code, 3 zero-padded digits (a string: "001"). */
  cve_mun: z
    .string()
    .regex(/^\d{3}$/, { error: 'se esperaba la clave de municipio de 3 dígitos' })
    .describe('Clave del municipio, 3 dígitos con ceros a la izquierda (texto: «001»).'),
  /** Geostatistical key: state + municipality (`15001`). */
  cvegeo: z
    .string()
    .regex(/^\d{5}$/, { error: 'se esperaba la clave geoestadística de 5 dígitos' })
    .describe('Clave geoestadística: entidad + municipio («15001»).'),
  nombre: texto.describe('Nombre oficial.'),
});
export type Municipio = z.infer<typeof municipioSchema>;
