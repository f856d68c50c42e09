/**
 * Spanish wording of the dataset pages: field types, constraints, file sizes, citation and the
 * preview cells. Pure, so pages stay thin.
 */
import { formatDate } from '../fechas.ts';
import { formatNumber } from '../numeros.ts';
import type { ConjuntoPublicado } from './publicacion.ts';
import type { Campo, Conjunto, TipoDeCampo, Valor } from './tipos.ts';

export const TIPOS: Record<TipoDeCampo, string> = {
  string: 'Texto',
  integer: 'Número entero',
  number: 'Número',
  boolean: 'Verdadero o falso',
  date: 'Fecha (AAAA-MM-DD)',
  time: 'Hora (HH:MM)',
  year: 'Año',
  list: 'Lista de textos',
};

/** «1.2 MB», «30.4 kB», «812 bytes» (decimal units, point as decimal separator as in Mexico). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Constraints of a field in words: «obligatorio; único; referencia a «organos» (id)». */
export function describeConstraints(campo: Campo, conjunto: Conjunto): string[] {
  const partes: string[] = [];
  if (conjunto.clavePrimaria.includes(campo.nombre))
    partes.push(conjunto.clavePrimaria.length > 1 ? `parte de la clave primaria (${conjunto.clavePrimaria.join(', ')})` : 'clave primaria');
  if (campo.requerido) partes.push('obligatorio');
  else partes.push('opcional (celda vacía o null si no hay dato)');
  if (campo.unico && !(conjunto.clavePrimaria.length === 1 && conjunto.clavePrimaria[0] === campo.nombre)) partes.push('único');
  if (campo.valores) partes.push(`valores: ${campo.valores.join(', ')}`);
  if (campo.minimo !== undefined) partes.push(`mínimo ${campo.minimo}`);
  if (campo.formato === 'uri') partes.push('dirección web');
  if (campo.tipo === 'list') partes.push(`separador «${campo.separador ?? ';'}» en CSV; arreglo en JSON`);
  for (const fk of conjunto.clavesForaneas.filter((f) => f.campos.includes(campo.nombre))) {
    partes.push(`referencia a «${fk.conjunto}» (${fk.camposReferidos.join(', ')})`);
  }
  return partes;
}

/** Text of a preview cell: lists joined, long text shortened. */
export function previewCell(valor: Valor, maximo = 120): string {
  if (valor === null) return '';
  const texto = Array.isArray(valor) ? valor.join('; ') : String(valor);
  return texto.length > maximo ? `${texto.slice(0, maximo - 1).trimEnd()}…` : texto;
}

/**
 * A suggested citation: institution, year, title, version, date and address. The version is the
 * dataset's latest from the repository's history (`p.version`); without one, the citation names
 * the date of the files instead, so it never claims a version that does not exist.
 */
export function citation(p: ConjuntoPublicado, editor: { nombre: string; institucion: { siglas: string; nombre: string } }, actualizado: string): string {
  const fecha = p.version?.version ?? actualizado;
  const version = p.version ? `Versión ${p.version.version}` : `Archivos del ${formatDate(actualizado)}`;
  return `${editor.institucion.nombre} (${editor.institucion.siglas}) (${fecha.slice(0, 4)}). ${p.conjunto.titulo} [conjunto de datos]. ${editor.nombre}. ${version}. ${p.url}`;
}

/** «del 15 de octubre de 2019 al 16 de diciembre de 2022». */
export function describeCoverage(p: ConjuntoPublicado): string | undefined {
  if (!p.cobertura) return undefined;
  const { inicio, fin } = p.cobertura;
  return inicio === fin ? formatDate(inicio) : `del ${formatDate(inicio)} al ${formatDate(fin)}`;
}
