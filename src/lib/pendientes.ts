/**
 * Text that `npm run nuevo` leaves for staff to write. Every scaffold marks it with
 * `MARCA_PENDIENTE`, so a placeholder left behind can be found in any file (front matter, Markdown
 * body, CSV, a survey's YAML) and the build can refuse to publish it.
 */

export const MARCA_PENDIENTE = 'PENDIENTE:';

export interface Pendiente {
  /** 1-based line and column of the marker. */
  linea: number;
  columna: number;
  /** The placeholder text on that line, from the marker on, without closing quotes. */
  texto: string;
}

/** Every placeholder in `texto`, in order; lines that are YAML comments (`# …`) do not count. */
export function findPlaceholders(texto: string): Pendiente[] {
  const pendientes: Pendiente[] = [];
  texto.split('\n').forEach((linea, i) => {
    if (/^\s*#/.test(linea)) return;
    let desde = linea.indexOf(MARCA_PENDIENTE);
    while (desde >= 0) {
      const resto = linea.slice(desde).replace(/\r$/, '');
      pendientes.push({ linea: i + 1, columna: desde + 1, texto: resto.replace(/["',]+\s*$/, '').trim() });
      desde = linea.indexOf(MARCA_PENDIENTE, desde + MARCA_PENDIENTE.length);
    }
  });
  return pendientes;
}
