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
  oficio: texto.optional().describe('Número del oficio de convocatoria, tal como se imprimió (p. ej. «STL/016/2022»).'),
  fecha: fecha.optional().describe('Fecha del oficio.'),
  convoca: identificador.optional().describe('Persona que convocó (id de content/personas.yaml).'),
});

/** One attendance record: the post belongs to the session, not to the person. */
export const asistenteSchema = z.strictObject({
  persona: identificador.describe('Persona (id de content/personas.yaml).'),
  cargo: texto.describe('Cargo que ocupaba ese día, tal como se imprimió (p. ej. «Comisionado Presidente del Infoem»).'),
  representacion: texto.optional().describe('A quién representaba en el órgano (p. ej. «Representante Titular del Órgano Garante»).'),
  institucion: identificador.optional().describe('Institución de la que venía (id de content/instituciones.yaml).'),
  calidad: enumOf(CALIDADES_DE_ASISTENCIA, 'una calidad de asistencia').default('integrante').describe('Integrante, persona invitada o personal de apoyo.'),
});
export type Asistente = z.infer<typeof asistenteSchema>;

/** One item of the agenda. */
export const puntoSchema = z.strictObject({
  numero: texto.describe('Número tal como se imprimió, normalmente en romanos (I, II, …) o arábigos.'),
  texto: texto.describe('Texto del punto.'),
});
export type PuntoDelOrden = z.infer<typeof puntoSchema>;

/** Who must carry out an agreement, as the minutes name them: an institution, a person, or both. */
export const responsableSchema = z
  .strictObject({
    institucion: identificador.optional().describe('Institución responsable (id de content/instituciones.yaml).'),
    persona: identificador.optional().describe('Persona responsable (id de content/personas.yaml).'),
  })
  .refine((r) => r.institucion !== undefined || r.persona !== undefined, {
    error: 'indique al menos «institucion» o «persona»',
  });
export type Responsable = z.infer<typeof responsableSchema>;

/** One agreement adopted in the session. */
export const acuerdoSchema = z.strictObject({
  id: identificador.describe('Identificador único y estable que forma su dirección; nunca se reutiliza, aunque la clave impresa se repita.'),
  clave: texto.optional().describe('Clave exactamente como se imprimió en el acta (p. ej. «STL/XV/1/2022»); puede faltar o repetirse.'),
  punto: texto.optional().describe('Punto del orden del día (su «numero») en que se adoptó.'),
  texto: texto.describe('Texto completo del acuerdo.'),
  votacion: enumOf(VOTACIONES, 'un tipo de votación').describe('Cómo se votó.'),
  tema: texto.optional().describe('Tema breve, para agrupar y buscar (p. ej. «Calendario de sesiones»).'),
  compromiso: identificador.optional().describe('Compromiso al que se refiere (id de content/compromisos/), si lo hay.'),
  responsable: responsableSchema.optional().describe('Quién debe cumplirlo (institución, persona o ambas), solo si la fuente lo dice.'),
  plazo: fecha.optional().describe('Fecha límite para cumplirlo, solo si la fuente la establece; nunca se estima.'),
  nota: texto.optional().describe('Observación sobre el registro (p. ej. una clave impresa que repite otra).'),
});
export type AcuerdoDeclarado = z.infer<typeof acuerdoSchema>;

/** An original document of the session, published under `public/documentos/`. */
export const documentoSchema = z.strictObject({
  titulo: texto.describe('Título que se muestra en la página.'),
  /** File name under `public/documentos/` (e.g. `acta-stl-2022-12-16.txt`). */
  archivo: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, {
      error: 'se esperaba el nombre de un archivo de public/documentos/ (minúsculas, números, guiones y punto)',
    })
    .describe('Nombre del archivo en public/documentos/ (p. ej. «acta-stl-2022-12-16.txt»).'),
  descripcion: texto.optional().describe('Qué es el archivo (p. ej. «Transcripción en texto del acta firmada»).'),
  sha256: sha256.describe('SHA-256 del archivo, para que cualquiera verifique su copia.'),
});
export type Documento = z.infer<typeof documentoSchema>;

/** Follow-up meeting agreed at the end of the session. */
export const seguimientoSchema = z.strictObject({
  fecha: fecha.describe('Fecha de la siguiente reunión.'),
  hora: hora.optional().describe('Hora de inicio prevista.'),
  sesion: identificador.optional().describe('La sesión de seguimiento, si tiene su propio registro.'),
});

export const sesionSchema = z
  .strictObject({
    titulo: texto.describe('Título tal como se imprimió (p. ej. «Décimo Quinta Sesión Ordinaria»).'),
    organo: identificador.describe('Órgano que sesionó (id de content/organos.yaml).'),
    tipo: enumOf(TIPOS_DE_SESION, 'un tipo de sesión').describe('Tipo de sesión.'),
    numero: entero.optional().describe('Número en la numeración del propio órgano (se omite en reuniones de trabajo o si no se conoce).'),
    /** Whether it took place; sessions known only as planned are `programada`. */
    estado: enumOf(ESTADOS_DE_SESION, 'un estado de sesión')
      .default('celebrada')
      .describe('Si se celebró; las sesiones conocidas solo como planeadas son «programada».'),
    fecha: fecha.describe('Fecha en que se celebró (o se programó).'),
    hora_inicio: hora.optional().describe('Hora de inicio, hora local de la Ciudad de México.'),
    hora_fin: hora.optional().describe('Hora de término.'),
    modalidad: enumOf(MODALIDADES, 'una modalidad').optional().describe('Presencial, virtual o híbrida.'),
    lugar: texto.optional().describe('Lugar o plataforma.'),
    resumen: texto.describe('Una o dos oraciones con lo que ocurrió, para listas y noticias.'),
    convocatoria: convocatoriaSchema.optional().describe('Oficio con que se convocó la sesión.'),
    asistentes: z.array(asistenteSchema).default([]).describe('Quiénes asistieron, con el cargo que tenían ese día.'),
    orden_del_dia: z.array(puntoSchema).default([]).describe('Orden del día.'),
    acuerdos: z.array(acuerdoSchema).default([]).describe('Acuerdos adoptados.'),
    documentos: z.array(documentoSchema).default([]).describe('Documentos originales con su SHA-256.'),
    acta_aprobada_en: identificador.optional().describe('Acuerdo (id) de una sesión posterior que aprobó esta acta, si se conoce.'),
    seguimiento: seguimientoSchema.optional().describe('Siguiente reunión acordada en esta.'),
    fuentes: z.array(fuente).default([]).describe('En sesiones conocidas solo por otros documentos: de dónde proviene cada dato.'),
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
