/**
 * The command line of `npm run nuevo -- <tipo> [--campo valor …]`: the kind of record and its
 * options, and the mistakes in them, which are the user's to fix (exit code 2), not faults.
 */

/** A mistake in how the command was called; its message, in Spanish, says how to call it. */
export class ErrorDeUso extends Error {}

export interface Argumentos {
  /** The kind of record, lower case and without accents (`sesión` is `sesion`); absent when none was given. */
  tipo?: string;
  /** Options by name, with `_` for `-` (`--presentado-por` is `presentado_por`). */
  flags: Record<string, string>;
}

/** Reads `<tipo> --campo valor --otro=valor …`. */
export function parseArgs(argv: readonly string[]): Argumentos {
  const [tipo, ...rest] = argv;
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const match = /^--([a-z_-]+)(?:=(.*))?$/.exec(rest[i]);
    if (!match) throw new ErrorDeUso(`No entiendo «${rest[i]}»: escriba las opciones como --campo valor.`);
    const valor = match[2] ?? rest[++i];
    if (valor === undefined) throw new ErrorDeUso(`Falta el valor de --${match[1]}.`);
    flags[match[1].replace(/-/g, '_')] = valor;
  }
  return {
    tipo: tipo
      ?.normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
    flags,
  };
}

/** `valor` when it is written AAAA-MM-DD; else a usage error naming the option `--campo`. */
export function checkDate(valor: string, campo: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(valor)) throw new ErrorDeUso(`--${campo} debe ser una fecha AAAA-MM-DD (recibí «${valor}»).`);
  return valor;
}
