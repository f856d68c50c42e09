/**
 * The agenda: consecutive numbered items (I, II, III… or 1, 2, 3…) after «orden del día» or under
 * a «TEMAS» heading. The numbering must run in order from the first item, so the development of
 * the session, which numbers its paragraphs again from I, is not taken for the agenda.
 */
import { listNumberValue } from './palabras.ts';
import { trimListPunctuation } from '../documentos/normalizar.ts';

export interface PuntoExtraido {
  numero: string;
  texto: string;
}

const ITEM = /^\s*(?:[-•·*▪]\s*)?([IVXLC]+|\d{1,2})\s*(?:\.-|\.–|[.)])\s*(.+)$/;

/** A numbered line: its printed number and its text, or undefined. */
export function numberedLine(linea: string): { numero: string; texto: string } | undefined {
  const m = ITEM.exec(linea);
  if (!m || listNumberValue(m[1]) === undefined) return undefined;
  return { numero: m[1], texto: m[2] };
}

/** Agenda items from the lines that follow its announcement. */
export function agendaFrom(lineas: readonly string[]): PuntoExtraido[] {
  const puntos: PuntoExtraido[] = [];
  let esperado = 1;
  let enBlanco = false;
  for (const linea of lineas) {
    if (!linea.trim()) {
      enBlanco = true;
      continue;
    }
    const item = numberedLine(linea);
    if (item && listNumberValue(item.numero) === esperado) {
      puntos.push({ numero: item.numero, texto: item.texto });
      esperado++;
      enBlanco = false;
      continue;
    }
    if (puntos.length === 0) {
      if (item) break;
      continue;
    }
    if (item || enBlanco) break;
    puntos[puntos.length - 1].texto += ` ${linea.trim()}`;
  }
  return puntos.map((p) => ({ numero: p.numero, texto: trimListPunctuation(p.texto) }));
}

/** Index of the line after the one that announces the agenda («…el siguiente orden del día:»). */
export function agendaStart(lineas: readonly string[]): number | undefined {
  const i = lineas.findIndex((l) => /orden\s+del\s+d[ií]a\s*:?\s*$/iu.test(l.trim()));
  return i < 0 ? undefined : i + 1;
}
