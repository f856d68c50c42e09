/**
 * Which search the page is showing. Searches overlap (typing, ticking a filter, «Mostrar más»),
 * and an answer that arrives after a newer search started must not reach the screen. Each search
 * takes a turn; only the latest turn's answers and errors are shown.
 */
export class TurnosDeBusqueda {
  private turno = 0;
  /** Query string of the search on screen or on its way, unless it failed. */
  private vigente: string | undefined;

  /** A new search for `cadena` (its query string) starts: earlier turns are stale from now on. */
  start(cadena: string): number {
    this.vigente = cadena;
    return ++this.turno;
  }

  /** The turn now, for work (such as «Mostrar más») that belongs to the search on screen. */
  current(): number {
    return this.turno;
  }

  isCurrent(turno: number): boolean {
    return turno === this.turno;
  }

  /** Whether `cadena` is already on screen or on its way (so pressing Enter need not repeat it). */
  isShowing(cadena: string): boolean {
    return this.vigente === cadena;
  }

  /** The search of `turno` failed; true if it was the latest one (so the page says so). */
  fail(turno: number): boolean {
    if (!this.isCurrent(turno)) return false;
    this.vigente = undefined;
    return true;
  }
}
