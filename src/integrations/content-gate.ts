/**
 * The build is the gate: the same checks as `npm run validate` run on every build, and on errors
 * the build stops with the Spanish report and exit code 1 before a single page is written, so
 * bad content never produces a partial site.
 *
 * The checks run in a worker thread (`validar-en-hilo.ts`), so their memory goes back to the
 * system when they end, and on the other core while Astro reads the collections: they start when
 * the build is set up and are awaited when it starts writing (`astro:build:start`, after Astro's
 * content sync). A loader that fails meanwhile waits for them (`src/lib/validacion/puerta.ts`).
 * `astro dev` waits for them before starting. However a build fails, it leaves no output folder
 * (`salida-parcial.ts`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem, sortProblems, summarizeProblems } from '../lib/lectura/problema.ts';
import { reviewInProgress, startReview } from '../lib/validacion/puerta.ts';
import type { ResultadoDeValidacion } from '../lib/validacion/validar-contenido.ts';
import { validateContentInWorker } from '../lib/validacion/validar-en-hilo.ts';
import { removeOutputOnFailure } from './salida-parcial.ts';
import { today } from '../lib/fechas.ts';
import { documentTextProblems } from '../lib/documentos/texto-publicado.ts';
import { resolveFolders } from '../lib/contenido/rutas.ts';

/** The content checks and, beside them, whether every PDF and Word original can be read for the search. */
async function checkAll(hoy: string): Promise<ResultadoDeValidacion> {
  const [resultado, documentos] = await Promise.all([validateContentInWorker(hoy), documentTextProblems(resolveFolders())]);
  return { ...resultado, problemas: [...resultado.problemas, ...documentos] };
}

/** Prints every problem; with errors, a build stops here with exit code 1. */
function report(logger: AstroIntegrationLogger, command: string, { problemas }: ResultadoDeValidacion) {
  for (const problema of sortProblems(problemas)) {
    const line = formatProblem(problema);
    if (problema.nivel === 'error') logger.error(line);
    else logger.warn(line);
  }
  if (command === 'build' && problemas.some((p) => p.nivel === 'error')) {
    logger.error(`El contenido tiene ${summarizeProblems(problemas)}. Corríjalos y vuelva a construir el sitio (npm run validate los lista).`);
    process.exit(1);
  }
}

function startChecking(logger: AstroIntegrationLogger, command: string) {
  let informado = false;
  startReview({
    // One «today» for the whole build: the date its pages and datasets are computed with.
    resultado: checkAll(today()).catch((error: unknown) => {
      logger.error(`No se pudo revisar el contenido: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }),
    // Printed once, whether a failing loader or the build's start asks first.
    informar: (resultado) => {
      if (informado) return;
      informado = true;
      report(logger, command, resultado);
    },
  });
}

async function awaitChecks() {
  const revision = reviewInProgress();
  if (revision) revision.informar(await revision.resultado);
}

export default function contentGate(): AstroIntegration {
  return {
    name: 'puerta-de-contenido',
    hooks: {
      'astro:config:setup': async ({ command, logger, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'build') removeOutputOnFailure(config.outDir);
        startChecking(logger, command);
        if (command === 'dev') await awaitChecks();
      },
      'astro:build:start': awaitChecks,
    },
  };
}
