/**
 * A fingerprint of plain data: the SHA-256 of a canonical serialization, the same for equal
 * values however they were built (object keys in any order, Maps and Sets by their contents).
 * An incremental build compares a page's fingerprint with the previous build's to know whether
 * the page can be reused, so two values that would render differently must never share one:
 * `undefined` and a missing key are told apart from `null`, and a Date from its ISO string.
 */
import { hash } from 'node:crypto';

/**
 * `valor` as text, unambiguously (each kind of value has its own prefix, and a text its length
 * first, so no text can end where another value begins). Built by concatenation, which V8 does
 * without copying until the hash reads the whole: an array of parts joined at the end spent more
 * in the array than in the hash.
 */
function serialize(valor: unknown, enCurso: Set<object>): string {
  if (valor === undefined) return 'u;';
  if (valor === null) return 'n;';
  switch (typeof valor) {
    case 'string':
      return `s${valor.length}:${valor}`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof valor}:${String(valor)};`;
    case 'object':
      break;
    default:
      throw new TypeError(`No se puede calcular la huella de un valor de tipo ${typeof valor}.`);
  }
  const objeto = valor as object;
  if (enCurso.has(objeto)) throw new TypeError('No se puede calcular la huella de un valor que se contiene a sí mismo.');
  enCurso.add(objeto);
  let texto: string;
  if (objeto instanceof Date) texto = `d:${objeto.toISOString()};`;
  // One character per byte (latin1), after the byte count.
  else if (objeto instanceof Uint8Array) texto = `b${objeto.length}:${Buffer.from(objeto.buffer, objeto.byteOffset, objeto.length).toString('latin1')}`;
  else if (Array.isArray(objeto)) {
    texto = `a${objeto.length}[`;
    for (const elemento of objeto) texto += serialize(elemento, enCurso);
    texto += ']';
  } else if (objeto instanceof Map) {
    texto = `m${objeto.size}{`;
    for (const [clave, elemento] of objeto) texto += serialize(clave, enCurso) + serialize(elemento, enCurso);
    texto += '}';
  } else if (objeto instanceof Set) {
    texto = `S${objeto.size}{`;
    for (const elemento of objeto) texto += serialize(elemento, enCurso);
    texto += '}';
  } else {
    const claves = Object.keys(objeto).sort();
    texto = `o${claves.length}{`;
    for (const clave of claves) texto += `s${clave.length}:${clave}` + serialize((objeto as Record<string, unknown>)[clave], enCurso);
    texto += '}';
  }
  enCurso.delete(objeto);
  return texto;
}

/**
 * SHA-256 (hex) of the values, in order. Node's one-shot `hash()`: a build takes a fingerprint of
 * every page and of every record it reads, over a hundred thousand short texts at 10 000 sessions,
 * and a `Hash` object for each took twice as long.
 */
export function fingerprint(...valores: unknown[]): string {
  return hash('sha256', serialize(valores, new Set()));
}
