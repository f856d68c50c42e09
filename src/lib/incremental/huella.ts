/**
 * A fingerprint of plain data: the SHA-256 of a canonical serialization, the same for equal
 * values however they were built (object keys in any order, Maps and Sets by their contents).
 * An incremental build compares a page's fingerprint with the previous build's to know whether
 * the page can be reused, so two values that would render differently must never share one:
 * `undefined` and a missing key are told apart from `null`, and a Date from its ISO string.
 */
import { createHash, type Hash } from 'node:crypto';

/** Writes `valor` into the hash, unambiguously (each kind of value has its own prefix). */
function feed(hash: Hash, valor: unknown, enCurso: Set<object>): void {
  if (valor === undefined) return void hash.update('u;');
  if (valor === null) return void hash.update('n;');
  switch (typeof valor) {
    case 'string':
      // The length first, so no string can end where another value begins.
      return void hash.update(`s${valor.length}:`).update(valor);
    case 'number':
    case 'boolean':
    case 'bigint':
      return void hash.update(`${typeof valor}:${String(valor)};`);
    case 'object':
      break;
    default:
      throw new TypeError(`No se puede calcular la huella de un valor de tipo ${typeof valor}.`);
  }
  const objeto = valor as object;
  if (enCurso.has(objeto)) throw new TypeError('No se puede calcular la huella de un valor que se contiene a sí mismo.');
  enCurso.add(objeto);
  if (objeto instanceof Date) hash.update(`d:${objeto.toISOString()};`);
  else if (objeto instanceof Uint8Array) hash.update(`b${objeto.length}:`).update(objeto);
  else if (Array.isArray(objeto)) {
    hash.update(`a${objeto.length}[`);
    for (const elemento of objeto) feed(hash, elemento, enCurso);
    hash.update(']');
  } else if (objeto instanceof Map) {
    hash.update(`m${objeto.size}{`);
    for (const [clave, elemento] of objeto) {
      feed(hash, clave, enCurso);
      feed(hash, elemento, enCurso);
    }
    hash.update('}');
  } else if (objeto instanceof Set) {
    hash.update(`S${objeto.size}{`);
    for (const elemento of objeto) feed(hash, elemento, enCurso);
    hash.update('}');
  } else {
    const claves = Object.keys(objeto).sort();
    hash.update(`o${claves.length}{`);
    for (const clave of claves) {
      feed(hash, clave, enCurso);
      feed(hash, (objeto as Record<string, unknown>)[clave], enCurso);
    }
    hash.update('}');
  }
  enCurso.delete(objeto);
}

/** SHA-256 (hex) of the values, in order. */
export function fingerprint(...valores: unknown[]): string {
  const hash = createHash('sha256');
  feed(hash, valores, new Set());
  return hash.digest('hex');
}
