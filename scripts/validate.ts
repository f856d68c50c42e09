/**
 * `npm run validate`: checks all content and prints every problem as
 * `archivo:línea:columna — campo: qué está mal`. Exits 1 when there are errors.
 * Under GitHub Actions it also prints workflow annotations for the pull request.
 */
import { resolveFolders } from '../src/lib/contenido/rutas.ts';
import { documentTextProblems } from '../src/lib/documentos/texto-publicado.ts';
import { validateContent } from '../src/lib/validacion/validar-contenido.ts';
import { formatGithubAnnotation, formatProblem, sortProblems, summarizeProblems } from '../src/lib/lectura/problema.ts';

const { problemas: deContenido, conteos, conErrores, notas = [] } = validateContent();
// The text of PDF and Word originals is read at build time for the search; an unreadable one stops it.
const problemas = [...deContenido, ...(await documentTextProblems(resolveFolders()))];
for (const problema of sortProblems(problemas)) {
  console.log(formatProblem(problema));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatGithubAnnotation(problema));
}
const errores = problemas.filter((p) => p.nivel === 'error').length;
const leidos = Object.entries(conteos)
  .map(([nombre, n]) => `${n} ${nombre}${conErrores[nombre] ? ` (y ${conErrores[nombre]} con errores, sin contar)` : ''}`)
  .join(', ');
console.log(`\nContenido revisado: ${leidos}.`);
for (const nota of notas) console.log(`Nota: ${nota}`);
console.log(errores ? `✗ ${summarizeProblems(problemas)}.` : `✓ Sin errores (${summarizeProblems(problemas)}).`);
process.exitCode = errores ? 1 : 0;
