/**
 * The paginated lists of the site, computed once per build.
 */
import { paginate } from '../paginas.ts';
import { loadContent } from './cargar.ts';

/** Agreements per list page. */
export const ACUERDOS_POR_PAGINA = 100;

/** Pages of the agreements list, newest first. */
export async function agreementPages() {
  const { acuerdos } = await loadContent();
  return paginate([...acuerdos].reverse(), ACUERDOS_POR_PAGINA);
}
