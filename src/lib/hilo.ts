/**
 * Heavy build steps (checking all content, indexing all pages) run in a worker thread: the memory
 * they take goes back to the system when they end, instead of staying in the build process, which
 * holds the whole site while Astro renders it. A module runs itself as the worker: it calls
 * `runInWorker(import.meta.url, tarea, …)` from the build, and at its top level answers with
 * `answerTask(tarea, …)` when it is the worker started for that task.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

interface DatosDelHilo {
  tarea: string;
  entrada: unknown;
}

export function runInWorker<R>(modulo: string | URL, tarea: string, entrada?: unknown): Promise<R> {
  return new Promise((resolve, reject) => {
    // The worker sees the same environment (content folders, reference date) as the build.
    const worker = new Worker(new URL(modulo), { env: process.env, workerData: { tarea, entrada } satisfies DatosDelHilo });
    let respuesta: { resultado: R } | undefined;
    worker.once('message', (mensaje: R) => (respuesta = { resultado: mensaje }));
    worker.once('error', reject);
    worker.once('exit', (codigo) => {
      if (respuesta) resolve(respuesta.resultado);
      else reject(new Error(`la tarea «${tarea}» terminó sin resultado (código ${codigo})`));
    });
  });
}

/** In the worker started for `tarea`, runs `hacer` with its input and sends back the result. */
export function answerTask<E, R>(tarea: string, hacer: (entrada: E) => R | Promise<R>): void {
  const datos = workerData as DatosDelHilo | undefined;
  if (isMainThread || !parentPort || datos?.tarea !== tarea) return;
  const puerto = parentPort;
  void Promise.resolve(hacer(datos.entrada as E)).then((resultado) => puerto.postMessage(resultado));
}
