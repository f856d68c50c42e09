/**
 * The build is the gate: before Astro reads any content, run the same checks as
 * `npm run validate`. On errors the build stops with the Spanish report and exit code 1, before a
 * single page is written, so bad content never produces a partial site. The checks run in a
 * worker thread, so the memory they take is released before Astro starts (see
 * `validar-en-hilo.ts`).
 */
import type { AstroIntegration } from 'astro';
import { formatProblem, sortProblems, summarizeProblems } from '../lib/validacion/problema.ts';
import { validateContentInWorker } from '../lib/validacion/validar-en-hilo.ts';

export default function contentGate(): AstroIntegration {
  return {
    name: 'puerta-de-contenido',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        let problemas;
        try {
          ({ problemas } = await validateContentInWorker());
        } catch (error) {
          logger.error(`No se pudo revisar el contenido: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        }
        const errores = problemas.filter((p) => p.nivel === 'error');
        for (const problema of sortProblems(problemas)) {
          const line = formatProblem(problema);
          if (problema.nivel === 'error') logger.error(line);
          else logger.warn(line);
        }
        if (errores.length && command === 'build') {
          logger.error(`El contenido tiene ${summarizeProblems(problemas)}. Corríjalos y vuelva a construir el sitio (npm run validate los lista).`);
          process.exit(1);
        }
      },
    },
  };
}
