/**
 * What the acta importer leaves for a person to check. Every field it could not find, or that
 * needs an eye, carries a `# REVISAR:` comment, and the catalogue additions it proposes go to a
 * `*.propuestas.yaml` file beside the draft. Both are refused by `validate` and the build until
 * they are resolved, so a draft is never published with unchecked data.
 */
import path from 'node:path';
import type { Problema } from '../lectura/problema.ts';

export const MARCA_REVISAR = 'REVISAR:';

/** Suffix of the importer's proposals file, beside the draft session. */
export const SUFIJO_DE_PROPUESTAS = '.propuestas.yaml';

const MARCA_EN_COMENTARIO = /(?:#|<!--)\s*REVISAR:/;

/** One error per line that still holds a review mark. */
export function reviewMarks(archivo: string, texto: string): Problema[] {
  const problemas: Problema[] = [];
  texto.split('\n').forEach((linea, i) => {
    const m = MARCA_EN_COMENTARIO.exec(linea);
    if (!m) return;
    problemas.push({
      archivo,
      linea: i + 1,
      columna: m.index + 1,
      mensaje: `dato por revisar que dejó el importador («${linea
        .slice(m.index)
        .replace(/^(?:#|<!--)\s*/, '')
        .replace(/\s*-->\s*$/, '')
        .trim()}»); compruébelo contra el acta, corríjalo y borre la marca`,
      nivel: 'error',
    });
  });
  return problemas;
}

/** An error for a proposals file still in the content folder. */
export function pendingProposals(archivo: string): Problema | undefined {
  if (!archivo.endsWith(SUFIJO_DE_PROPUESTAS)) return undefined;
  return {
    archivo,
    mensaje: `propuestas de catálogo del importador sin incorporar: copie cada bloque a su catálogo (content/personas.yaml, instituciones.yaml u organos.yaml) y borre ${path.basename(archivo)}`,
    nivel: 'error',
  };
}
