/**
 * The paginated lists of the site, computed once per build.
 */
import { paginate } from '../paginas.ts';
import { loadContent } from './cargar.ts';
import { listsByStatus, type ListaPorEstado } from './listas-por-estado.ts';

/** Agreements per list page. */
export const ACUERDOS_POR_PAGINA = 100;

let paginas: ReturnType<typeof computeAgreementPages> | undefined;
let porEstado: Promise<ListaPorEstado[]> | undefined;

async function computeAgreementPages() {
  const { acuerdos } = await loadContent();
  return paginate([...acuerdos].reverse(), ACUERDOS_POR_PAGINA);
}

/** Pages of the agreements list, newest first. */
export function agreementPages() {
  paginas ??= computeAgreementPages();
  return paginas;
}

/**
 * The agreements list narrowed to each status, for `/acuerdos/estado/<estado>/`. Every list page
 * shows the counts of every status; computed for each of them, it took a tenth of a second per
 * page at 50 000 agreements (a minute and a half of a 10 000-session build).
 */
export function agreementStatusLists(): Promise<ListaPorEstado[]> {
  porEstado ??= loadContent().then(({ acuerdos }) => listsByStatus(acuerdos, ACUERDOS_POR_PAGINA));
  return porEstado;
}
