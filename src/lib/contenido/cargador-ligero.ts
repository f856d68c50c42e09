/**
 * Astro's `glob()` loader, keeping in the data store only what the site uses, and not reading
 * again the frontmatter of a file the store already has unchanged.
 *
 * The store is serialized into the build and held in memory for all of it; for each Markdown
 * entry `glob()` also keeps its source text, a second copy of its frontmatter
 * (`rendered.metadata.frontmatter`) and its headings, over half of the store on a 10 000-session
 * site. Entries
 * Astro renders only when a page needs them (MDX) keep their source, which their rendering and
 * `hasBodyText()` use.
 *
 * `glob()` parses every file's frontmatter before it compares the file's digest with the stored
 * entry's (an id may come from the frontmatter's `slug`), and throws that parse away when the file
 * is unchanged: a quarter of a rebuild's content sync at 10 000 sessions. This site's ids come from
 * file paths alone (`idFromPath`), so an unchanged file is answered without parsing it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

type DataStore = LoaderContext['store'];
type Entrada = Parameters<DataStore['set']>[0];
type OpcionesDeGlob = Parameters<typeof glob>[0];

/** What Astro's entry types give `glob()` for a file (`astro/dist/types/public/content.d.ts`). */
type InfoDeEntrada = { data: Record<string, unknown>; body?: string; rawData?: string; slug?: string };
type TipoDeEntrada = { getEntryInfo(params: { fileUrl: URL; contents: string }): InfoDeEntrada | Promise<InfoDeEntrada> };

/** Astro passes its entry types (by file extension) to `glob()` beside the public context. */
type ContextoDeGlob = LoaderContext & { entryTypes?: Map<string, TipoDeEntrada> };

/**
 * The entry without what the site never reads once it is rendered: the source text, the copy of
 * the frontmatter, and the list of headings (a fifth of the store at 10 000 sessions; no template
 * reads the `headings` that `render()` returns, which a test of this module checks).
 */
export function leanEntry(entrada: Entrada): Entrada {
  if (!entrada.rendered) return entrada;
  const { frontmatter: _copia, headings: _titulos, ...metadata } = entrada.rendered.metadata ?? {};
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

/**
 * Entry types whose `getEntryInfo` answers, without parsing, for a file the store holds with the
 * same digest (and its file path): `glob()` then keeps the stored entry and uses nothing of the
 * answer but the id, which `idOf` makes from the file's path relative to `base`.
 */
export function entryTypesSkippingUnchanged(
  tipos: Map<string, TipoDeEntrada>,
  { store, generateDigest, base, idOf }: { store: DataStore; generateDigest: (texto: string) => string; base: string; idOf: (entrada: string) => string },
): Map<string, TipoDeEntrada> {
  const sinCambios = ({ fileUrl, contents }: { fileUrl: URL; contents: string }) => {
    const anterior = store.get(idOf(path.relative(base, fileURLToPath(fileUrl)).split(path.sep).join('/')));
    return Boolean(anterior?.filePath && anterior.digest === generateDigest(contents));
  };
  return new Map(
    [...tipos].map(([extension, tipo]) => [
      extension,
      { ...tipo, getEntryInfo: (params) => (sinCambios(params) ? { data: {}, body: '', rawData: '' } : tipo.getEntryInfo(params)) } satisfies TipoDeEntrada,
    ]),
  );
}

/** `glob()`'s options, with the entry id made from the file's path alone (see `leanGlob`). */
export type OpcionesDeGlobLigero = Omit<OpcionesDeGlob, 'generateId'> & {
  /** Id of the entry in file `entrada` (its path relative to `base`, with `/`). */
  idFromPath: (entrada: string) => string;
};

/** `glob()` keeping lean entries, which parses only the files that changed since the store was written. */
export function leanGlob({ idFromPath, ...opciones }: OpcionesDeGlobLigero): Loader {
  const loader = glob({ ...opciones, generateId: ({ entry }) => idFromPath(entry) });
  return {
    ...loader,
    name: 'glob-ligero',
    load: (contexto: ContextoDeGlob) => {
      const base = fileURLToPath(new URL(opciones.base ?? '.', contexto.config.root));
      const entryTypes =
        contexto.entryTypes &&
        entryTypesSkippingUnchanged(contexto.entryTypes, { store: contexto.store, generateDigest: contexto.generateDigest, base, idOf: idFromPath });
      return loader.load({ ...contexto, store: leanStore(contexto.store), entryTypes } as ContextoDeGlob);
    },
  };
}

/** Whether a Markdown/MDX entry has text below its frontmatter (rendered or, for MDX, source). */
export function hasBodyText(entrada: { body?: string; rendered?: { html: string } }): boolean {
  return Boolean(entrada.rendered?.html.trim() || entrada.body?.trim());
}
