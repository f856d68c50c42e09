/**
 * The catalogue lists of the editor's configuration, sent once. Every select that points to a
 * catalogue carries the whole list of its options, and the configuration names the sessions in
 * eight fields and the agreements in three: at 10 000 sessions the `/admin/` page weighed 25.7 MB,
 * three quarters of it repeated lists, rendered, copied and written on every build. So the page
 * carries each list once and each such select names its list (`options: { catalogo: 'sesiones' }`);
 * the browser puts the lists back (the same array in every select) before it starts the editor.
 *
 * Shared by the build (`pagina.ts`) and by the page's script (`arranque.ts`).
 */
import type { Catalogo, Opcion, OpcionesDeCatalogos } from './campos.ts';

/** What a select's `options` is in the page: the name of the catalogue whose options it offers. */
export interface ReferenciaACatalogo {
  catalogo: Catalogo;
}

/** The configuration as the page carries it, and the catalogues its selects name. */
export interface ConfiguracionCompartida<T> {
  config: T;
  catalogos: Partial<OpcionesDeCatalogos>;
}

const isPlainObject = (valor: unknown): valor is Record<string, unknown> => typeof valor === 'object' && valor !== null && !Array.isArray(valor);

function isReference(valor: unknown): valor is ReferenciaACatalogo {
  return isPlainObject(valor) && typeof valor.catalogo === 'string' && Object.keys(valor).length === 1;
}

/**
 * A copy of `config` where every `options` list that is one of `catalogos` (the same array, as
 * `editorConfig` puts it in each select) names that catalogue instead, with the catalogues named.
 * The configuration's own type is kept for what is not a select's options (`backend`…).
 */
export function shareCatalogues<T>(config: T, catalogos: OpcionesDeCatalogos): ConfiguracionCompartida<T> {
  const nombres = new Map<Opcion[], Catalogo>((Object.entries(catalogos) as [Catalogo, Opcion[]][]).map(([nombre, lista]) => [lista, nombre]));
  const nombrados: Partial<OpcionesDeCatalogos> = {};
  const copy = (valor: unknown): unknown => {
    if (Array.isArray(valor)) return valor.map(copy);
    if (!isPlainObject(valor)) return valor;
    return Object.fromEntries(
      Object.entries(valor).map(([clave, v]) => {
        const catalogo = clave === 'options' && Array.isArray(v) ? nombres.get(v as Opcion[]) : undefined;
        if (!catalogo) return [clave, copy(v)];
        nombrados[catalogo] = catalogos[catalogo];
        return [clave, { catalogo } satisfies ReferenciaACatalogo];
      }),
    );
  };
  const compartida = copy(config) as T;
  // Key order fixed, so the page is the same on every build.
  const ordenados = Object.fromEntries((Object.keys(catalogos) as Catalogo[]).filter((n) => n in nombrados).map((n) => [n, nombrados[n]]));
  return { config: compartida, catalogos: ordenados };
}

/**
 * Puts every catalogue's options back where `shareCatalogues` named it, in place, and returns the
 * configuration. A name the page does not carry is an error: a select without its options would
 * let staff save any value.
 */
export function expandCatalogues<T>({ config, catalogos }: ConfiguracionCompartida<T>): T {
  const expand = (valor: unknown): void => {
    if (Array.isArray(valor)) return valor.forEach(expand);
    if (!isPlainObject(valor)) return;
    for (const [clave, v] of Object.entries(valor)) {
      if (clave === 'options' && isReference(v)) {
        const opciones = catalogos[v.catalogo];
        if (!opciones) throw new Error(`La configuración del editor nombra el catálogo «${v.catalogo}», que la página no trae.`);
        valor[clave] = opciones;
      } else expand(v);
    }
  };
  expand(config);
  return config;
}
