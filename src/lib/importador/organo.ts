/**
 * Which body met, and the kind and number of the session, from the title and the opening of the
 * minutes. A body is recognised by its name, a shorter form of it, or its acronym.
 */
import type { Organo } from '../../schemas/catalogos.ts';
import type { TIPOS_DE_SESION } from '../../schemas/sesion.ts';
import type { Catalogos } from './catalogos.ts';
import { foldName } from '../documentos/normalizar.ts';
import { PATRON_ORDINAL, parseOrdinal } from './palabras.ts';

const VACIAS = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y', 'e']);

/** Folded words without articles and prepositions: «Grupo Operativo del STL» → «grupo operativo stl». */
function keyWords(texto: string): string {
  return foldName(texto)
    .split(' ')
    .filter((p) => p && !VACIAS.has(p))
    .join(' ');
}

/**
 * Ways a body's name can be printed: the full name, the name cut before a «de …» complement
 * («Secretariado Técnico Local de Gobierno Abierto…» → «Secretariado Técnico Local»), the acronym,
 * and the name with its parent body written as the parent's acronym («Grupo Operativo STL»).
 */
export function bodyAliases(organo: Organo, organos: readonly Organo[]): string[] {
  const formas = new Set(printedForms(organo));
  const superior = organos.find((o) => o.id === organo.organo_superior);
  if (superior?.siglas) {
    for (const forma of [...formas]) {
      for (const nombre of printedForms(superior)) {
        if (forma.includes(nombre)) formas.add(forma.replace(nombre, superior.siglas));
      }
    }
  }
  const claves = [...formas].map(keyWords);
  if (organo.siglas) claves.push(keyWords(organo.siglas));
  return [...new Set(claves)].filter(Boolean);
}

/** The full name and the name cut before each «de …» complement, of three words or more. */
function printedForms(organo: Organo): string[] {
  const formas = [organo.nombre];
  const partes = organo.nombre.split(/\s+(?=de\s|del\s)/);
  for (let n = 1; n < partes.length; n++) {
    const corto = partes.slice(0, n).join(' ');
    if (corto.split(/\s+/).length >= 3) formas.push(corto);
  }
  return formas;
}

/** The body whose longest alias appears in the text (earliest wins a tie). */
export function findBody(texto: string, catalogos: Catalogos): Organo | undefined {
  const plegado = ` ${keyWords(texto)} `;
  let mejor: { organo: Organo; palabras: number; posicion: number } | undefined;
  for (const organo of catalogos.organos) {
    for (const alias of bodyAliases(organo, catalogos.organos)) {
      const posicion = plegado.indexOf(` ${alias} `);
      if (posicion < 0) continue;
      const palabras = alias.split(' ').length;
      if (!mejor || palabras > mejor.palabras || (palabras === mejor.palabras && posicion < mejor.posicion)) {
        mejor = { organo, palabras, posicion };
      }
    }
  }
  return mejor?.organo;
}

/**
 * Name of the body as printed after the kind of session («…Sesión Ordinaria del Comité de
 * Transparencia de Metepec, …»), for proposing a new body.
 */
export function printedBodyName(texto: string): string | undefined {
  const m =
    /(?:[Ss]esi[óo]n\s+(?:[Oo]rdinaria|[Ee]xtraordinaria|de\s+[Ii]nstalaci[óo]n)|[Rr]euni[óo]n\s+de\s+[Tt]rabajo)(?:\s+\d{4})?\s+(?:del|de\s+la|de\s+los|de)\s+((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñÁÉÍÓÚÑ.]*)(?:\s+(?:(?:del|de|las|la|los|y|e)(?=\s)|[A-ZÁÉÍÓÚÑ][\wáéíóúñÁÉÍÓÚÑ.]*))*)/u.exec(
      texto,
    );
  return m?.[1].replace(/\s+(?:de|del|la|las|los|y|e)$/u, '').trim();
}

export type TipoDeSesion = keyof typeof TIPOS_DE_SESION;

export interface ClaseDeSesion {
  tipo?: TipoDeSesion;
  numero?: number;
}

/** Kind and number of the session: «Décimo Quinta Sesión Ordinaria» → ordinaria, 15. */
export function sessionKind(texto: string): ClaseDeSesion {
  const numerada = new RegExp(`(${PATRON_ORDINAL})\\s+sesi[óo]n\\s+(ordinaria|extraordinaria)`, 'iu').exec(texto);
  if (numerada) {
    return { tipo: foldName(numerada[2]) as TipoDeSesion, numero: parseOrdinal(numerada[1]) };
  }
  if (/\bsesi[óo]n\s+de\s+instalaci[óo]n\b|\binstalaci[óo]n\s+(?:formal\s+)?del\b/iu.test(texto)) return { tipo: 'instalacion' };
  if (/\breuni[óo]n\s+de\s+trabajo\b/iu.test(texto)) return { tipo: 'reunion-de-trabajo' };
  const sola = /\bsesi[óo]n\s+(ordinaria|extraordinaria)\b/iu.exec(texto);
  if (sola) return { tipo: foldName(sola[1]) as TipoDeSesion };
  return {};
}
