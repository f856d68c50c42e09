/**
 * The controller of `/buscar/`: reads the search from the address, runs it as the person types or
 * filters, writes it back to the address (so it can be shared) and shows the results a batch at a
 * time. The decisions live in pure modules with unit tests (`consulta.ts`, `facetas.ts`,
 * `resultados.ts`, `turnos.ts`, `lotes.ts`); the elements are built by `vista.ts`.
 */
import { openSearch, type Buscador, type ConteoDeFiltros, type ResultadoDeBusqueda } from './buscador.ts';
import {
  countActiveFilters,
  hasSearch,
  parseFormEntries,
  parseSearchParams,
  toPagefindOptions,
  toPagefindTerm,
  toPreloadTerm,
  toSearchParams,
  type Orden,
} from './consulta.ts';
import { activeFiltersLabel, facetGroups, valueCountLabel } from './facetas.ts';
import type { ClaveDeFiltro } from './filtros.ts';
import { inOrder, RESULTADOS_POR_LOTE } from './lotes.ts';
import { listOf, type ListaDeResultados } from './partes.ts';
import { AVISO_DE_FALLO, AVISO_SIN_BUSQUEDA, AVISO_SIN_INDICE, describeCount, shownResult } from './resultados.ts';
import { TurnosDeBusqueda } from './turnos.ts';
import { alertParagraph, facetFieldset, resultItem, type CasillaEnPagina } from './vista.ts';
import { pathWithBase, rutas } from '../url.ts';

/** Pause in typing after which the words typed so far are searched. */
const ESPERA_AL_ESCRIBIR = 300;

/** Words of context Pagefind keeps around the matches of an excerpt. */
const PALABRAS_POR_EXTRACTO = 24;

function element<T extends HTMLElement>(id: string): T {
  const elemento = document.getElementById(id);
  if (!elemento) throw new Error(`Falta el elemento #${id} en /buscar/.`);
  return elemento as T;
}

/** Starts the search page; `base` is the site's `base` (`/` or `/ruta/`). */
export async function startSearchPage(base: string): Promise<void> {
  const sinJs = element('busqueda-sin-js');
  const buscador = element('buscador');
  const formulario = element<HTMLFormElement>('formulario-de-busqueda');
  const consulta = element<HTMLInputElement>('consulta');
  const detalles = element<HTMLDetailsElement>('filtros');
  const grupos = element('grupos-de-filtros');
  const activos = element('filtros-activos');
  const orden = element<HTMLSelectElement>('orden');
  const quitar = element<HTMLButtonElement>('quitar-filtros');
  const conteo = element('conteo');
  const lista = element<HTMLOListElement>('resultados');
  const mas = element<HTMLButtonElement>('mostrar-mas');

  let estado = parseSearchParams(location.search);
  sinJs.hidden = true;
  buscador.hidden = false;
  consulta.value = estado.q;
  orden.value = estado.orden;
  const encabezado = document.getElementById('busqueda-encabezado') as HTMLInputElement | null;
  if (encabezado) encabezado.value = estado.q;
  if (countActiveFilters(estado) > 0 || estado.orden !== 'relevancia') detalles.open = true;

  let motor: Buscador;
  try {
    // The search threads start now, while the person types, not on the first search.
    motor = await openSearch({ base, pagefind: { baseUrl: base, excerptLength: PALABRAS_POR_EXTRACTO }, calentar: !hasSearch(estado) });
  } catch {
    buscador.hidden = true;
    sinJs.hidden = false;
    conteo.textContent = '';
    sinJs.prepend(alertParagraph(AVISO_SIN_INDICE));
    return;
  }

  // The facet data (every value of every page) is the heaviest part of the index, so it is
  // loaded only when the filters are opened.
  const casillas = new Map<ClaveDeFiltro, Map<string, CasillaEnPagina>>();
  let totales: ConteoDeFiltros = {};
  let facetas: Promise<void> | undefined;

  /** Loads the facets once, builds their checkboxes and refreshes the counts. */
  function loadFacets(): Promise<void> {
    facetas ??= motor.filters().then(async (conteos) => {
      totales = conteos;
      for (const grupo of facetGroups(totales, estado)) {
        const { elemento, porValor } = facetFieldset(grupo);
        grupos.append(elemento);
        casillas.set(grupo.clave, porValor);
      }
      await run();
    });
    return facetas;
  }

  const readForm = () => parseFormEntries(new FormData(formulario));

  function showCounts(cifras: ConteoDeFiltros) {
    for (const [clave, porValor] of casillas) {
      for (const [valor, { cifra }] of porValor) cifra.textContent = valueCountLabel(cifras, clave, valor);
    }
    const n = countActiveFilters(estado);
    activos.textContent = activeFiltersLabel(n);
    quitar.hidden = n === 0;
  }

  const turnos = new TurnosDeBusqueda();
  let pendientes: ListaDeResultados<ResultadoDeBusqueda> = listOf([]);
  const urlDeAcuerdo = (id: string) => pathWithBase(rutas.acuerdo(id));

  async function showMore(enfocar: boolean) {
    const turno = turnos.current();
    const lote = await pendientes.take(RESULTADOS_POR_LOTE);
    if (!turnos.isCurrent(turno)) return;
    let primero = true;
    for await (const datos of inOrder(lote.map((r) => r.data()))) {
      if (!turnos.isCurrent(turno)) return;
      const elemento = resultItem(shownResult(datos, estado.orden, urlDeAcuerdo));
      lista.append(elemento);
      if (enfocar && primero) elemento.querySelector('a')?.focus();
      primero = false;
    }
    mas.hidden = !pendientes.hasMore();
  }

  async function search(turno: number) {
    const termino = estado.q ? toPagefindTerm(estado.q) : null;
    const busqueda = await motor.search(termino, toPagefindOptions(estado));
    if (!turnos.isCurrent(turno)) return;
    pendientes = busqueda.resultados;
    lista.replaceChildren();
    showCounts(busqueda.conteos);
    await showMore(false);
    if (!turnos.isCurrent(turno)) return;
    conteo.textContent = describeCount(busqueda.total, estado.q, countActiveFilters(estado));
  }

  /** Shows an error only if it belongs to the latest search (a search thread only keeps that one's results). */
  function failed(turno: number) {
    if (!turnos.fail(turno)) return;
    mas.hidden = true;
    conteo.textContent = AVISO_DE_FALLO;
  }

  async function run() {
    estado = readForm();
    const cadena = toSearchParams(estado);
    const turno = turnos.start(cadena);
    history.replaceState(null, '', cadena ? `?${cadena}` : location.pathname);
    if (!hasSearch(estado)) {
      pendientes = listOf([]);
      lista.replaceChildren();
      mas.hidden = true;
      showCounts(totales);
      conteo.textContent = AVISO_SIN_BUSQUEDA;
      return;
    }
    await search(turno).catch(() => failed(turno));
  }

  let espera: ReturnType<typeof setTimeout> | undefined;
  formulario.addEventListener('submit', (evento) => {
    evento.preventDefault();
    clearTimeout(espera);
    // Enter after a pause in typing: that search already ran (or is running); not again.
    if (turnos.isShowing(toSearchParams(readForm()))) return;
    void run();
  });
  consulta.addEventListener('input', () => {
    clearTimeout(espera);
    // Fetch the index parts for the words typed so far while waiting for the person to pause.
    const palabras = toPreloadTerm(consulta.value);
    if (palabras) void motor.preload(palabras, toPagefindOptions(readForm())).catch(() => {});
    espera = setTimeout(() => void run(), ESPERA_AL_ESCRIBIR);
  });
  grupos.addEventListener('change', () => void run());
  orden.addEventListener('change', () => void run());
  quitar.addEventListener('click', () => {
    for (const porValor of casillas.values()) for (const { casilla } of porValor.values()) casilla.checked = false;
    orden.value = 'relevancia' satisfies Orden;
    void run();
    consulta.focus();
  });
  mas.addEventListener('click', () => {
    const turno = turnos.current();
    showMore(true).catch(() => failed(turno));
  });
  detalles.addEventListener('toggle', () => {
    if (detalles.open) void loadFacets();
  });

  // Filters in the address (a shared search) need their facets before the first search.
  if (detalles.open) await loadFacets();
  else await run();
}
