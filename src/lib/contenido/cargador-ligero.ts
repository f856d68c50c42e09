/**
 * Astro's `glob()` loader, keeping in the data store only what the site uses. The store is
 * serialized into the build and held in memory for all of it; for each Markdown entry `glob()`
 * also keeps its source text and a second copy of its frontmatter
 * (`rendered.metadata.frontmatter`), about half of the store on a 10 000-session site. Entries
 * Astro renders only when a page needs them (MDX) keep their source, which their rendering and
 * `hasBodyText()` use.
 */
import { glob, type Loader } from 'astro/loaders';

type DataStore = Parameters<Loader['load']>[0]['store'];
type Entrada = Parameters<DataStore['set']>[0];

/** The entry without what the site never reads once it is rendered. */
export function leanEntry(entrada: Entrada): Entrada {
  if (!entrada.rendered) return entrada;
  const { frontmatter: _copia, ...metadata } = entrada.rendered.metadata ?? {};
  return { ...entrada, body: undefined, rendered: { ...entrada.rendered, metadata } };
}

/** A store that saves lean entries and otherwise behaves as the one given. */
function leanStore(store: DataStore): DataStore {
  return new Proxy(store, {
    get(objetivo, propiedad) {
      if (propiedad === 'set') return (entrada: Entrada) => objetivo.set(leanEntry(entrada));
      const valor = Reflect.get(objetivo, propiedad, objetivo);
      return typeof valor === 'function' ? valor.bind(objetivo) : valor;
    },
  });
}

export function leanGlob(opciones: Parameters<typeof glob>[0]): Loader {
  const loader = glob(opciones);
  return { ...loader, name: 'glob-ligero', load: (contexto) => loader.load({ ...contexto, store: leanStore(contexto.store) }) };
}

/** Whether a Markdown/MDX entry has text below its frontmatter (rendered or, for MDX, source). */
export function hasBodyText(entrada: { body?: string; rendered?: { html: string } }): boolean {
  return Boolean(entrada.rendered?.html.trim() || entrada.body?.trim());
}
