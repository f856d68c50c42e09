/**
 * «¿quiso decir …?» for an identifier that does not exist: the closest known one, if it is close
 * enough to be a misspelling (the same rule municipality names of surveys follow).
 */
import { editDistance } from '../distancia-de-edicion.ts';

export function closestId(valor: string, conocidos: Iterable<string>): string | undefined {
  // Close enough to be a slip of the keyboard, not another record: «stll» → «stl», but a session of
  // another date is not suggested for a date mistyped by more than two characters.
  const limite = Math.max(1, Math.min(3, Math.floor(valor.length / 6)));
  let mejor: { id: string; distancia: number } | undefined;
  for (const id of conocidos) {
    const distancia = editDistance(valor, id, limite);
    if (distancia <= limite && (!mejor || distancia < mejor.distancia || (distancia === mejor.distancia && id < mejor.id))) mejor = { id, distancia };
  }
  return mejor?.id;
}
