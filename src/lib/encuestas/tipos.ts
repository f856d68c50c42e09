/**
 * What a survey folder becomes once processed: its files, the codebook's questions, the
 * threshold in force, the published results and every problem found on the way.
 */
import type { EncuestaDatos } from '../../schemas/encuesta.ts';
import type { Problema } from '../lectura/problema.ts';
import type { MunicipioInegi } from './municipios.ts';
import type { PreguntaPublicable, ResultadosPublicados } from './publicar.ts';

/** A codebook row, validated, with the line where it is written. */
export interface Pregunta extends PreguntaPublicable {
  linea: number;
  delimitador?: string;
  /** Code written in the export → label published, for tools that export codes (KoboToolbox). */
  etiquetas?: ReadonlyMap<string, string>;
}

export interface ContextoDeEncuestas {
  /** Project root; file names in messages are relative to it. */
  raiz: string;
  /** INEGI's catalogue of the state's municipalities. */
  municipios: readonly MunicipioInegi[];
  /** Default privacy threshold (`umbralDePrivacidad` of sitio.config.ts). */
  umbral: number;
}

export interface EncuestaProcesada {
  id: string;
  carpeta: string;
  /** Files, relative to the project root. */
  archivos: { encuesta: string; preguntas: string; respuestas: string };
  encuesta?: EncuestaDatos;
  preguntas: Pregunta[];
  /** Privacy threshold in force for this survey. */
  k: number;
  /** Published results; absent for a survey known only from a document, or with errors. */
  resultados?: ResultadosPublicados;
  problemas: Problema[];
}
