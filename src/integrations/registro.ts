/**
 * Where Astro writes the build's log (`logger` in astro.config.mjs): the lines Astro's own Node
 * destination writes, on the same streams and with the same prefixes and colours, but in blocks.
 * A build prints two lines per page (about 136,000 at 10,000 sessions, most of them «(cached)» in
 * a rebuild) and Node writes each one with a system call of its own, synchronously when standard
 * output is a pipe, a file or a terminal: 0.7 s of a 25-second rebuild. Here the lines for standard
 * output wait in memory until 64 KiB gather, 50 ms pass, a line for standard error comes (so the
 * order across both streams is kept) or the process ends.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';

/** A stream written whole, at once (`process.stdout`, `process.stderr`). */
export interface Flujo {
  write(texto: string): unknown;
  isTTY?: boolean;
}

export interface OpcionesDeRegistro {
  salida?: Flujo;
  errores?: Flujo;
  /** Colours in the prefixes; by default, as Astro decides them (`colorsLikeAstro`). */
  colores?: boolean;
  ahora?: () => Date;
  /** Bytes gathered before a block is written. */
  bloque?: number;
  /** Longest wait of a line, in milliseconds, before its block is written. */
  espera?: number;
}

/** Astro's rule for colours (its `piccolore` palette): off with NO_COLOR, on in CI or a terminal. */
export function colorsLikeAstro(entorno: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv, salida: Flujo = process.stdout): boolean {
  if (entorno.NO_COLOR || argv.includes('--no-color')) return false;
  return Boolean(entorno.FORCE_COLOR) || argv.includes('--color') || (salida.isTTY === true && entorno.TERM !== 'dumb') || Boolean(entorno.CI);
}

const formatoDeHora = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** The prefix Astro puts before a line: the time, the level of a warning or error, and the label. */
export function prefixOf({ level, label }: Pick<AstroLoggerMessage, 'level' | 'label'>, hora: string, colores: boolean): string {
  const pintar = (inicio: string, fin: string) => (texto: string) => (colores ? `\x1b[${inicio}m${texto}\x1b[${fin}m` : texto);
  const [tenue, negrita, rojo, amarillo, azul] = [pintar('2', '22'), pintar('1', '22'), pintar('31', '39'), pintar('33', '39'), pintar('34', '39')];
  const partes = level === 'error' || level === 'warn' ? [negrita(hora), `[${level.toUpperCase()}]`] : [hora];
  if (label) partes.push(`[${label}]`);
  if (level === 'error') return rojo(partes.join(' '));
  if (level === 'warn') return amarillo(partes.join(' '));
  return partes.length === 1 ? tenue(partes[0]) : `${tenue(partes[0])} ${azul(partes.slice(1).join(' '))}`;
}

/** A log destination that writes standard output in blocks (see the module's comment). */
export function blockDestination(opciones: OpcionesDeRegistro = {}): AstroLoggerDestination & { flush(): void } {
  const salida = opciones.salida ?? process.stdout;
  const errores = opciones.errores ?? process.stderr;
  const colores = opciones.colores ?? colorsLikeAstro(process.env, process.argv, salida);
  const ahora = opciones.ahora ?? (() => new Date());
  const bloque = opciones.bloque ?? 64 * 1024;
  const espera = opciones.espera ?? 50;
  let pendiente: string[] = [];
  let tamano = 0;
  let temporizador: ReturnType<typeof setTimeout> | undefined;
  // The time is formatted once per second, not once per line.
  let segundo = Number.NaN;
  let hora = '';

  const flush = () => {
    if (temporizador) clearTimeout(temporizador);
    temporizador = undefined;
    if (!pendiente.length) return;
    const texto = pendiente.join('');
    pendiente = [];
    tamano = 0;
    salida.write(texto);
  };
  process.once('exit', flush);

  const prefix = (mensaje: AstroLoggerMessage) => {
    const fecha = ahora();
    const s = Math.floor(fecha.getTime() / 1000);
    if (s !== segundo) {
      segundo = s;
      hora = formatoDeHora.format(fecha);
    }
    return prefixOf(mensaje, hora, colores);
  };

  return {
    write(mensaje) {
      // Astro's Node destination leaves out debug messages too (they have their own channel).
      if (mensaje.level === 'debug') return;
      const linea = `${mensaje.label === 'SKIP_FORMAT' ? mensaje.message : `${prefix(mensaje)} ${mensaje.message}`}${mensaje.newLine ? '\n' : ''}`;
      if (mensaje.level === 'error') {
        flush();
        errores.write(linea);
        return;
      }
      pendiente.push(linea);
      tamano += linea.length;
      if (tamano >= bloque) flush();
      else if (!temporizador) {
        temporizador = setTimeout(flush, espera);
        // A finished build does not wait for it: the process's `exit` writes what is left.
        temporizador.unref?.();
      }
    },
    flush,
    close: flush,
  };
}

/** Astro loads the destination as this module's default export, with `logger.config`. */
export default function destination(): AstroLoggerDestination {
  return blockDestination();
}
