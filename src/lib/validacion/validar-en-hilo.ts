/**
 * `validateContent` in a worker thread (see `src/lib/hilo.ts`): reading and checking every file
 * of a large site takes hundreds of megabytes (≈ 800 MB for 10 000 sessions), which go back to the
 * system when the check ends instead of staying in the build process.
 */
import { answerTask, runInWorker } from '../hilo.ts';
import type { ResultadoDeValidacion } from './validar-contenido.ts';

const TAREA = 'revisar-contenido';

/** `hoy`: the build's reference date, the one its pages are rendered with. */
export function validateContentInWorker(hoy: string): Promise<ResultadoDeValidacion> {
  return runInWorker(import.meta.url, TAREA, hoy);
}

// Imported only in the worker: the build loads this module with its configuration, before any
// page, and the checks (schemas, YAML and CSV readers) are most of that module graph.
answerTask(TAREA, async (hoy: string) => (await import('./validar-contenido.ts')).validateContent({ hoy }));
