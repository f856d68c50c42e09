/**
 * A fingerprint of plain data: the SHA-256 of a canonical serialization, the same for equal
 * values however they were built (object keys in any order, Maps and Sets by their contents).
 * An incremental build compares a page's fingerprint with the previous build's to know whether
 * the page can be reused, so two values that would render differently must never share one:
 * `undefined` and a missing key are told apart from `null`, and a Date from its ISO string.
 */
import { createHash } from 'node:crypto';

/**
 * Appends `valor` to `partes`, unambiguously (each kind of value has its own prefix). The parts
 * are hashed at once: one `update` per scalar made most of the time of a build's page keys.
 */
function serialize(partes: string[], valor: unknown, enCurso: Set<object>): void {
  if (valor === undefined) return void partes.push('u;');
  if (valor === null) return void partes.push('n;');
  switch (typeof valor) {
    case 'string':
      // The length first, so no string can end where another value begins.
      return void partes.push(`s${valor.length}:`, valor);
    case 'number':
    case 'boolean':
    case 'bigint':
      return void partes.push(`${typeof valor}:${String(valor)};`);
    case 'object':
      break;
    default:
      throw new TypeError(`No se puede calcular la huella de un valor de tipo ${typeof valor}.`);
  }
  const objeto = valor as object;
  if (enCurso.has(objeto)) throw new TypeError('No se puede calcular la huella de un valor que se contiene a sí mismo.');
  enCurso.add(objeto);
  if (objeto instanceof Date) partes.push(`d:${objeto.toISOString()};`);
  // One character per byte (latin1), after the byte count.
  else if (objeto instanceof Uint8Array) partes.push(`b${objeto.length}:`, Buffer.from(objeto.buffer, objeto.byteOffset, objeto.length).toString('latin1'));
  else if (Array.isArray(objeto)) {
    partes.push(`a${objeto.length}[`);
    for (const elemento of objeto) serialize(partes, elemento, enCurso);
    partes.push(']');
  } else if (objeto instanceof Map) {
    partes.push(`m${objeto.size}{`);
    for (const [clave, elemento] of objeto) {
      serialize(partes, clave, enCurso);
      serialize(partes, elemento, enCurso);
    }
    partes.push('}');
  } else if (objeto instanceof Set) {
    partes.push(`S${objeto.size}{`);
    for (const elemento of objeto) serialize(partes, elemento, enCurso);
    partes.push('}');
  } else {
    const claves = Object.keys(objeto).sort();
    partes.push(`o${claves.length}{`);
    for (const clave of claves) {
      serialize(partes, clave, enCurso);
      serialize(partes, (objeto as Record<string, unknown>)[clave], enCurso);
    }
    partes.push('}');
  }
  enCurso.delete(objeto);
}

/** SHA-256 (hex) of the values, in order. */
export function fingerprint(...valores: unknown[]): string {
  const partes: string[] = [];
  serialize(partes, valores, new Set());
  return createHash('sha256').update(partes.join('')).digest('hex');
}
