/**
 * Checks that every dataset's rows match its declaration: types, required values, accepted values,
 * patterns, minimums, unique and primary keys, and foreign keys that resolve to rows of the
 * referenced dataset. Each problem names the dataset, the row (1 = first data row, as a
 * spreadsheet shows it below the header: line `fila + 1` of the CSV) and the field, in Spanish.
 */
import { isRealDate } from '../../schemas/texto-de-fecha.ts';
import type { Campo, Conjunto, Fila, Valor } from './tipos.ts';

export interface ProblemaDeDatos {
  conjunto: string;
  /** 1-based data row; absent for problems of the declaration itself. */
  fila?: number;
  campo?: string;
  mensaje: string;
}

export function formatDataProblem(p: ProblemaDeDatos): string {
  const donde = [`conjunto «${p.conjunto}»`, p.fila !== undefined ? `fila ${p.fila}` : '', p.campo ? `campo «${p.campo}»` : ''].filter(Boolean).join(', ');
  return `${donde}: ${p.mensaje}`;
}

/** What the build prints when rows do not match their declarations: every problem, and what to do. */
export function dataMismatchReport(problemas: readonly ProblemaDeDatos[]): string {
  return [
    '',
    `Los datos abiertos no coinciden con su declaración (src/lib/datos/conjuntos.ts): ${problemas.length} ${problemas.length === 1 ? 'problema' : 'problemas'}.`,
    ...problemas.map((p) => `  ✗ ${formatDataProblem(p)}`),
    'Corrija el contenido o la declaración del conjunto y vuelva a construir el sitio.',
    '',
  ].join('\n');
}

/** Thrown when rows do not match their declaration; the build prints `problemas` and stops. */
export class ErrorDeDatos extends Error {
  constructor(readonly problemas: ProblemaDeDatos[]) {
    super(problemas.map(formatDataProblem).join('\n'));
    this.name = 'ErrorDeDatos';
  }
}

/** Each declared pattern compiled once: compiling it for every value was most of the check's time. */
const patrones = new Map<string, RegExp>();
function patternOf(patron: string): RegExp {
  let expresion = patrones.get(patron);
  if (!expresion) patrones.set(patron, (expresion = new RegExp(patron, 'u')));
  return expresion;
}

const mostrar = (valor: Valor) => (typeof valor === 'string' ? `«${valor}»` : JSON.stringify(valor));

/** Why `valor` does not fit `campo`, or `undefined` when it does. */
export function checkValue(valor: Valor, campo: Campo): string | undefined {
  if (valor === null) return campo.requerido ? 'falta el valor, que es obligatorio' : undefined;
  switch (campo.tipo) {
    case 'string':
    case 'time':
      if (typeof valor !== 'string') return `se esperaba un texto y se obtuvo ${mostrar(valor)}`;
      if (valor === '') return 'el texto está vacío; un valor ausente debe ser nulo';
      break;
    case 'date':
      if (typeof valor !== 'string' || !isRealDate(valor)) return `se esperaba una fecha AAAA-MM-DD y se obtuvo ${mostrar(valor)}`;
      break;
    case 'integer':
      if (typeof valor !== 'number' || !Number.isInteger(valor)) return `se esperaba un número entero y se obtuvo ${mostrar(valor)}`;
      break;
    case 'year':
      if (typeof valor !== 'number' || !Number.isInteger(valor) || valor < 1000 || valor > 9999)
        return `se esperaba un año de 4 cifras y se obtuvo ${mostrar(valor)}`;
      break;
    case 'number':
      if (typeof valor !== 'number' || !Number.isFinite(valor)) return `se esperaba un número y se obtuvo ${mostrar(valor)}`;
      break;
    case 'boolean':
      if (typeof valor !== 'boolean') return `se esperaba verdadero o falso y se obtuvo ${mostrar(valor)}`;
      break;
    case 'list':
      if (!Array.isArray(valor) || valor.some((x) => typeof x !== 'string' || x === '')) return `se esperaba una lista de textos y se obtuvo ${mostrar(valor)}`;
      if (valor.some((x) => x.includes(campo.separador ?? ';'))) return `un elemento contiene el separador «${campo.separador ?? ';'}»`;
      break;
  }
  if (typeof valor === 'string') return checkText(valor, campo);
  if (Array.isArray(valor)) {
    for (const t of valor) {
      const error = checkText(t, campo);
      if (error) return error;
    }
  }
  if (typeof valor === 'number' && campo.minimo !== undefined && valor < campo.minimo) return `el valor ${valor} es menor que el mínimo (${campo.minimo})`;
  return undefined;
}

/** Why the text `t` (a value, or an element of a list) does not fit `campo`. */
function checkText(t: string, campo: Campo): string | undefined {
  if (campo.valores && !campo.valores.includes(t)) return `el valor «${t}» no es uno de los aceptados (${campo.valores.join(', ')})`;
  if (campo.patron && !patternOf(campo.patron).test(t)) return `el valor «${t}» no tiene la forma esperada (${campo.patron})`;
  if (campo.formato === 'uri' && !URL.canParse(t)) return `el valor «${t}» no es una dirección web completa`;
  return undefined;
}

/**
 * A value as a key of a Map or Set, unambiguous across types: a text with a prefix no other
 * value's JSON starts with, anything else as JSON. Most keys are one text, and stringifying each
 * was a good part of the check's time.
 */
const valueKey = (valor: Valor | undefined) => (typeof valor === 'string' ? `s${valor}` : JSON.stringify(valor ?? null));

/** The key of `fila` by `campos`: rows with equal values in those fields have equal keys. */
const keyOf = (fila: Fila, campos: readonly string[]) => (campos.length === 1 ? valueKey(fila[campos[0]]) : JSON.stringify(campos.map((c) => fila[c])));

/** The values of `campos` in `fila`, as a problem shows them. */
const shownKey = (fila: Fila, campos: readonly string[]) => JSON.stringify(campos.map((c) => fila[c]));

/** Problems of the declarations themselves (unknown columns in keys, unknown datasets). */
export function checkDeclarations(conjuntos: readonly Conjunto[]): ProblemaDeDatos[] {
  const problemas: ProblemaDeDatos[] = [];
  const porSlug = new Map(conjuntos.map((c) => [c.slug, c]));
  for (const c of conjuntos) {
    const nombres = new Set(c.campos.map((x) => x.nombre));
    if (nombres.size !== c.campos.length) problemas.push({ conjunto: c.slug, mensaje: 'declara dos campos con el mismo nombre' });
    for (const nombre of c.clavePrimaria) {
      if (!nombres.has(nombre)) problemas.push({ conjunto: c.slug, campo: nombre, mensaje: 'la clave primaria usa un campo que no está declarado' });
    }
    for (const fk of c.clavesForaneas) {
      const destino = porSlug.get(fk.conjunto);
      for (const nombre of fk.campos) {
        if (!nombres.has(nombre)) problemas.push({ conjunto: c.slug, campo: nombre, mensaje: 'una clave foránea usa un campo que no está declarado' });
      }
      if (!destino)
        problemas.push({ conjunto: c.slug, campo: fk.campos.join(', '), mensaje: `la clave foránea apunta a un conjunto desconocido («${fk.conjunto}»)` });
      else if (fk.campos.length !== fk.camposReferidos.length || fk.camposReferidos.some((n) => !destino.campos.some((x) => x.nombre === n))) {
        problemas.push({ conjunto: c.slug, campo: fk.campos.join(', '), mensaje: `la clave foránea apunta a campos que «${fk.conjunto}» no declara` });
      }
    }
  }
  return problemas;
}

/**
 * Checks rows of every dataset against its declaration and the keys across datasets.
 * `filas` maps each slug to its rows. The rows of a dataset for which `yaComprobado` holds are
 * not checked again (their keys still count for the datasets that refer to them): they passed
 * these checks as they are in an earlier build (`rowCheckKeys`). Declarations are always checked.
 */
export function checkRows(
  conjuntos: readonly Conjunto[],
  filas: ReadonlyMap<string, readonly Fila[]>,
  yaComprobado: (slug: string) => boolean = () => false,
): ProblemaDeDatos[] {
  const problemas = checkDeclarations(conjuntos);
  if (problemas.length) return problemas;
  // The keys of a referenced dataset, once per dataset and fields however many keys point there.
  const clavesReferidas = new Map<string, Set<string>>();
  const referredKeys = (slug: string, campos: readonly string[]) => {
    const id = JSON.stringify([slug, campos]);
    let claves = clavesReferidas.get(id);
    if (!claves) clavesReferidas.set(id, (claves = new Set((filas.get(slug) ?? []).map((f) => keyOf(f, campos)))));
    return claves;
  };
  for (const c of conjuntos) {
    if (yaComprobado(c.slug)) continue;
    const propias = filas.get(c.slug) ?? [];
    const declarados = new Set(c.campos.map((x) => x.nombre));
    const vistos = new Map<string, Map<string, number>>();
    const primarias = new Map<string, number>();
    propias.forEach((fila, index) => {
      const n = index + 1;
      let presentes = 0;
      for (const campo of c.campos) {
        if (!(campo.nombre in fila)) {
          problemas.push({ conjunto: c.slug, fila: n, campo: campo.nombre, mensaje: 'falta el campo en la fila' });
          continue;
        }
        presentes++;
        const error = checkValue(fila[campo.nombre], campo);
        if (error) problemas.push({ conjunto: c.slug, fila: n, campo: campo.nombre, mensaje: error });
        const valor = fila[campo.nombre];
        if (campo.unico && valor !== null) {
          const porValor = vistos.get(campo.nombre) ?? new Map<string, number>();
          vistos.set(campo.nombre, porValor);
          const clave = valueKey(valor);
          const previa = porValor.get(clave);
          if (previa !== undefined)
            problemas.push({
              conjunto: c.slug,
              fila: n,
              campo: campo.nombre,
              mensaje: `el valor ${mostrar(valor)} se repite (ya está en la fila ${previa}) y debe ser único`,
            });
          else porValor.set(clave, n);
        }
      }
      // A row with every declared field and as many fields as declared has no other one.
      if (presentes !== c.campos.length || Object.keys(fila).length !== presentes) {
        for (const nombre of Object.keys(fila)) {
          if (!declarados.has(nombre))
            problemas.push({ conjunto: c.slug, fila: n, campo: nombre, mensaje: 'la fila trae un campo que el conjunto no declara' });
        }
      }
      const clave = keyOf(fila, c.clavePrimaria);
      for (const nombre of c.clavePrimaria) {
        if (fila[nombre] === null)
          problemas.push({ conjunto: c.slug, fila: n, campo: nombre, mensaje: 'forma parte de la clave primaria y no puede quedar vacío' });
      }
      // Tables without a primary key (e.g. survey aggregates keyed by several optional columns).
      const previa = c.clavePrimaria.length ? primarias.get(clave) : undefined;
      if (previa !== undefined) {
        problemas.push({
          conjunto: c.slug,
          fila: n,
          campo: c.clavePrimaria.join(', '),
          mensaje: `la clave primaria ${shownKey(fila, c.clavePrimaria)} se repite (ya está en la fila ${previa})`,
        });
      } else primarias.set(clave, n);
    });
    for (const fk of c.clavesForaneas) {
      const destino = referredKeys(fk.conjunto, fk.camposReferidos);
      propias.forEach((fila, index) => {
        if (fk.campos.some((x) => fila[x] === null || fila[x] === undefined)) return;
        if (!destino.has(keyOf(fila, fk.campos))) {
          const valor = fk.campos.map((x) => mostrar(fila[x])).join(', ');
          problemas.push({
            conjunto: c.slug,
            fila: index + 1,
            campo: fk.campos.join(', '),
            mensaje: `${valor} no corresponde a ninguna fila del conjunto «${fk.conjunto}» (campo «${fk.camposReferidos.join(', ')}»)`,
          });
        }
      });
    }
  }
  return problemas;
}
