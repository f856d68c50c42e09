/**
 * `validateContent` in a worker thread (see `src/lib/hilo.ts`): reading and checking every file
 * of a large site takes hundreds of megabytes (≈ 800 MB for 10 000 sessions), which go back to the
 * system when the check ends instead of staying in the build process.
 */
import { answerTask, runInWorker } from '../hilo.ts';
import { validateContent, type ResultadoDeValidacion } from './validar-contenido.ts';

const TAREA = 'revisar-contenido';

/** `hoy`: the build's reference date, the one its pages are rendered with. */
export function validateContentInWorker(hoy: string): Promise<ResultadoDeValidacion> {
  return runInWorker(import.meta.url, TAREA, hoy);
}

answerTask(TAREA, (hoy: string) => validateContent({ hoy }));
