/**
 * The dataset explorer in the browser: reads the dataset's published JSON (same origin) and the
 * columns the page declares, then shows the whole table with sorting, a filter per column, a text
 * search, pages and a download of the view. The view lives in the address, so it can be shared.
 * Without JavaScript the page keeps its static preview and the downloads.
 */
import { describePage, describeSort } from './anuncios.ts';
import { readView, writeView } from './direccion.ts';
import { cellDisplay } from './filtrar.ts';
import type { ColumnaDelExplorador, Fila, Vista } from './tipos.ts';
import { viewCsv, viewFileName, viewPage } from './vista.ts';

const POR_PAGINA = 25;

type Atributos = Record<string, string>;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, atributos: Atributos = {}, ...hijos: (Node | string)[]): HTMLElementTagNameMap[K] {
  const nodo = document.createElement(tag);
  for (const [k, v] of Object.entries(atributos)) nodo.setAttribute(k, v);
  nodo.append(...hijos);
  return nodo;
}

function filterControl(columna: ColumnaDelExplorador, id: string, valor: string): HTMLInputElement | HTMLSelectElement {
  if (columna.valores) {
    const select = el(
      'select',
      { id, name: columna.nombre },
      el('option', { value: '' }, 'Todos'),
      ...columna.valores.map((v) => el('option', { value: v }, v)),
    );
    select.value = valor;
    return select;
  }
  const input = el('input', { id, name: columna.nombre, type: 'search', autocomplete: 'off' });
  input.value = valor;
  return input;
}

function start(raiz: HTMLElement, columnas: ColumnaDelExplorador[], filas: Fila[]): void {
  const slug = raiz.dataset.conjunto ?? 'conjunto';
  let vista: Vista = readView(location.search, columnas);

  const busqueda = el('input', { id: 'explorador-buscar', type: 'search', name: 'buscar', autocomplete: 'off' });
  busqueda.value = vista.busqueda;
  const filtros = columnas.map((c, i) => ({ columna: c, control: filterControl(c, `explorador-filtro-${i}`, vista.filtros[c.nombre] ?? '') }));
  const limpiar = el('button', { type: 'button', class: 'boton' }, 'Quitar filtros y orden');
  const descargar = el('button', { type: 'button', class: 'boton', 'data-descargar-vista': '' }, 'Descargar esta vista en CSV');
  const estado = el('p', { role: 'status', 'aria-live': 'polite', 'data-estado-explorador': '' });
  const encabezados = columnas.map((c) => {
    const boton = el('button', { type: 'button', 'data-ordenar': c.nombre }, c.nombre);
    return { columna: c, th: el('th', { scope: 'col' }, boton), boton };
  });
  const cuerpo = el('tbody');
  const anterior = el('button', { type: 'button', class: 'boton' }, 'Página anterior');
  const siguiente = el('button', { type: 'button', class: 'boton' }, 'Página siguiente');
  const tabla = el(
    'table',
    { class: 'muestra explorador-tabla' },
    el('caption', {}, `Tabla completa del conjunto; los botones de cada encabezado ordenan por esa columna.`),
    el('thead', {}, el('tr', {}, ...encabezados.map((e) => e.th))),
    cuerpo,
  );
  const formulario = el(
    'form',
    { class: 'explorador-controles', role: 'search', 'aria-label': 'Buscar y filtrar filas' },
    el('p', {}, el('label', { for: busqueda.id }, 'Buscar en todas las columnas'), ' ', busqueda),
    el(
      'details',
      // Open when the address brings filters, so the reader sees what narrows the table.
      Object.keys(vista.filtros).length ? { open: '' } : {},
      el('summary', {}, 'Filtrar por columna'),
      el(
        'div',
        { class: 'explorador-filtros' },
        ...filtros.map(({ columna, control }) => el('p', {}, el('label', { for: control.id }, `${columna.nombre} (${columna.titulo})`), ' ', control)),
      ),
    ),
    el('p', {}, limpiar, ' ', descargar),
  );
  formulario.addEventListener('submit', (e) => e.preventDefault());
  const contenedor = el('div', { class: 'tabla-contenedor', tabindex: '0', role: 'region', 'aria-label': 'Tabla completa del conjunto' }, tabla);
  raiz.replaceChildren(formulario, estado, contenedor, el('p', { class: 'explorador-paginas' }, anterior, ' ', siguiente));

  let anuncio = '';
  const render = () => {
    const pagina = viewPage(filas, columnas, vista, POR_PAGINA);
    vista.pagina = pagina.pagina;
    cuerpo.replaceChildren(
      ...pagina.filas.map((fila) =>
        el('tr', {}, ...columnas.map((c, i) => el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, cellDisplay(fila[c.nombre], c)))),
      ),
    );
    for (const { columna, th } of encabezados) {
      if (columna.nombre === vista.orden) th.setAttribute('aria-sort', vista.descendente ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    anterior.disabled = pagina.pagina <= 1;
    siguiente.disabled = pagina.pagina >= pagina.paginas;
    const texto = `${describeSort(
      columnas.find((c) => c.nombre === vista.orden),
      vista.descendente,
    )} ${describePage(pagina, filas.length)}`;
    if (texto !== anuncio) estado.textContent = anuncio = texto;
    history.replaceState(history.state, '', `${location.pathname}${writeView(vista, columnas)}${location.hash}`);
  };
  const update = (cambios: Partial<Vista>) => {
    vista = { ...vista, pagina: 1, ...cambios };
    render();
  };

  busqueda.addEventListener('input', () => update({ busqueda: busqueda.value }));
  for (const { columna, control } of filtros) {
    control.addEventListener(control instanceof HTMLSelectElement ? 'change' : 'input', () =>
      update({ filtros: { ...vista.filtros, [columna.nombre]: control.value } }),
    );
  }
  for (const { columna, boton } of encabezados) {
    boton.addEventListener('click', () => update({ orden: columna.nombre, descendente: vista.orden === columna.nombre ? !vista.descendente : false }));
  }
  anterior.addEventListener('click', () => update({ pagina: vista.pagina - 1 }));
  siguiente.addEventListener('click', () => update({ pagina: vista.pagina + 1 }));
  limpiar.addEventListener('click', () => {
    busqueda.value = '';
    for (const { control } of filtros) control.value = '';
    vista = readView('', columnas);
    render();
  });
  descargar.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([viewCsv(filas, columnas, vista)], { type: 'text/csv;charset=utf-8' }));
    const enlace = el('a', { href: url, download: viewFileName(slug) });
    document.body.append(enlace);
    enlace.click();
    enlace.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
  render();
}

for (const raiz of document.querySelectorAll<HTMLElement>('[data-explorador]')) {
  const columnas = JSON.parse(raiz.querySelector('script[data-columnas]')?.textContent ?? '[]') as ColumnaDelExplorador[];
  fetch(raiz.dataset.json ?? '')
    .then((r) => (r.ok ? (r.json() as Promise<{ filas: Fila[] }>) : Promise.reject(new Error(String(r.status)))))
    .then((datos) => start(raiz, columnas, datos.filas))
    .catch(() => {
      raiz.querySelector('[data-explorador-aviso]')?.removeAttribute('hidden');
    });
}
