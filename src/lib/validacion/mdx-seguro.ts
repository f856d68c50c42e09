/**
 * Content bodies may contain Markdown and the project's documented components only: anything
 * that could run code in a reader's browser or pull in other modules is refused.
 */
import type { Problema } from '../lectura/problema.ts';
import type { RegistroLeido } from '../lectura/lectura.ts';

const RULES: { pattern: RegExp; mensaje: string }[] = [
  { pattern: /^\s*import\s/, mensaje: 'no se permite «import» en el contenido: use solo texto Markdown y los componentes documentados' },
  { pattern: /^\s*export\s/, mensaje: 'no se permite «export» en el contenido' },
  { pattern: /<\s*script\b/i, mensaje: 'no se permite la etiqueta <script> en el contenido' },
  { pattern: /<\s*(iframe|object|embed)\b/i, mensaje: 'no se permiten <iframe>, <object> ni <embed> en el contenido' },
  { pattern: /\son[a-z]+\s*=/i, mensaje: 'no se permiten atributos de evento (onclick, onload, …) en el contenido' },
  { pattern: /javascript\s*:/i, mensaje: 'no se permiten enlaces «javascript:» en el contenido' },
];

export function checkMdxSafety(registro: RegistroLeido): Problema[] {
  if (registro.cuerpo === undefined) return [];
  const start = registro.lineaDelCuerpo ?? 1;
  const problemas: Problema[] = [];
  let fenced = false;
  registro.cuerpo.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    for (const rule of RULES) {
      const match = rule.pattern.exec(line);
      if (match) {
        problemas.push({ archivo: registro.archivo, linea: start + index, columna: match.index + 1, mensaje: rule.mensaje, nivel: 'error' });
      }
    }
  });
  return problemas;
}
