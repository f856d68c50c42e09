/**
 * Turning Pagefind's answers into what the search page shows: the result count sentence, each
 * result's type · body · date line and its excerpt (as plain text pieces, never raw HTML), and
 * the agreements found inside a body's yearly agreements page as results of their own.
 */

// Kept free of imports from the schemas: this module is bundled into the search page's script.
import { formatDate } from '../fechas.ts';
import { isOriginalDocumentAnchor, parseAgreementAnchorId } from './anclas.ts';
import type { Orden } from './consulta.ts';
function plural(n: number, uno: string, varios: string): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? uno : varios}`;
}

/** The sentence read out in the live region after each search. */
export function describeCount(total: number, q: string, filtrosActivos: number): string {
  const con = filtrosActivos > 0 ? ` con ${plural(filtrosActivos, 'filtro', 'filtros')}` : '';
  const para = q ? ` para «${q}»` : '';
  if (total === 0) {
    const sugerencia = filtrosActivos > 0 ? 'Pruebe con otras palabras o quite algún filtro.' : 'Pruebe con otras palabras o con menos palabras.';
    return `No hay resultados${para}${con}. ${sugerencia}`;
  }
  return `${plural(total, 'resultado', 'resultados')}${para}${con}.`;
}

/** Said in the live region while there is nothing to search for. */
export const AVISO_SIN_BUSQUEDA = 'Escriba una o más palabras, o elija un filtro, para ver resultados.';

/** Said in the live region when the latest search failed. */
export const AVISO_DE_FALLO = 'No se pudo completar la búsqueda. Intente de nuevo.';

/** Shown above the lists when the index cannot be loaded at all. */
export const AVISO_SIN_INDICE = 'No se pudo cargar el índice de búsqueda. Intente de nuevo más tarde o use las listas de abajo.';

/**
 * The start of «Y otros 3 acuerdos en <página>.», after the agreements listed under a result:
 * those of the same yearly page that matched too but are not listed.
 */
export function describeRemainingAgreements(restantes: number): string {
  return `Y ${restantes === 1 ? 'otro acuerdo' : `otros ${restantes} acuerdos`} en `;
}

/** «Acuerdo · STL · 16 de diciembre de 2022» from a result's metadata. */
export function resultMetaLine(meta: Record<string, string | undefined>): string {
  return [meta.tipo, meta.organo, meta.fecha].filter((parte): parte is string => Boolean(parte && parte.trim())).join(' · ');
}

export interface TrozoDeExtracto {
  texto: string;
  /** True for the words that matched the query (Pagefind's `<mark>`). */
  resaltado: boolean;
}

const ENTIDADES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(texto: string): string {
  return texto.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entera, nombre: string) => {
    if (nombre[0] === '#') {
      const codigo = nombre[1].toLowerCase() === 'x' ? parseInt(nombre.slice(2), 16) : parseInt(nombre.slice(1), 10);
      return Number.isFinite(codigo) && codigo > 0 && codigo <= 0x10ffff ? String.fromCodePoint(codigo) : entera;
    }
    return ENTIDADES[nombre.toLowerCase()] ?? entera;
  });
}

/**
 * Splits a Pagefind excerpt (text with `<mark>` around matches) into plain-text pieces, so the
 * page renders it with text nodes and `<mark>` elements only; any other markup is dropped.
 */
export function excerptParts(extracto: string): TrozoDeExtracto[] {
  const trozos: TrozoDeExtracto[] = [];
  let resaltado = false;
  for (const parte of extracto.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(parte)) resaltado = true;
    else if (/^<\/mark>$/i.test(parte)) resaltado = false;
    else {
      const texto = decodeEntities(parte.replace(/<[^>]*>/g, ''));
      if (texto) trozos.push({ texto, resaltado });
    }
  }
  return trozos;
}

/** The parts of a Pagefind sub-result (a titled section of a page that matched) used here. */
export interface SubResultado {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
  weighted_locations?: { balanced_score: number }[];
}

/** The parts of a Pagefind result's data used here. */
export interface DatosDeResultado {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResultado[];
}

/** One entry of the results list: a link with its type · body · date line and its excerpt. */
export interface Entrada {
  titulo: string;
  url: string;
  lineaMeta: string;
  extracto: string;
}

/** Said after the type · body · date line when the words were found in an original document. */
export const EN_DOCUMENTO_ORIGINAL = 'en el documento original';

const scoreOf = (sub: SubResultado) => (sub.weighted_locations ?? []).reduce((suma, w) => suma + w.balanced_score, 0);

/**
 * A record page whose best-matching section is the text of one of its original documents: the
 * entry shows that section's excerpt and says so. Otherwise the page entry as it is.
 */
function withOriginalDocument(pagina: Entrada, subs: readonly SubResultado[]): Entrada {
  const mejor = [...subs].sort((a, b) => scoreOf(b) - scoreOf(a))[0];
  if (!mejor || !isOriginalDocumentAnchor(mejor.anchor?.id)) return pagina;
  return { ...pagina, lineaMeta: [pagina.lineaMeta, EN_DOCUMENTO_ORIGINAL].filter(Boolean).join(' · '), extracto: mejor.excerpt };
}

/** What one Pagefind result shows: its main entry and, for a page of agreements, the others found in it. */
export interface ResultadoMostrado {
  principal: Entrada;
  /** Further agreements of the same yearly page that matched, next best first. */
  anidadas: Entrada[];
  /** Matching agreements of the page not listed (the page itself shows them). */
  restantes: number;
  /** The yearly page the agreements come from, when there are more than one. */
  pagina?: Pick<Entrada, 'titulo' | 'url'>;
}

/** How many agreements of one yearly page are listed in its result (the best one included). */
export const ACUERDOS_POR_RESULTADO = 5;

/**
 * Turns a Pagefind result into what the list shows. An ordinary record page is one entry. A
 * body's yearly agreements page is shown through the agreements that matched: the best one is
 * the result itself (its own page, title and date), and the next ones are listed under it, best
 * first (or by date when sorting by date). A yearly page found by filters alone, with no words to
 * match, is shown as the page.
 *
 * @param urlDeAcuerdo site address (with base) of an agreement's own page, from its id
 */
export function shownResult(datos: DatosDeResultado, orden: Orden, urlDeAcuerdo: (id: string) => string): ResultadoMostrado {
  const acuerdos = (datos.sub_results ?? []).flatMap((sub, posicion) => {
    const ancla = parseAgreementAnchorId(sub.anchor?.id);
    if (!ancla) return [];
    const puntaje = scoreOf(sub);
    const entrada: Entrada = {
      titulo: sub.title,
      url: urlDeAcuerdo(ancla.id),
      lineaMeta: resultMetaLine({ tipo: 'Acuerdo', organo: datos.meta.organo, fecha: formatDate(ancla.fecha) }),
      extracto: sub.excerpt,
    };
    return [{ entrada, fecha: ancla.fecha, puntaje, posicion }];
  });
  acuerdos.sort((a, b) => {
    const porFecha = orden === 'recientes' ? b.fecha.localeCompare(a.fecha) : orden === 'antiguos' ? a.fecha.localeCompare(b.fecha) : b.puntaje - a.puntaje;
    return porFecha || a.posicion - b.posicion;
  });
  const pagina: Entrada = { titulo: datos.meta.title ?? datos.url, url: datos.url, lineaMeta: resultMetaLine(datos.meta), extracto: datos.excerpt };
  if (acuerdos.length === 0) return { principal: withOriginalDocument(pagina, datos.sub_results ?? []), anidadas: [], restantes: 0 };
  const [mejor, ...otros] = acuerdos.map((a) => a.entrada);
  if (otros.length === 0) return { principal: mejor, anidadas: [], restantes: 0 };
  const anidadas = otros.slice(0, ACUERDOS_POR_RESULTADO - 1);
  return { principal: mejor, anidadas, restantes: otros.length - anidadas.length, pagina: { titulo: pagina.titulo, url: pagina.url } };
}
