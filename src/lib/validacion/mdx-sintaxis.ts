/**
 * MDX bodies read by the same parser Astro's MDX integration compiles them with (satteri, through
 * `@astrojs/markdown-satteri`), so a body the build cannot compile is reported by `validate`, at its
 * file, line and column, in Spanish.
 */
import { mdxToMdast } from 'satteri';
import type { RegistroLeido } from '../lectura/lectura.ts';
import type { Problema } from '../lectura/problema.ts';

/** The parser's English message, in Spanish; `linea` shifts positions it mentions to the file's lines. */
export function translateMdxError(mensaje: string, desplazamiento = 0): string {
  const texto = mensaje.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  const lineaDe = (pos: string) => Number(pos.split(':')[0]) + desplazamiento;
  let m = /^Expected a closing tag for `(<[^`]*>)` \((\d+:\d+)\)/.exec(texto);
  if (m) return `falta la etiqueta de cierre de «${m[1]}» (abierta en la línea ${lineaDe(m[2])}); si quería el signo «<» como texto, escriba «\\<»`;
  m = /^Unexpected closing tag `(<\/[^`]*>)`, expected corresponding closing tag for `(<[^`]*>)` \((\d+:\d+)\)/.exec(texto);
  if (m) return `la etiqueta de cierre «${m[1]}» no corresponde a «${m[2]}» (abierta en la línea ${lineaDe(m[3])})`;
  m = /^Unexpected closing (?:slash|tag) `?(<\/[^`]*>)?`?/.exec(texto);
  if (m) return `hay una etiqueta de cierre${m[1] ? ` «${m[1]}»` : ''} sin su etiqueta de apertura`;
  if (/^Unexpected end of file in expression/.test(texto) || /closing brace/.test(texto))
    return 'falta la llave de cierre «}» de la «{» abierta aquí; si quería el signo «{» como texto, escriba «\\{»';
  if (/^Could not parse expression/.test(texto))
    return 'lo escrito entre «{ }» no es una expresión válida; si quería las llaves como texto, escriba «\\{» y «\\}»';
  if (/^Unexpected end of file/.test(texto)) return 'el archivo termina dentro de una etiqueta «<…>» sin cerrar';
  if (/^Unexpected character/.test(texto)) return 'hay un carácter inesperado dentro de una etiqueta «<…>»; si quería el signo «<» como texto, escriba «\\<»';
  return 'el texto MDX no se puede leer: revise las etiquetas «<…>» y las llaves «{…}» (escriba «\\<» o «\\{» si quiere esos signos como texto)';
}

/** The body of an `.mdx` file as the build will compile it; none for `.md` files. */
export function checkMdxSyntax(registro: RegistroLeido): Problema[] {
  if (registro.cuerpo === undefined || !registro.archivo.endsWith('.mdx')) return [];
  const desplazamiento = (registro.lineaDelCuerpo ?? 1) - 1;
  try {
    mdxToMdast(registro.cuerpo);
    return [];
  } catch (error) {
    const mensaje = error instanceof Error ? error.message : String(error);
    const lugar = /^(\d+):(\d+):/.exec(mensaje);
    return [
      {
        archivo: registro.archivo,
        linea: lugar ? Number(lugar[1]) + desplazamiento : registro.lineaDelCuerpo,
        columna: lugar ? Number(lugar[2]) : undefined,
        mensaje: `el MDX no se puede leer: ${translateMdxError(mensaje, desplazamiento)}`,
        nivel: 'error',
      },
    ];
  }
}
