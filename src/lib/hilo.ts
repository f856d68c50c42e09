/**
 * Heavy build steps (checking all content, indexing all pages) run in a worker thread: the memory
 * they take goes back to the system when they end, instead of staying in the build process, which
 * holds the whole site while Astro renders it. A module runs itself as the worker: it calls
 * `runInWorker(import.meta.url, tarea, …)` from the build, and at its top level answers with
 * `answerTask(tarea, …)` when it is the worker started for that task.
 */
import { getCompileCacheDir } from 'node:module';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

interface DatosDelHilo {
  tarea: string;
  entrada: unknown;
}

/**
 * A worker's environment: the build's (content folders, reference date), with Node's compile
 * cache when the build has one. Astro turns the cache on for its own process (not in CI), and a
 * worker only uses it when told by `NODE_COMPILE_CACHE`; without it every worker strips the types
 * of its TypeScript modules and compiles them anew on every build (≈ 0.15 s for the content check).
 */
export function workerEnvironment(): NodeJS.ProcessEnv {
  const cache = getCompileCacheDir();
  if (!cache || process.env.NODE_COMPILE_CACHE) return process.env;
  // Node keeps the cache in a folder of its own per version (`v24.…`) inside the one it is given.
  const carpeta = path.basename(cache).startsWith(`${process.version}-`) ? path.dirname(cache) : cache;
  return { ...process.env, NODE_COMPILE_CACHE: carpeta };
}

/**
 * Starts `modulo` as the worker for `tarea`, and the promise of its one result (the first
 * message it sends before it exits).
 */
function startWorker<R>(modulo: string | URL, tarea: string, entrada: unknown): { worker: Worker; resultado: Promise<R> } {
  const worker = new Worker(new URL(modulo), { env: workerEnvironment(), workerData: { tarea, entrada } satisfies DatosDelHilo });
  const resultado = new Promise<R>((resolve, reject) => {
    let respuesta: { resultado: R } | undefined;
    worker.once('message', (mensaje: R) => (respuesta = { resultado: mensaje }));
    worker.once('error', reject);
    worker.once('exit', (codigo) => {
      if (respuesta) resolve(respuesta.resultado);
      else reject(new Error(`la tarea «${tarea}» terminó sin resultado (código ${codigo})`));
    });
  });
  return { worker, resultado };
}

export function runInWorker<R>(modulo: string | URL, tarea: string, entrada?: unknown): Promise<R> {
  return startWorker<R>(modulo, tarea, entrada).resultado;
}

/** In the worker started for `tarea`, runs `hacer` with its input and sends back the result. */
export function answerTask<E, R>(tarea: string, hacer: (entrada: E) => R | Promise<R>): void {
  const datos = workerData as DatosDelHilo | undefined;
  if (isMainThread || !parentPort || datos?.tarea !== tarea) return;
  const puerto = parentPort;
  void Promise.resolve(hacer(datos.entrada as E)).then((resultado) => puerto.postMessage(resultado));
}

/** A worker that receives a stream of messages while the build goes on, then gives one result. */
export interface HiloEnFlujo<M, R> {
  /** Sends one message (copied to the worker, or moved: `transferir`; the build does not wait for it). */
  send(mensaje: M, transferir?: ArrayBuffer[]): void;
  /** Tells the worker the stream is over and waits for its result. */
  finish(): Promise<R>;
  /**
   * Tells the worker to stop at once, without a result (messages still queued are dropped), and
   * waits for it to exit.
   */
  cancel(): Promise<void>;
}

type MensajeDeFlujo<M> = { tipo: 'dato'; dato: M } | { tipo: 'fin' } | { tipo: 'cancelar' };

/** Starts `modulo` as the worker for `tarea` (see `answerStream`) with `entrada`. */
export function streamToWorker<M, R>(modulo: string | URL, tarea: string, entrada?: unknown): HiloEnFlujo<M, R> {
  const { worker, resultado } = startWorker<R>(modulo, tarea, entrada);
  // A failure before `finish` is reported by `finish`; until then it must not go unobserved.
  resultado.catch(() => {});
  // Watched from the start: a worker that already ended (finished, failed) is not waited for again.
  const terminado = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    send: (dato, transferir) => worker.postMessage({ tipo: 'dato', dato } satisfies MensajeDeFlujo<M>, transferir),
    finish: () => {
      worker.postMessage({ tipo: 'fin' } satisfies MensajeDeFlujo<M>);
      return resultado;
    },
    cancel: () => {
      worker.postMessage({ tipo: 'cancelar' } satisfies MensajeDeFlujo<M>);
      return terminado;
    },
  };
}

/**
 * In the worker started for `tarea` by `streamToWorker`: `empezar(entrada)` gives what handles
 * each message, in the order sent (the next waits for the previous), and the final result.
 */
export function answerStream<E, M, R>(
  tarea: string,
  empezar: (entrada: E) => { receive(mensaje: M): void | Promise<void>; finish(): R | Promise<R>; cancel?(): void | Promise<void> },
): void {
  const datos = workerData as DatosDelHilo | undefined;
  if (isMainThread || !parentPort || datos?.tarea !== tarea) return;
  const puerto = parentPort;
  const receptor = empezar(datos.entrada as E);
  let cola: Promise<unknown> = Promise.resolve();
  let cancelado = false;
  // Messages are handled one after another; an error ends the worker, and `finish` in the build
  // reports it.
  puerto.on('message', (mensaje: MensajeDeFlujo<M>) => {
    // Not queued: what is still waiting in the queue is what a cancel drops. With the port
    // closed and nothing left to do, the worker ends.
    if (mensaje.tipo === 'cancelar') {
      cancelado = true;
      puerto.close();
      void Promise.resolve(receptor.cancel?.()).catch(() => {});
      return;
    }
    cola = cola.then(async () => {
      if (cancelado) return;
      if (mensaje.tipo === 'dato') return receptor.receive(mensaje.dato);
      puerto.postMessage(await receptor.finish());
      puerto.close();
    });
  });
}
