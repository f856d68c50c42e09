/**
 * What the build says about the index. Any indexing error, or an index with no pages, stops the
 * build with a Spanish message and exit code 1, and the incomplete bundle is removed, so a site
 * without working search is never left looking finished.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MARCA_DE_REGISTRO } from '../../lib/busqueda/html.ts';
import { CARPETA_DE_BUSQUEDA, type ResultadoDeIndexado } from './partes.ts';

/** Why the index cannot be published, in Spanish; `undefined` when it can. */
export function indexingProblem(resultado: ResultadoDeIndexado): string | undefined {
  const { errores } = resultado;
  if (errores.length > 0)
    return `Pagefind informó ${errores.length === 1 ? 'un error' : `${errores.length} errores`}:\n${errores.map((e) => `  - ${e}`).join('\n')}`;
  if (resultado.paginas === 0) return 'No se indexó ninguna página: ninguna tiene el atributo data-pagefind-body.';
  return undefined;
}

/** The build's error lines when the index fails for `motivo`. */
export function failureMessages(motivo: string): string[] {
  return [
    `No se pudo crear el índice de búsqueda del sitio. ${motivo}`,
    'La construcción se detuvo: un sitio sin búsqueda no debe publicarse. Revise el mensaje anterior y vuelva a construir el sitio.',
  ];
}

/** Removes the incomplete search bundle from the output folder `salida`. */
export function removeBundle(salida: string): void {
  fs.rmSync(path.join(salida, CARPETA_DE_BUSQUEDA), { recursive: true, force: true });
}

/** The build's line for an index written in full, `segundos` after the last page. */
export function indexingSummary(resultado: ResultadoDeIndexado, segundos: string): string {
  return `Índice de búsqueda: ${resultado.paginas} páginas indexadas en español (terminado ${segundos} s después de las páginas), en ${CARPETA_DE_BUSQUEDA}/.`;
}

/**
 * The build's line for an index that reused parts: of `partes`, `nuevas` were indexed again,
 * `adelantadas` of them while the rest of the site was generated.
 */
export function reuseSummary(partes: number, nuevas: number, adelantadas: number, anticipadas = 0): string {
  const copiadas = `${partes - nuevas} de ${partes} partes sin cambios, copiadas de la construcción anterior`;
  if (adelantadas === 0) return `Índice de búsqueda: ${copiadas}.`;
  const antes =
    anticipadas === 0 ? '' : ` (${anticipadas} ${anticipadas === 1 ? 'empezada' : 'empezadas'} antes de generar, con las páginas de la construcción anterior)`;
  return `Índice de búsqueda: ${copiadas}; con cambios, ${nuevas}: ${adelantadas} ${adelantadas === 1 ? 'indexada' : 'indexadas'} mientras se generaba el resto del sitio${antes}.`;
}

/** The build's warning for a template whose record pages were indexed only at the end. */
export function unmarkedTemplateWarning(componente: string): string {
  return `${componente} da páginas de registro, pero su archivo no tiene «${MARCA_DE_REGISTRO}»: se indexan al final, no mientras se construye el resto. Ponga la marca en la plantilla.`;
}
