/**
 * Citizen surveys: one folder per survey under `data/encuestas/<id>/` with
 * - `encuesta.yaml`: what the survey is (this file's `encuestaSchema`);
 * - `preguntas.csv`: the codebook, one row per column of the export (`preguntaSchema`);
 * - `respuestas.csv`: the form tool's export itself, untouched (one row per response).
 * A survey known only from a document (no export) declares `participacion_conocida` instead of
 * the two CSV files.
 */
import { z } from 'astro/zod';
import { enumOf, entero, fecha, fuente, identificador, numeroEscrito, texto, url } from './comunes.ts';

/** Kinds of question, as labelled on the site. */
export const TIPOS_DE_PREGUNTA = {
  'opcion-unica': 'Opción única',
  'opcion-multiple': 'Opción múltiple',
  escala: 'Escala',
  numero: 'Número',
  'texto-libre': 'Texto libre',
} as const;
export type TipoDePregunta = keyof typeof TIPOS_DE_PREGUNTA;

/** A dimension (theme) that groups questions. */
export const dimensionSchema = z.strictObject({
  /** Identifier used by `preguntas.csv` (`dimension` column). */
  id: identificador.describe('Identificador que usa preguntas.csv (columna «dimension»).'),
  /** Name shown on the site (e.g. «Normatividad»). */
  nombre: texto.describe('Nombre que se muestra en el sitio (p. ej. «Normatividad»).'),
  /** Findings reported for this dimension by the source, in its own words. */
  hallazgos: z.array(texto).default([]).describe('Hallazgos que la fuente reporta para esta dimensión, con sus palabras.'),
});
export type Dimension = z.infer<typeof dimensionSchema>;

/** A municipality named by a source, with the INEGI key it was matched to. */
export const municipioCitadoSchema = z.strictObject({
  /** INEGI geostatistical key (`15106`), written between quotes. */
  cvegeo: z
    .string({ error: 'se esperaba la clave geoestadística del INEGI entre comillas (p. ej. "15106")' })
    .regex(/^\d{5}$/, {
      error: 'se esperaba la clave geoestadística del INEGI de 5 dígitos (p. ej. "15106")',
    })
    .describe('Clave geoestadística del INEGI («15106»), entre comillas.'),
  /** The name as the source prints it (e.g. «Naucalpan» for Naucalpan de Juárez). */
  como_aparece: texto.optional().describe('El nombre como lo imprime la fuente (p. ej. «Naucalpan» por Naucalpan de Juárez).'),
});

/**
 * Participation known from a document when the responses themselves are not available: the
 * total number of responses and which municipalities took part, never a split the source does
 * not give.
 */
export const participacionConocidaSchema = z.strictObject({
  /** Total number of responses (contributions) the source reports. */
  respuestas: z
    .number({ error: 'se esperaba un número entero' })
    .int({ error: 'se esperaba un número entero' })
    .nonnegative()
    .describe('Número total de respuestas (aportaciones) que reporta la fuente.'),
  /** How the source calls each response (e.g. «aportaciones»). */
  unidad: texto.default('respuestas').describe('Cómo llama la fuente a cada respuesta (p. ej. «aportaciones»).'),
  /** Municipalities the source names as participating. */
  municipios: z
    .array(municipioCitadoSchema)
    .min(1, { error: 'se esperaba al menos un municipio' })
    .describe('Municipios que la fuente nombra como participantes.'),
  /** Remark on what is and is not known. */
  nota: texto.optional().describe('Observación sobre lo que se sabe y lo que no.'),
});
export type ParticipacionConocida = z.infer<typeof participacionConocidaSchema>;

/** `data/encuestas/<id>/encuesta.yaml`: the survey's description. */
export const encuestaSchema = z
  .strictObject({
    /** Full title. */
    titulo: texto.describe('Título completo.'),
    /** Short title for lists and breadcrumbs. */
    titulo_corto: texto.optional().describe('Título corto para listas y migas de pan.'),
    /** What the survey asked and why, in one or two sentences. */
    descripcion: texto.describe('Qué preguntó la encuesta y para qué, en una o dos oraciones.'),
    /** Institution that ran the survey (name as shown). */
    institucion: texto.describe('Institución que levantó la encuesta (nombre como se muestra).'),
    /** Year the survey belongs to (for lists and sorting). */
    anio: entero.describe('Año al que pertenece la encuesta (para listas y orden).'),
    /** Period when responses were collected, as far as the source tells. */
    periodo: z
      .strictObject({
        /** First day. */
        inicio: fecha.optional().describe('Primer día.'),
        /** Last day. */
        fin: fecha.optional().describe('Último día.'),
        /** What the source says about the period when it gives no dates. */
        nota: texto.optional().describe('Lo que dice la fuente sobre el periodo cuando no da fechas.'),
      })
      .optional()
      .describe('Periodo en que se recibieron las respuestas, hasta donde lo dice la fuente.'),
    /** How responses were collected (instrument, channel, sample, weighting). */
    metodologia: texto.describe('Cómo se recabaron las respuestas (instrumento, canal, muestra, ponderación).'),
    /** Population and territory covered (e.g. «Personas de 15 municipios del Estado de México»). */
    cobertura: texto.describe('Población y territorio cubiertos (p. ej. «Personas de 15 municipios del Estado de México»).'),
    /** Licence of the published results; the site's default licence when absent. */
    licencia: z
      .strictObject({ nombre: texto.describe('Nombre de la licencia.'), url: url.describe('Dirección web del texto de la licencia.') })
      .optional()
      .describe('Licencia de los resultados publicados; si falta, la del sitio.'),
    /** Document that reports the survey. */
    fuente: fuente.describe('Documento que reporta la encuesta.'),
    /** True when the responses are a synthetic demonstration, not real answers. */
    sintetico: z.boolean({ error: 'se esperaba «true» o «false»' }).describe('«true» si las respuestas son una demostración sintética, no respuestas reales.'),
    /** Survey this one demonstrates (its id), for synthetic demonstrations of a real study. */
    demostracion_de: identificador.optional().describe('Encuesta que esta demuestra (su id), en demostraciones sintéticas de un estudio real.'),
    /** Privacy threshold for this survey; the site's `umbralDePrivacidad` when absent. */
    umbral_k: z
      .number({ error: 'se esperaba un número entero' })
      .int({ error: 'se esperaba un número entero' })
      .min(2, { error: 'el umbral de privacidad debe ser al menos 2' })
      .optional()
      .describe('Umbral de privacidad de esta encuesta; si falta, el «umbralDePrivacidad» del sitio.'),
    /** Column of `respuestas.csv` that holds the municipality (INEGI name or key). */
    columna_municipio: texto.optional().describe('Columna de respuestas.csv con el municipio (nombre o clave del INEGI).'),
    /**
     * Values of the municipality column that are not INEGI names, mapped to their INEGI key
     * (`"Naucalpan": "15057"`), so the export can stay untouched.
     */
    equivalencias_de_municipio: z
      .record(z.string(), z.string().regex(/^\d{5}$/, { error: 'se esperaba la clave geoestadística del INEGI de 5 dígitos (p. ej. "15057")' }))
      .default({})
      .describe('Valores de la columna de municipio que no son nombres del INEGI, con su clave («"Naucalpan": "15057"»), para no modificar la exportación.'),
    /** Columns of the export left out of everything (respondent id, timestamp, e-mail…). */
    columnas_ignoradas: z
      .array(texto)
      .default([])
      .describe('Columnas de la exportación que se dejan fuera de todo (id de quien responde, marca de tiempo, correo…).'),
    /** Publish free-text answers (only those without personal data); false by default. */
    publicar_texto_libre: z
      .boolean({ error: 'se esperaba «true» o «false»' })
      .default(false)
      .describe('Publicar las respuestas de texto libre (solo las que no tienen datos personales); «false» por omisión.'),
    /** Dimensions (themes) of the questionnaire, in order. */
    dimensiones: z.array(dimensionSchema).min(1, { error: 'se esperaba al menos una dimensión' }).describe('Dimensiones (temas) del cuestionario, en orden.'),
    /** Participation known from the source, when there is no export of the responses. */
    participacion_conocida: participacionConocidaSchema
      .optional()
      .describe('Participación que se conoce por la fuente, cuando no hay exportación de respuestas.'),
  })
  .superRefine((encuesta, ctx) => {
    const periodo = encuesta.periodo;
    if (periodo?.inicio && periodo.fin && periodo.fin < periodo.inicio) {
      ctx.addIssue({ code: 'custom', path: ['periodo', 'fin'], message: `el fin del periodo (${periodo.fin}) es anterior a su inicio (${periodo.inicio})` });
    }
    const vistas = new Set<string>();
    encuesta.dimensiones.forEach((d, i) => {
      if (vistas.has(d.id)) ctx.addIssue({ code: 'custom', path: ['dimensiones', i, 'id'], message: `la dimensión «${d.id}» está repetida` });
      vistas.add(d.id);
    });
  });
export type EncuestaDatos = z.infer<typeof encuestaSchema>;

/** `data/encuestas/<id>/preguntas.csv`: one row per column of the export that holds answers. */
export const preguntaSchema = z
  .strictObject({
    /** Header of the column in `respuestas.csv`, exactly as the form tool wrote it. */
    columna: texto.describe('Encabezado de la columna en respuestas.csv, exactamente como lo escribió la herramienta de formularios.'),
    /** Stable identifier of the question (used in downloads and addresses). */
    pregunta_id: identificador.describe('Identificador estable de la pregunta (se usa en descargas y direcciones).'),
    /** Dimension (its `id` in `encuesta.yaml`). */
    dimension: identificador.describe('Dimensión (su «id» en encuesta.yaml).'),
    /** Question as respondents read it. */
    texto: texto.describe('La pregunta como la leyeron quienes respondieron.'),
    /** Kind of question. */
    tipo: enumOf(TIPOS_DE_PREGUNTA, 'un tipo de pregunta').describe('Tipo de pregunta.'),
    /**
     * Accepted answers separated by «|», in the order they are shown; required for opción única,
     * opción múltiple and escala (lowest to highest: «1|2|3|4|5» or «Nada|Poco|Algo|Mucho»).
     */
    opciones: z
      .string()
      .transform((value) =>
        value
          .split('|')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .optional()
      .describe(
        'Respuestas aceptadas separadas por «|», en el orden en que se muestran; obligatorias en opción única, opción múltiple y escala (de menor a mayor: «1|2|3|4|5» o «Nada|Poco|Algo|Mucho»).',
      ),
    /**
     * Codes the export writes for the options, separated by «|», in the same order as `opciones`:
     * tools such as KoboToolbox export `no_recuerda` for «No recuerda»; the label is published.
     */
    codigos: z
      .string()
      .transform((value) =>
        value
          .split('|')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .optional()
      .describe(
        'Códigos que escribe la exportación en lugar de cada opción, separados por «|» y en el mismo orden que «opciones» (KoboToolbox exporta p. ej. «no_recuerda» por «No recuerda»); se publica la etiqueta de «opciones».',
      ),
    /**
     * Opción múltiple: the text that separates the chosen options in a cell. A cell is trimmed, so
     * a space is written as the word `espacio` (or a quoted space, `" "`).
     */
    delimitador: z
      .string()
      .transform((value) => (value.trim().toLowerCase() === 'espacio' ? ' ' : value))
      .optional()
      .describe(
        'Opción múltiple: el texto que separa las opciones elegidas en una celda («;», «, »); para un espacio, como en KoboToolbox, escriba «espacio».',
      ),
    /** Número: smallest accepted value. */
    minimo: numeroEscrito(z.number({ error: 'se esperaba un número' }))
      .optional()
      .describe('Número: valor mínimo aceptado.'),
    /** Número: largest accepted value. */
    maximo: numeroEscrito(z.number({ error: 'se esperaba un número' }))
      .optional()
      .describe('Número: valor máximo aceptado.'),
    /** Unit of a number (e.g. «sesiones»). */
    unidad: texto.optional().describe('Unidad de un número (p. ej. «sesiones»).'),
  })
  .superRefine((p, ctx) => {
    const conOpciones = p.tipo === 'opcion-unica' || p.tipo === 'opcion-multiple' || p.tipo === 'escala';
    if (conOpciones && (p.opciones?.length ?? 0) < 2) {
      ctx.addIssue({ code: 'custom', path: ['opciones'], message: `una pregunta de tipo «${p.tipo}» necesita al menos dos opciones separadas por «|»` });
    }
    if (p.opciones && new Set(p.opciones).size !== p.opciones.length) {
      ctx.addIssue({ code: 'custom', path: ['opciones'], message: 'hay opciones repetidas' });
    }
    if (p.tipo === 'opcion-multiple' && !p.delimitador) {
      ctx.addIssue({
        code: 'custom',
        path: ['delimitador'],
        message: 'una pregunta de opción múltiple necesita el «delimitador» que separa las opciones elegidas en la celda (p. ej. «;»)',
      });
    }
    if (p.codigos) {
      if (!p.opciones?.length)
        ctx.addIssue({ code: 'custom', path: ['codigos'], message: '«codigos» acompaña a «opciones»: escriba también las etiquetas que se publican' });
      else if (p.codigos.length !== p.opciones.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['codigos'],
          message: `hay ${p.codigos.length} códigos y ${p.opciones.length} opciones: escriba un código por opción, en el mismo orden`,
        });
      }
      if (new Set(p.codigos).size !== p.codigos.length) ctx.addIssue({ code: 'custom', path: ['codigos'], message: 'hay códigos repetidos' });
    }
    if (p.minimo !== undefined && p.maximo !== undefined && p.maximo <= p.minimo) {
      ctx.addIssue({ code: 'custom', path: ['maximo'], message: `«maximo» (${p.maximo}) debe ser mayor que «minimo» (${p.minimo})` });
    }
  });
export type PreguntaDatos = z.infer<typeof preguntaSchema>;
