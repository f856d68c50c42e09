/**
 * A content problem found by `validate` or the build, and how it is printed for staff.
 */

export type Nivel = 'error' | 'aviso';

export interface Problema {
  /** Path of the file, relative to the project root, with forward slashes. */
  archivo: string;
  /** 1-based line, when the problem has a place in the file. */
  linea?: number;
  /** 1-based column. */
  columna?: number;
  /** Field (or CSV column) concerned, e.g. `acuerdos[2].votacion`. */
  campo?: string;
  /** What is wrong and what was expected, in Spanish. */
  mensaje: string;
  nivel: Nivel;
}

/** `archivo:línea:columna — campo: mensaje`, the one format staff see everywhere. */
export function formatProblem(problema: Problema): string {
  const lugar = [problema.archivo, problema.linea, problema.linea ? problema.columna : undefined].filter((parte) => parte !== undefined).join(':');
  const campo = problema.campo ? `${problema.campo}: ` : '';
  const nivel = problema.nivel === 'aviso' ? ' (aviso)' : '';
  return `${lugar} — ${campo}${problema.mensaje}${nivel}`;
}

/** GitHub Actions workflow command, so the message shows on the changed line of a pull request. */
export function formatGithubAnnotation(problema: Problema): string {
  const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${escapeProperty(problema.archivo)}`];
  if (problema.linea) props.push(`line=${problema.linea}`);
  if (problema.linea && problema.columna) props.push(`col=${problema.columna}`);
  if (problema.campo) props.push(`title=${escapeProperty(problema.campo)}`);
  const command = problema.nivel === 'aviso' ? 'warning' : 'error';
  return `::${command} ${props.join(',')}::${escapeData(problema.mensaje)}`;
}

/** Orders problems by file, then line, so the report reads top to bottom. */
export function sortProblems(problemas: Problema[]): Problema[] {
  return [...problemas].sort(
    (a, b) =>
      a.archivo.localeCompare(b.archivo) || (a.linea ?? 0) - (b.linea ?? 0) || (a.columna ?? 0) - (b.columna ?? 0) || a.mensaje.localeCompare(b.mensaje),
  );
}

/** Closing summary line of a report. */
export function summarizeProblems(problemas: Problema[]): string {
  const errores = problemas.filter((p) => p.nivel === 'error').length;
  const avisos = problemas.length - errores;
  const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;
  return `${plural(errores, 'error', 'errores')}, ${plural(avisos, 'aviso', 'avisos')}`;
}
