/**
 * The paginated lists of the site, computed once per build.
 */
import { paginate } from '../paginas.ts';
import { loadContent } from './cargar.ts';
import { listsByStatus, type ListaPorEstado } from './listas-por-estado.ts';

/** Agreements per list page. */
export const ACUERDOS_POR_PAGINA = 100;

/** Pages of the agreements list, newest first. */
export async function agreementPages() {
  const { acuerdos } = await loadContent();
  return paginate([...acuerdos].reverse(), ACUERDOS_POR_PAGINA);
}

/** The agreements list narrowed to each status, for `/acuerdos/estado/<estado>/`. */
export async function agreementStatusLists(): Promise<ListaPorEstado[]> {
  return listsByStatus((await loadContent()).acuerdos, ACUERDOS_POR_PAGINA);
}
