/**
 * The elements `/buscar/` adds to the page: facet checkboxes and result entries, built with text
 * nodes only (excerpts come from the index as text with `<mark>`, never inserted as HTML). What
 * they say is decided by the pure modules (`facetas.ts`, `resultados.ts`); this module only
 * turns it into elements, and is exercised by the browser tests of the search page.
 */
import type { GrupoDeFacetas } from './facetas.ts';
import { describeRemainingAgreements, excerptParts, type Entrada, type ResultadoMostrado } from './resultados.ts';

/** A facet value's checkbox and the element that shows its count. */
export interface CasillaEnPagina {
  casilla: HTMLInputElement;
  cifra: HTMLElement;
}

/** One `<fieldset>` of checkboxes, and each checkbox by its value. */
export function facetFieldset(grupo: GrupoDeFacetas): { elemento: HTMLFieldSetElement; porValor: Map<string, CasillaEnPagina> } {
  const elemento = document.createElement('fieldset');
  const leyenda = document.createElement('legend');
  leyenda.textContent = grupo.etiqueta;
  const ul = document.createElement('ul');
  const porValor = new Map<string, CasillaEnPagina>();
  for (const { valor, id, marcada } of grupo.casillas) {
    const li = document.createElement('li');
    const etiqueta = document.createElement('label');
    const casilla = document.createElement('input');
    casilla.type = 'checkbox';
    casilla.name = grupo.clave;
    casilla.value = valor;
    casilla.id = id;
    casilla.checked = marcada;
    const texto = document.createElement('span');
    texto.textContent = valor;
    const cifra = document.createElement('span');
    cifra.className = 'buscador__cifra';
    texto.append(' ', cifra);
    etiqueta.append(casilla, texto);
    li.append(etiqueta);
    ul.append(li);
    porValor.set(valor, { casilla, cifra });
  }
  elemento.append(leyenda, ul);
  return { elemento, porValor };
}

function link(destino: Pick<Entrada, 'titulo' | 'url'>): HTMLAnchorElement {
  const enlace = document.createElement('a');
  enlace.href = destino.url;
  enlace.textContent = destino.titulo;
  return enlace;
}

/** Heading with the link, type · body · date line and highlighted excerpt of one entry. */
function entryElements(entrada: Entrada, nivel: 'h2' | 'h3'): HTMLElement[] {
  const titulo = document.createElement(nivel);
  titulo.append(link(entrada));
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = entrada.lineaMeta;
  const elementos: HTMLElement[] = [titulo, meta];
  const trozos = excerptParts(entrada.extracto);
  if (trozos.length) {
    const extracto = document.createElement('p');
    for (const trozo of trozos) {
      if (trozo.resaltado) {
        const marca = document.createElement('mark');
        marca.textContent = trozo.texto;
        extracto.append(marca);
      } else extracto.append(trozo.texto);
    }
    elementos.push(extracto);
  }
  return elementos;
}

/** One item of the results list: the entry and, for a page of agreements, the others found in it. */
export function resultItem({ principal, anidadas, restantes, pagina }: ResultadoMostrado): HTMLLIElement {
  const li = document.createElement('li');
  li.append(...entryElements(principal, 'h2'));
  if (pagina && anidadas.length) {
    const intro = document.createElement('p');
    intro.append('También coinciden en ', link(pagina), ':');
    const ul = document.createElement('ul');
    ul.className = 'resultados__anidados';
    for (const entrada of anidadas) {
      const item = document.createElement('li');
      item.append(...entryElements(entrada, 'h3'));
      ul.append(item);
    }
    li.append(intro, ul);
    if (restantes > 0) {
      const mas = document.createElement('p');
      mas.append(describeRemainingAgreements(restantes), link(pagina), '.');
      li.append(mas);
    }
  }
  return li;
}

/** The alert shown above the lists when the index cannot be loaded. */
export function alertParagraph(texto: string): HTMLParagraphElement {
  const aviso = document.createElement('p');
  aviso.className = 'aviso';
  aviso.setAttribute('role', 'alert');
  aviso.textContent = texto;
  return aviso;
}
