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
  oficio: texto.optional().describe('Número del oficio de convocatoria, tal como se imprimió (p. ej. «STL/016/2022»).'),
  /** Date of that letter. */
  fecha: fecha.optional().describe('Fecha del oficio.'),
  /** Person who convened it. */
  convoca: identificador.optional().describe('Persona que convocó (id de content/personas.yaml).'),
});

/** One attendance record: the post belongs to the session, not to the person. */
export const asistenteSchema = z.strictObject({
  /** Person (`content/personas.yaml`). */
  persona: identificador.describe('Persona (id de content/personas.yaml).'),
  /** Post held at the time, as printed (e.g. «Comisionado Presidente del Infoem»). */
  cargo: texto.describe('Cargo que ocupaba ese día, tal como se imprimió (p. ej. «Comisionado Presidente del Infoem»).'),
  /** Whom the person represented in this body (e.g. «Representante Titular del Órgano Garante»). */
  representacion: texto.optional().describe('A quién representaba en el órgano (p. ej. «Representante Titular del Órgano Garante»).'),
  /** Institution the person came from (`content/instituciones.yaml`). */
  institucion: identificador.optional().describe('Institución de la que venía (id de content/instituciones.yaml).'),
  /** Member, guest or support staff. */
  calidad: enumOf(CALIDADES_DE_ASISTENCIA, 'una calidad de asistencia').default('integrante').describe('Integrante, persona invitada o personal de apoyo.'),
});
export type Asistente = z.infer<typeof asistenteSchema>;

/** One item of the agenda. */
export const puntoSchema = z.strictObject({
  /** Number as printed, usually a Roman numeral (`I`, `II`, …) or a digit. */
  numero: texto.describe('Número tal como se imprimió, normalmente en romanos (I, II, …) o arábigos.'),
  /** Text of the item. */
  texto: texto.describe('Texto del punto.'),
});
export type PuntoDelOrden = z.infer<typeof puntoSchema>;

/** Who must carry out an agreement, as the minutes name them: an institution, a person, or both. */
export const responsableSchema = z
  .strictObject({
    /** Institution in charge (`content/instituciones.yaml`). */
    institucion: identificador.optional().describe('Institución responsable (id de content/instituciones.yaml).'),
    /** Person in charge (`content/personas.yaml`). */
    persona: identificador.optional().describe('Persona responsable (id de content/personas.yaml).'),
  })
  .refine((r) => r.institucion !== undefined || r.persona !== undefined, {
    error: 'indique al menos «institucion» o «persona»',
  });
export type Responsable = z.infer<typeof responsableSchema>;

/** One agreement adopted in the session. */
export const acuerdoSchema = z.strictObject({
  /** Unique, stable identifier used in its URL; never reused, even when the printed key repeats. */
  id: identificador.describe('Identificador único y estable que forma su dirección; nunca se reutiliza, aunque la clave impresa se repita.'),
  /** Key exactly as printed in the minutes (e.g. `STL/XV/1/2022`); may be absent or repeated. */
  clave: texto.optional().describe('Clave exactamente como se imprimió en el acta (p. ej. «STL/XV/1/2022»); puede faltar o repetirse.'),
  /** Agenda item (its `numero`) under which it was adopted. */
  punto: texto.optional().describe('Punto del orden del día (su «numero») en que se adoptó.'),
  /** Full text of the agreement. */
  texto: texto.describe('Texto completo del acuerdo.'),
  /** How it was voted. */
  votacion: enumOf(VOTACIONES, 'un tipo de votación').describe('Cómo se votó.'),
  /** Short subject, used to group and search (e.g. «Calendario de sesiones»). */
  tema: texto.optional().describe('Tema breve, para agrupar y buscar (p. ej. «Calendario de sesiones»).'),
  /** Commitment it concerns (`content/compromisos/`), when there is one. */
  compromiso: identificador.optional().describe('Compromiso al que se refiere (id de content/compromisos/), si lo hay.'),
  /** Who must carry it out, only when the source names them. */
  responsable: responsableSchema.optional().describe('Quién debe cumplirlo (institución, persona o ambas), solo si la fuente lo dice.'),
  /** Deadline, only when the source states one; never estimated. */
  plazo: fecha.optional().describe('Fecha límite para cumplirlo, solo si la fuente la establece; nunca se estima.'),
  /** Remark about the record itself (e.g. a printed key that repeats another one). */
  nota: texto.optional().describe('Observación sobre el registro (p. ej. una clave impresa que repite otra).'),
});
export type AcuerdoDeclarado = z.infer<typeof acuerdoSchema>;

/** An original document of the session, published under `public/documentos/`. */
export const documentoSchema = z.strictObject({
  /** Title shown on the page. */
  titulo: texto.describe('Título que se muestra en la página.'),
  /** File name under `public/documentos/` (e.g. `acta-stl-2022-12-16.txt`). */
  archivo: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, {
      error: 'se esperaba el nombre de un archivo de public/documentos/ (minúsculas, números, guiones y punto)',
    })
    .describe('Nombre del archivo en public/documentos/ (p. ej. «acta-stl-2022-12-16.txt»).'),
  /** What the file is (e.g. «Transcripción en texto del acta firmada»). */
  descripcion: texto.optional().describe('Qué es el archivo (p. ej. «Transcripción en texto del acta firmada»).'),
  /** SHA-256 of the file, so anyone can check the copy they downloaded. */
  sha256: sha256.describe('SHA-256 del archivo, para que cualquiera verifique su copia.'),
});
export type Documento = z.infer<typeof documentoSchema>;

/** Follow-up meeting agreed at the end of the session. */
export const seguimientoSchema = z.strictObject({
  /** Date of the next meeting. */
  fecha: fecha.describe('Fecha de la siguiente reunión.'),
  /** Planned start time. */
  hora: hora.optional().describe('Hora de inicio prevista.'),
  /** The follow-up session, when it has its own record. */
  sesion: identificador.optional().describe('La sesión de seguimiento, si tiene su propio registro.'),
});

export const sesionSchema = z
  .strictObject({
    /** Title as printed (e.g. «Décimo Quinta Sesión Ordinaria»). */
    titulo: texto.describe('Título tal como se imprimió (p. ej. «Décimo Quinta Sesión Ordinaria»).'),
    /** Body that held the session (`content/organos.yaml`). */
    organo: identificador.describe('Órgano que sesionó (id de content/organos.yaml).'),
    /** Kind of session. */
    tipo: enumOf(TIPOS_DE_SESION, 'un tipo de sesión').describe('Tipo de sesión.'),
    /** Ordinal number in the body's own numbering (absent for working meetings or when unknown). */
    numero: entero.optional().describe('Número en la numeración del propio órgano (se omite en reuniones de trabajo o si no se conoce).'),
    /** Whether it took place; sessions known only as planned are `programada`. */
    estado: enumOf(ESTADOS_DE_SESION, 'un estado de sesión')
      .default('celebrada')
      .describe('Si se celebró; las sesiones conocidas solo como planeadas son «programada».'),
    /** Date held (or planned). */
    fecha: fecha.describe('Fecha en que se celebró (o se programó).'),
    /** Start time, local time of Mexico City. */
    hora_inicio: hora.optional().describe('Hora de inicio, hora local de la Ciudad de México.'),
    /** End time. */
    hora_fin: hora.optional().describe('Hora de término.'),
    /** Face to face, virtual or hybrid. */
    modalidad: enumOf(MODALIDADES, 'una modalidad').optional().describe('Presencial, virtual o híbrida.'),
    /** Place or platform. */
    lugar: texto.optional().describe('Lugar o plataforma.'),
    /** One or two sentences saying what happened, for lists and feeds. */
    resumen: texto.describe('Una o dos oraciones con lo que ocurrió, para listas y noticias.'),
    /** Official letter that convened the session. */
    convocatoria: convocatoriaSchema.optional().describe('Oficio con que se convocó la sesión.'),
    /** Who attended, with the post held that day. */
    asistentes: z.array(asistenteSchema).default([]).describe('Quiénes asistieron, con el cargo que tenían ese día.'),
    /** Agenda. */
    orden_del_dia: z.array(puntoSchema).default([]).describe('Orden del día.'),
    /** Agreements adopted. */
    acuerdos: z.array(acuerdoSchema).default([]).describe('Acuerdos adoptados.'),
    /** Original documents with their SHA-256. */
    documentos: z.array(documentoSchema).default([]).describe('Documentos originales con su SHA-256.'),
    /** Agreement (id) of a later session that approved these minutes, when known. */
    acta_aprobada_en: identificador.optional().describe('Acuerdo (id) de una sesión posterior que aprobó esta acta, si se conoce.'),
    /** Next meeting agreed in this one. */
    seguimiento: seguimientoSchema.optional().describe('Siguiente reunión acordada en esta.'),
    /** For sessions known only from other documents: where each fact comes from. */
    fuentes: z.array(fuente).default([]).describe('En sesiones conocidas solo por otros documentos: de dónde proviene cada dato.'),
    /** Web address of the official minutes, when published elsewhere. */
    url_acta: url.optional().describe('Dirección web del acta oficial, si se publica en otro sitio.'),
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
