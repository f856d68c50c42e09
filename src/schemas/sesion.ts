/**
 * Sessions (`content/sesiones/<id>.md|mdx`): one file per meeting of a body. The front matter
 * holds the facts; the body is the text of the minutes. Agreements are declared here, inside the
 * session that adopted them, and published as their own collection.
 */
import { z } from 'astro/zod';
import { enumOf, entero, fecha, fuente, hora, identificador, sha256, texto, url } from './comunes.ts';

export const TIPOS_DE_SESION = {
  ordinaria: 'Ordinaria',
  extraordinaria: 'Extraordinaria',
  instalacion: 'Instalación',
  'reunion-de-trabajo': 'Reunión de trabajo',
} as const;

export const MODALIDADES = {
  presencial: 'Presencial',
  virtual: 'Virtual',
  hibrida: 'Híbrida',
} as const;

/** Whether the meeting took place. A cancelled session keeps its page (stable addresses). */
export const ESTADOS_DE_SESION = {
  celebrada: 'Celebrada',
  programada: 'Programada',
  cancelada: 'Cancelada',
} as const;

export const VOTACIONES = {
  unanimidad: 'Unanimidad',
  mayoria: 'Mayoría',
  'sin-votacion': 'Sin votación registrada',
} as const;

/** Role in which a person attended. */
export const CALIDADES_DE_ASISTENCIA = {
  integrante: 'Integrante',
  invitado: 'Persona invitada',
  'servidor-publico': 'Personal de apoyo',
} as const;

/** How the session was convened. */
export const convocatoriaSchema = z.strictObject({
  /** Number of the official letter that convened the session, as printed (e.g. `STL/016/2022`). */
  oficio: texto.optional(),
  /** Date of that letter. */
  fecha: fecha.optional(),
  /** Person who convened it. */
  convoca: identificador.optional(),
});

/** One attendance record: the post belongs to the session, not to the person. */
export const asistenteSchema = z.strictObject({
  /** Person (`content/personas.yaml`). */
  persona: identificador,
  /** Post held at the time, as printed (e.g. «Comisionado Presidente del Infoem»). */
  cargo: texto,
  /** Whom the person represented in this body (e.g. «Representante Titular del Órgano Garante»). */
  representacion: texto.optional(),
  /** Institution the person came from (`content/instituciones.yaml`). */
  institucion: identificador.optional(),
  /** Member, guest or support staff. */
  calidad: enumOf(CALIDADES_DE_ASISTENCIA, 'una calidad de asistencia').default('integrante'),
});
export type Asistente = z.infer<typeof asistenteSchema>;

/** One item of the agenda. */
export const puntoSchema = z.strictObject({
  /** Number as printed, usually a Roman numeral (`I`, `II`, …) or a digit. */
  numero: texto,
  /** Text of the item. */
  texto,
});
export type PuntoDelOrden = z.infer<typeof puntoSchema>;

/** One agreement adopted in the session. */
export const acuerdoSchema = z.strictObject({
  /** Unique, stable identifier used in its URL; never reused, even when the printed key repeats. */
  id: identificador,
  /** Key exactly as printed in the minutes (e.g. `STL/XV/1/2022`); may be absent or repeated. */
  clave: texto.optional(),
  /** Agenda item (its `numero`) under which it was adopted. */
  punto: texto.optional(),
  /** Full text of the agreement. */
  texto,
  /** How it was voted. */
  votacion: enumOf(VOTACIONES, 'un tipo de votación'),
  /** Short subject, used to group and search (e.g. «Calendario de sesiones»). */
  tema: texto.optional(),
  /** Commitment it concerns (`content/compromisos/`), when there is one. */
  compromiso: identificador.optional(),
  /** Remark about the record itself (e.g. a printed key that repeats another one). */
  nota: texto.optional(),
});
export type AcuerdoDeclarado = z.infer<typeof acuerdoSchema>;

/** An original document of the session, published under `public/documentos/`. */
export const documentoSchema = z.strictObject({
  /** Title shown on the page. */
  titulo: texto,
  /** File name under `public/documentos/` (e.g. `acta-stl-2022-12-16.txt`). */
  archivo: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: 'se esperaba el nombre de un archivo de public/documentos/ (minúsculas, números, guiones y punto)',
  }),
  /** What the file is (e.g. «Transcripción en texto del acta firmada»). */
  descripcion: texto.optional(),
  /** SHA-256 of the file, so anyone can check the copy they downloaded. */
  sha256,
});
export type Documento = z.infer<typeof documentoSchema>;

/** Follow-up meeting agreed at the end of the session. */
export const seguimientoSchema = z.strictObject({
  /** Date of the next meeting. */
  fecha,
  /** Planned start time. */
  hora: hora.optional(),
  /** The follow-up session, when it has its own record. */
  sesion: identificador.optional(),
});

export const sesionSchema = z
  .strictObject({
    /** Title as printed (e.g. «Décimo Quinta Sesión Ordinaria»). */
    titulo: texto,
    /** Body that held the session (`content/organos.yaml`). */
    organo: identificador,
    /** Kind of session. */
    tipo: enumOf(TIPOS_DE_SESION, 'un tipo de sesión'),
    /** Ordinal number in the body's own numbering (absent for working meetings or when unknown). */
    numero: entero.optional(),
    /** Whether it took place; sessions known only as planned are `programada`. */
    estado: enumOf(ESTADOS_DE_SESION, 'un estado de sesión').default('celebrada'),
    /** Date held (or planned). */
    fecha,
    /** Start time, local time of Mexico City. */
    hora_inicio: hora.optional(),
    /** End time. */
    hora_fin: hora.optional(),
    /** Face to face, virtual or hybrid. */
    modalidad: enumOf(MODALIDADES, 'una modalidad').optional(),
    /** Place or platform. */
    lugar: texto.optional(),
    /** One or two sentences saying what happened, for lists and feeds. */
    resumen: texto,
    /** Official letter that convened the session. */
    convocatoria: convocatoriaSchema.optional(),
    /** Who attended, with the post held that day. */
    asistentes: z.array(asistenteSchema).default([]),
    /** Agenda. */
    orden_del_dia: z.array(puntoSchema).default([]),
    /** Agreements adopted. */
    acuerdos: z.array(acuerdoSchema).default([]),
    /** Original documents with their SHA-256. */
    documentos: z.array(documentoSchema).default([]),
    /** Agreement (id) of a later session that approved these minutes, when known. */
    acta_aprobada_en: identificador.optional(),
    /** Next meeting agreed in this one. */
    seguimiento: seguimientoSchema.optional(),
    /** For sessions known only from other documents: where each fact comes from. */
    fuentes: z.array(fuente).default([]),
    /** Web address of the official minutes, when published elsewhere. */
    url_acta: url.optional(),
  })
  .superRefine((sesion, ctx) => {
    if (sesion.hora_inicio && sesion.hora_fin && sesion.hora_fin <= sesion.hora_inicio) {
      ctx.addIssue({
        code: 'custom',
        path: ['hora_fin'],
        message: `la hora de término (${sesion.hora_fin}) debe ser posterior a la de inicio (${sesion.hora_inicio})`,
      });
    }
  });
export type SesionDatos = z.infer<typeof sesionSchema>;
