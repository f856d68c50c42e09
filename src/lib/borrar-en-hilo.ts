/**
 * Deletes folders in a worker thread, with the synchronous `fs.rmSync`. Deleting a folder with
 * the promise API queues one operation per file in Node's thread pool, which has four threads for
 * the whole process: while tens of thousands of files of a previous output were being deleted
 * that way (10 000 sessions), the build's own file reads and writes waited behind them, and the
 * build stood idle for seconds. Done synchronously in a thread of its own, the deletion uses none
 * of the pool. This module is also that worker (`src/lib/hilo.ts`).
 */
import fs from 'node:fs';
import { answerTask, runInWorker } from './hilo.ts';

const TAREA = 'borrar-carpetas';

/** Deletes `carpetas` (and everything in them) in a worker thread; resolves when they are gone. */
export function deleteInWorker(carpetas: readonly string[]): Promise<void> {
  return carpetas.length ? runInWorker<null>(import.meta.url, TAREA, [...carpetas]).then(() => {}) : Promise.resolve();
}

answerTask(TAREA, (carpetas: string[]) => {
  for (const carpeta of carpetas) fs.rmSync(carpeta, { recursive: true, force: true });
  return null;
});
