/**
 * The content gate while it runs: the build starts the content check in a worker thread and lets
 * Astro read the collections meanwhile, on the other core; the check is awaited before anything
 * is written (`src/integrations/content-gate.ts`). If Astro fails to read some content first, its
 * loaders wait for the check (`gatedLoader`), so the person still gets the Spanish report naming
 * file, line and field rather than Astro's own error.
 *
 * The integration and the content config are loaded as separate module instances, so the check
 * in progress is kept on `globalThis`.
 */
import type { Loader } from 'astro/loaders';
import type { ResultadoDeValidacion } from './validar-contenido.ts';

export interface RevisionEnCurso {
  /** The check, started when the build starts. */
  resultado: Promise<ResultadoDeValidacion>;
  /** Prints the report and, when there are errors, stops the build (exit code 1). */
  informar(resultado: ResultadoDeValidacion): void;
}

const CLAVE = Symbol.for('gobierno-abierto.revision-de-contenido');
type ConRevision = typeof globalThis & { [CLAVE]?: RevisionEnCurso };

export function startReview(revision: RevisionEnCurso): void {
  (globalThis as ConRevision)[CLAVE] = revision;
}

export function reviewInProgress(): RevisionEnCurso | undefined {
  return (globalThis as ConRevision)[CLAVE];
}

/**
 * A loader that, when it fails, first lets the content check speak: with errors in the content
 * the build stops with their report; otherwise Astro's error goes on as it was.
 */
export function gatedLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (contexto) => {
      try {
        await loader.load(contexto);
      } catch (error) {
        const revision = reviewInProgress();
        if (revision) revision.informar(await revision.resultado);
        throw error;
      }
    },
  };
}
