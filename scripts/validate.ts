/**
 * `npm run validate`: checks all content and prints every problem as
 * `archivo:línea:columna — campo: qué está mal`. Exits 1 when there are errors.
 * Under GitHub Actions it also prints workflow annotations for the pull request.
 */
import { validateContent } from '../src/lib/validacion/validar-contenido.ts';
import { formatGithubAnnotation, formatProblem, sortProblems, summarizeProblems } from '../src/lib/validacion/problema.ts';

const { problemas, conteos, conErrores } = validateContent();
for (const problema of sortProblems(problemas)) {
  console.log(formatProblem(problema));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatGithubAnnotation(problema));
}
const errores = problemas.filter((p) => p.nivel === 'error').length;
const leidos = Object.entries(conteos)
  .map(([nombre, n]) => `${n} ${nombre}${conErrores[nombre] ? ` (y ${conErrores[nombre]} con errores, sin contar)` : ''}`)
  .join(', ');
console.log(`\nContenido revisado: ${leidos}.`);
console.log(errores ? `✗ ${summarizeProblems(problemas)}.` : `✓ Sin errores (${summarizeProblems(problemas)}).`);
process.exitCode = errores ? 1 : 0;
