/**
 * Turning Pagefind's answers into what the search page shows: the result count sentence, each
 * result's type · body · date line and its excerpt (as plain text pieces, never raw HTML).
 */

// Kept free of imports from the schemas: this module is bundled into the search page's script.
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
