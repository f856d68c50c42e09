/**
 * Errors that carry a complete report for the person running a build or a script. Library modules
 * throw them and never end the process; the entry point (a script, or the build's integrations)
 * prints the report as it is, without a stack trace, and exits with code 1.
 */
export class ErrorConInforme extends Error {
  /** What to print, in Spanish, as it is. */
  readonly informe: string;

  constructor(informe: string) {
    super(informe);
    this.name = 'ErrorConInforme';
    this.informe = informe;
  }
}

/**
 * The report of `error` when it is an `ErrorConInforme`, also one thrown by another copy of this
 * module (the built pages bundle their own copy, so `instanceof` alone would miss it).
 */
export function reportOf(error: unknown): string | undefined {
  if (error instanceof ErrorConInforme) return error.informe;
  if (error instanceof Error && error.name === 'ErrorConInforme' && typeof (error as { informe?: unknown }).informe === 'string')
    return (error as ErrorConInforme).informe;
  return undefined;
}
