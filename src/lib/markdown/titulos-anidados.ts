/**
 * Headings of a Markdown body nested under the page section that shows it. Minutes and commitment
 * descriptions are written with `##` headings (their own top level), but the pages show each body
 * inside a section whose heading is already an `<h2>`; rendered as written, the minutes' headings
 * would sit beside that section instead of inside it. The source files keep their levels; only
 * the rendered levels move.
 */
import type { MdastNode, MdastPluginDefinition } from 'satteri';

type Titulo = Extract<MdastNode, { type: 'heading' }>;

/** The deepest heading HTML has. */
const NIVEL_MAXIMO = 6;

/**
 * Rendered levels for a body's headings, in document order. A heading goes one level below the
 * nearest heading before it that the source wrote shallower, or one level below `seccion` when
 * there is none: the source's outline is kept, and a level it skips (`##` then `####`) leaves no
 * gap in the page's. Levels stop at 6.
 */
export function nestedHeadingLevels(niveles: readonly number[], seccion = 2): number[] {
  const abiertos: { fuente: number; nivel: number }[] = [];
  return niveles.map((fuente) => {
    while (abiertos.length > 0 && abiertos[abiertos.length - 1].fuente >= fuente) abiertos.pop();
    const nivel = Math.min((abiertos[abiertos.length - 1]?.nivel ?? seccion) + 1, NIVEL_MAXIMO);
    abiertos.push({ fuente, nivel });
    return nivel;
  });
}

/** Every heading under `nodo`, in document order (headings inside quotes and lists included). */
function headingsIn(nodo: Readonly<MdastNode>): Readonly<Titulo>[] {
  if (nodo.type === 'heading') return [nodo];
  return 'children' in nodo ? (nodo.children as readonly MdastNode[]).flatMap(headingsIn) : [];
}

/** Sätteri plugin that renders a body's headings below a section heading of level `seccion`. */
export function nestHeadings(seccion = 2): MdastPluginDefinition {
  return {
    name: 'titulos-anidados',
    before(raiz, contexto) {
      const titulos = headingsIn(raiz);
      const niveles = nestedHeadingLevels(
        titulos.map((t) => t.depth),
        seccion,
      );
      titulos.forEach((titulo, i) => {
        if (titulo.depth !== niveles[i]) contexto.setProperty(titulo, 'depth', niveles[i] as Titulo['depth']);
      });
    },
  };
}
