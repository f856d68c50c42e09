/**
 * Agreements, in the three ways minutes print them:
 * - with a key on its own line or in a table cell, the text beside or below it
 *   («STL/XV/1/2022  Se aprueba por unanimidad…»);
 * - numbered by ordinal words («PRIMERO.– Se aprueba…»);
 * - numbered (I., II., 1., 2.) under an «ACUERDOS» heading.
 * Keys are kept exactly as printed, repeated or wrong; each agreement still gets its own id.
 */
import { slugify } from '../slug.ts';
import { numberedLine } from './orden.ts';
import { tableCells } from './secciones.ts';

export type Votacion = 'unanimidad' | 'mayoria' | 'sin-votacion';

export interface AcuerdoExtraido {
  id: string;
  clave?: string;
  /** Printed label of an agreement without a key («PRIMERO», «IV»). */
  etiqueta?: string;
  punto?: string;
  texto: string;
  votacion: Votacion;
  /** Index of the line where it starts (for the agenda item it falls under). */
  linea: number;
  nota?: string;
  /** Why the key needs a person's eye, when it does. */
  revisar?: string;
}

/** A key: three or more segments separated by «/» and ending in a year («INFOEM/CGAyTP/ORD/III/1/2021»). */
const CLAVE = String.raw`[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]*(?:\/[A-Za-zÁÉÍÓÚÑ0-9.-]+){2,}\/(?:19|20)\d{2}`;
const LINEA_CON_CLAVE = new RegExp(String.raw`^\s*(?:[-•·*]\s*)?(?:acuerdo\s+(?:n[úu]mero\s+|n[oº°]\.?\s*)?)?(${CLAVE})\s*(?:[.:–—-]\s*)?(.*)$`, 'iu');

const ORDINAL_DE_ACUERDO =
  /^\s*((?:D[ÉE]CIMO\s+)?(?:PRIMERO|SEGUNDO|TERCERO|CUARTO|QUINTO|SEXTO|S[ÉE]PTIMO|OCTAVO|NOVENO)|D[ÉE]CIMO|UND[ÉE]CIMO|DUOD[ÉE]CIMO|VIG[ÉE]SIMO)\s*[.:]\s*[-–—]*\s*(.+)$/u;

export function votingOf(texto: string): Votacion {
  if (/\bunanimidad\b/iu.test(texto)) return 'unanimidad';
  if (/\bmayor[íi]a\b/iu.test(texto)) return 'mayoria';
  return 'sin-votacion';
}

/** Text of a paragraph starting at line `desde`: lines until a blank one. */
function paragraphAt(lineas: readonly string[], desde: number): { texto: string; hasta: number } {
  let i = desde;
  while (i < lineas.length && !lineas[i].trim()) i++;
  const partes: string[] = [];
  while (i < lineas.length && lineas[i].trim() && !LINEA_CON_CLAVE.test(lineas[i])) partes.push(lineas[i++].trim());
  return { texto: partes.join(' '), hasta: i };
}

interface Crudo {
  clave?: string;
  etiqueta?: string;
  texto: string;
  linea: number;
}

/** Agreements printed with a key. */
export function keyedAgreements(lineas: readonly string[]): Crudo[] {
  const crudos: Crudo[] = [];
  for (let i = 0; i < lineas.length; i++) {
    const celdas = tableCells(lineas[i]);
    const linea = celdas ? celdas.filter(Boolean).join(' ') : lineas[i];
    const m = LINEA_CON_CLAVE.exec(linea);
    if (!m) continue;
    let texto = m[2].trim();
    if (texto) {
      const siguiente = paragraphAt(lineas, i + 1);
      if (!celdas && lineas[i + 1]?.trim() && !tableCells(lineas[i + 1])) texto = `${texto} ${siguiente.texto}`;
    } else {
      texto = paragraphAt(lineas, i + 1).texto;
    }
    if (texto) crudos.push({ clave: m[1], texto, linea: i });
  }
  return crudos;
}

/** Agreements numbered by ordinal words («PRIMERO.–»). */
export function ordinalAgreements(lineas: readonly string[]): Crudo[] {
  const crudos: Crudo[] = [];
  lineas.forEach((linea, i) => {
    const m = ORDINAL_DE_ACUERDO.exec(linea);
    if (!m) return;
    const resto = paragraphAt(lineas, i + 1);
    const continua = lineas[i + 1]?.trim() && !ORDINAL_DE_ACUERDO.test(lineas[i + 1]) ? ` ${resto.texto}` : '';
    crudos.push({ etiqueta: m[1].replace(/\s+/g, ' '), texto: `${m[2].trim()}${continua}`.trim(), linea: i });
  });
  return crudos;
}

/** Agreements numbered I., II. (or 1., 2.) in the lines of an «ACUERDOS» section. */
export function numberedAgreements(lineas: readonly string[], primeraLinea = 0): Crudo[] {
  const crudos: Crudo[] = [];
  lineas.forEach((linea, i) => {
    const item = numberedLine(linea);
    if (item) crudos.push({ etiqueta: item.numero, texto: item.texto.trim(), linea: primeraLinea + i });
    else if (linea.trim() && crudos.length) crudos[crudos.length - 1].texto += ` ${linea.trim()}`;
  });
  return crudos;
}

const REPETICIONES = ['bis', 'ter', 'quater'];

/**
 * Ids, voting, and notes on repeated keys and on a key that breaks the pattern of the others
 * (kept as printed, flagged for review).
 */
export function finishAgreements(crudos: readonly Crudo[], sesionId: string, lineas: readonly string[]): AcuerdoExtraido[] {
  const vistas = new Map<string, number>();
  const usados = new Set<string>();
  const patron = dominantPattern(crudos.map((c) => c.clave).filter((c): c is string => Boolean(c)));
  return crudos.map((crudo) => {
    const base = crudo.clave ? slugify(crudo.clave) : `${sesionId}-${slugify(crudo.etiqueta ?? '')}`;
    const veces = crudo.clave ? (vistas.get(crudo.clave) ?? 0) : 0;
    if (crudo.clave) vistas.set(crudo.clave, veces + 1);
    let id = veces === 0 ? base : `${base}-${REPETICIONES[veces - 1] ?? veces + 1}`;
    for (let n = 2; usados.has(id); n++) id = `${base}-${n}`;
    usados.add(id);
    const texto = crudo.texto.replace(/\s+/g, ' ').trim();
    // The sentence that announces it («…se aprobó por unanimidad el siguiente acuerdo:») may hold the vote.
    const anterior =
      lineas
        .slice(0, crudo.linea)
        .reverse()
        .find((l) => l.trim()) ?? '';
    const contexto = /:\s*$/.test(anterior) ? anterior : '';
    const acuerdo: AcuerdoExtraido = {
      id,
      clave: crudo.clave,
      etiqueta: crudo.etiqueta,
      texto,
      votacion: votingOf(texto) !== 'sin-votacion' ? votingOf(texto) : votingOf(contexto),
      linea: crudo.linea,
    };
    if (crudo.clave && veces > 0) {
      acuerdo.nota = `El acta imprime la clave ${crudo.clave} más de una vez; se conserva la clave impresa y este acuerdo recibe un identificador propio.`;
    }
    if (crudo.clave && patron && !patron.test(crudo.clave)) {
      acuerdo.revisar = `la clave «${crudo.clave}» no sigue el patrón de las demás claves de esta acta; confirme que así está impresa (se conserva tal cual)`;
    }
    return acuerdo;
  });
}

/**
 * The pattern most keys of an acta share, with the agreement number free: from
 * «STL/XV/1/2022», «STL/XV/2/2022» → STL/XV/<n>/2022. Undefined for fewer than three keys.
 */
function dominantPattern(claves: string[]): RegExp | undefined {
  if (claves.length < 3) return undefined;
  const cuentas = new Map<string, number>();
  for (const clave of claves) {
    const forma = clave.replace(/\/\d+\/((?:19|20)\d{2})$/, '/#/$1');
    cuentas.set(forma, (cuentas.get(forma) ?? 0) + 1);
  }
  const [forma, veces] = [...cuentas].sort((a, b) => b[1] - a[1])[0];
  if (veces < claves.length / 2 || !forma.includes('/#/')) return undefined;
  const escapada = forma.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('/#/', '/\\d+/');
  return new RegExp(`^${escapada}$`);
}
