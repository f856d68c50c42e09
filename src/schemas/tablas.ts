/**
 * Rows of the CSV collections under `content/`. CSV cells arrive as text; empty cells arrive as
 * `undefined`, so optional columns may be left blank.
 */
import { z } from 'astro/zod';
import { enumOf, entero, fecha, hora, identificador, texto } from './comunes.ts';
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
  /** Agreement (its `id`, declared in its session). */
  acuerdo: identificador.describe('Acuerdo (su «id», declarado en su sesión).'),
  /** Date of the report. */
  fecha: fecha.describe('Fecha del reporte.'),
  /** Status reported that day. */
  estado: enumOf(ESTADOS_DE_ACUERDO, 'un estado de acuerdo').describe('Estado informado ese día.'),
  /** What was reported. */
  nota: texto.optional().describe('Qué se informó.'),
  /** Session where the status was reported, when there is one. */
  sesion: identificador.optional().describe('Sesión en que se informó el estado, si la hay.'),
});
export type SeguimientoDeAcuerdo = z.infer<typeof seguimientoDeAcuerdoSchema>;

/** States a planned session can be given by hand; `celebrada` is derived from held sessions. */
export const ESTADOS_DE_CALENDARIO = {
  programada: 'Programada',
  celebrada: 'Celebrada',
  reprogramada: 'Reprogramada',
  cancelada: 'Cancelada',
} as const;
export type EstadoDeCalendario = keyof typeof ESTADOS_DE_CALENDARIO;

/** `content/calendarios/<organo>-<anio>.csv`: sessions a body planned for a year. */
export const calendarioSchema = z.strictObject({
  /** Body (`content/organos.yaml`). */
  organo: identificador.describe('Órgano (id de content/organos.yaml).'),
  /** Year of the calendar. */
  anio: entero.describe('Año del calendario.'),
  /** Number of the planned session. */
  numero: entero.describe('Número de la sesión programada.'),
  /** Kind of session. */
  tipo: enumOf(TIPOS_DE_SESION, 'un tipo de sesión').describe('Tipo de sesión.'),
  /** Planned date. */
  fecha_programada: fecha.describe('Fecha programada.'),
  /** Planned start time. */
  hora: hora.optional().describe('Hora de inicio prevista.'),
  /** Agreement (id) that approved the calendar. */
  aprobado_por: identificador.optional().describe('Acuerdo (id) que aprobó el calendario.'),
  /** Only `reprogramada` or `cancelada` need to be written; otherwise it is derived. */
  estado: enumOf(ESTADOS_DE_CALENDARIO, 'un estado de calendario')
    .optional()
    .describe('Solo hace falta escribir «reprogramada» o «cancelada»; si no, se calcula.'),
  /** Held session (id), when its date differs from the planned one. */
  sesion: identificador.optional().describe('Sesión celebrada (id), cuando su fecha difiere de la programada.'),
  /** Remark shown beside the entry. */
  nota: texto.optional().describe('Observación que se muestra junto a la fecha.'),
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
    /** Stable identifier used in its URL. */
    id: identificador.describe('Identificador estable que forma su dirección.'),
    /** Date (or first day). */
    fecha: fecha.describe('Fecha (o primer día).'),
    /** Last day, for activities that span several days. */
    fecha_fin: fecha.optional().describe('Último día, para actividades de varios días.'),
    /** Start time. */
    hora: hora.optional().describe('Hora de inicio.'),
    /** Title. */
    titulo: texto.describe('Título.'),
    /** Kind of activity. */
    tipo: enumOf(TIPOS_DE_EVENTO, 'un tipo de evento').describe('Tipo de actividad.'),
    /** Body that organises it (`content/organos.yaml`). */
    organo: identificador.optional().describe('Órgano que la organiza (id de content/organos.yaml).'),
    /** Institution that organises it (`content/instituciones.yaml`). */
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
    /** Audience group, when the programme is split in groups. */
    grupo: texto.optional().describe('Grupo al que se dirige, si el programa se divide en grupos.'),
    /** Face to face, virtual or hybrid. */
    modalidad: texto.optional().describe('Presencial, virtual o híbrida.'),
    /** What it is, in one or two sentences. */
    descripcion: texto.optional().describe('Qué es, en una o dos oraciones.'),
    /** Session (id) or agreement (id) where it was approved or announced. */
    fuente: identificador.optional().describe('Sesión (id) o acuerdo (id) en que se aprobó o anunció.'),
    /** Remark. */
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
  /** Official name. */
  nombre: texto.describe('Nombre oficial.'),
});
export type Municipio = z.infer<typeof municipioSchema>;
