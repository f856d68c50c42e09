/**
 * Errors with a report (`ErrorConInforme`, `src/lib/informe.ts`) thrown while Astro lists or
 * renders pages — rows of the open data that do not match their declarations, for one — stop the
 * build here: the report is printed as it is, in Spanish and without a stack trace, and the build
 * exits with code 1 (and leaves no output folder: `salida-parcial.ts`). Any other error is
 * Astro's to report.
 */
import type { AstroPrerenderer } from 'astro';
import { reportOf } from '../lib/informe.ts';

/** Prints the report and ends the build. */
function printAndExit(informe: string): never {
  console.error(informe);
  process.exit(1);
}

/** Astro's prerenderer `predeterminado`, stopping the build with the report of a reported error. */
export function stopOnReport(predeterminado: AstroPrerenderer, detener: (informe: string) => never = printAndExit): AstroPrerenderer {
  const stopIfReported = (error: unknown): never => {
    const informe = reportOf(error);
    if (informe !== undefined) detener(informe);
    throw error;
  };
  return {
    ...predeterminado,
    getStaticPaths: () => predeterminado.getStaticPaths().catch(stopIfReported),
    render: (request, opciones) => predeterminado.render(request, opciones).catch(stopIfReported),
  };
}
