/** Problems of one survey: repeats of the same mistake merged, row problems capped per file. */
import type { Problema } from '../lectura/problema.ts';

/** Row problems reported per file before the rest are summarised. */
const MAXIMO_DE_PROBLEMAS_POR_ARCHIVO = 50;

export const errorsOf = (problemas: readonly Problema[]) => problemas.filter((p) => p.nivel === 'error');

export class Reporte {
  readonly problemas: Problema[] = [];
  private readonly repetidos = new Map<string, { problema: Problema; veces: number }>();
  private readonly porArchivo = new Map<string, number>();
  private readonly omitidos = new Map<string, number>();

  add(problema: Problema, claveDeRepeticion?: string) {
    if (claveDeRepeticion) {
      const previo = this.repetidos.get(claveDeRepeticion);
      if (previo) {
        previo.veces++;
        return;
      }
    }
    const n = this.porArchivo.get(problema.archivo) ?? 0;
    if (problema.linea && problema.linea > 1 && n >= MAXIMO_DE_PROBLEMAS_POR_ARCHIVO) {
      this.omitidos.set(problema.archivo, (this.omitidos.get(problema.archivo) ?? 0) + 1);
      return;
    }
    this.porArchivo.set(problema.archivo, n + 1);
    this.problemas.push(problema);
    if (claveDeRepeticion) this.repetidos.set(claveDeRepeticion, { problema, veces: 1 });
  }

  hasErrors(): boolean {
    return errorsOf(this.problemas).length > 0;
  }

  finish(): Problema[] {
    for (const { problema, veces } of this.repetidos.values()) {
      if (veces > 1) problema.mensaje += ` (el mismo valor aparece en ${veces - 1} ${veces - 1 === 1 ? 'fila más' : 'filas más'})`;
    }
    for (const [archivo, n] of this.omitidos) {
      this.problemas.push({ archivo, mensaje: `hay ${n} problemas más en este archivo; corrija los anteriores y vuelva a validar`, nivel: 'error' });
    }
    return this.problemas;
  }
}
