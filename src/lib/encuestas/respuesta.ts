/**
 * One cell of the export, read for its question: an option (by its label, or by the code the form
 * tool exports, as KoboToolbox does), several options, a number or free text.
 */
import type { Respuesta } from './agregar.ts';
import type { Pregunta } from './tipos.ts';

const list = (opciones: readonly string[]) => opciones.map((o) => `«${o}»`).join(', ');

/** What a cell is read against. */
export type PreguntaDeCelda = Pick<Pregunta, 'id' | 'tipo' | 'opciones' | 'delimitador' | 'minimo' | 'maximo' | 'etiquetas'>;

/** Index of an option written as its label or, when the codebook gives codes, as its code. */
function optionIndex(pregunta: PreguntaDeCelda, valor: string): number {
  const i = pregunta.opciones.indexOf(valor);
  if (i >= 0) return i;
  const etiqueta = pregunta.etiquetas?.get(valor);
  return etiqueta === undefined ? -1 : pregunta.opciones.indexOf(etiqueta);
}

function accepted(pregunta: PreguntaDeCelda): string {
  const codigos = pregunta.etiquetas ? [...pregunta.etiquetas.keys()] : [];
  return codigos.length ? `opciones: ${list(pregunta.opciones)}; códigos: ${list(codigos)}` : `opciones: ${list(pregunta.opciones)}`;
}

/** «espacio» for a space, so the message can be read. */
export function delimiterName(delimitador: string | undefined): string {
  return delimitador === ' ' ? 'un espacio' : `«${delimitador}»`;
}

/** Parses one cell for a question; an answer, nothing (blank) or what is wrong with it. */
export function parseAnswer(pregunta: PreguntaDeCelda, celda: string): { valor?: Respuesta; error?: string } {
  const valor = celda.trim().normalize('NFC');
  if (!valor) return {};
  switch (pregunta.tipo) {
    case 'opcion-unica':
    case 'escala': {
      let i = optionIndex(pregunta, valor);
      if (i < 0 && pregunta.tipo === 'escala' && Number.isFinite(Number(valor))) i = pregunta.opciones.findIndex((o) => Number(o) === Number(valor));
      return i >= 0 ? { valor: i } : { error: `«${valor}» no es una opción de la pregunta «${pregunta.id}» (${accepted(pregunta)})` };
    }
    case 'opcion-multiple': {
      const elegidas = valor
        .split(pregunta.delimitador ?? ';')
        .map((v) => v.trim())
        .filter(Boolean);
      const indices = new Set<number>();
      for (const elegida of elegidas) {
        const i = optionIndex(pregunta, elegida);
        if (i < 0) {
          return {
            error: `«${elegida}» no es una opción de la pregunta «${pregunta.id}» (${accepted(pregunta)}; las opciones elegidas se separan con ${delimiterName(pregunta.delimitador)})`,
          };
        }
        indices.add(i);
      }
      return { valor: [...indices].sort((a, b) => a - b) };
    }
    case 'numero': {
      if (!/^[-+]?\d+(?:\.\d+)?$/.test(valor)) return { error: `«${valor}» no es un número (escriba solo cifras, con punto decimal)` };
      const numero = Number(valor);
      const { minimo, maximo } = pregunta;
      if ((minimo !== undefined && numero < minimo) || (maximo !== undefined && numero > maximo)) {
        const intervalo =
          minimo !== undefined && maximo !== undefined ? `de ${minimo} a ${maximo}` : minimo !== undefined ? `mínimo ${minimo}` : `máximo ${maximo}`;
        return { error: `«${valor}» está fuera del intervalo de la pregunta «${pregunta.id}» (${intervalo})` };
      }
      return { valor: numero };
    }
    case 'texto-libre':
      return { valor };
  }
}
