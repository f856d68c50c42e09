/**
 * Renamed records keep their address: `content/redirecciones.yaml` lists, per collection, each
 * old id and the id that replaced it. The site then serves a redirect page at every old address
 * and a `_redirects` file (Netlify, Cloudflare Pages). Pure: reading, checking and writing.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { joinBase, rutas } from '../url.ts';
import type { Problema } from '../lectura/problema.ts';

export const ARCHIVO_DE_REDIRECCIONES = 'redirecciones.yaml';

/** Collections whose records have their own page, and that page's site path. */
export const COLECCIONES_CON_PAGINA = {
  sesiones: rutas.sesion,
  acuerdos: rutas.acuerdo,
  compromisos: rutas.compromiso,
  organos: rutas.organo,
  personas: rutas.persona,
  eventos: rutas.evento,
} as const;

export type ColeccionConPagina = keyof typeof COLECCIONES_CON_PAGINA;
export type IdsPorColeccion = Record<ColeccionConPagina, ReadonlySet<string>>;

export interface Redireccion {
  coleccion: ColeccionConPagina;
  desde: string;
  hacia: string;
  /** Line of the entry in the file. */
  linea: number;
}

const esColeccion = (nombre: string): nombre is ColeccionConPagina => Object.hasOwn(COLECCIONES_CON_PAGINA, nombre);

/** Reads the file: `coleccion:` then `id-antiguo: id-nuevo` lines. An empty file has no redirects. */
export function parseRedirects(archivo: string, texto: string): { redirecciones: Redireccion[]; problemas: Problema[] } {
  const lineas = new LineCounter();
  const documento = parseDocument(texto, { lineCounter: lineas });
  const linea = (offset: number | undefined) => lineas.linePos(offset ?? 0).line;
  const problemas: Problema[] = [];
  const error = (offset: number | undefined, mensaje: string, campo?: string) =>
    problemas.push({ archivo, linea: linea(offset), ...(campo ? { campo } : {}), mensaje, nivel: 'error' });
  if (documento.errors.length) {
    error(documento.errors[0].pos[0], 'el archivo no es YAML válido: revise la sangría (dos espacios) y los dos puntos de «id-antiguo: id-nuevo»');
    return { redirecciones: [], problemas };
  }
  const redirecciones: Redireccion[] = [];
  if (documento.contents === null) return { redirecciones, problemas };
  if (!isMap(documento.contents)) {
    error(
      documento.contents.range?.[0],
      `se esperaba una colección por línea (${Object.keys(COLECCIONES_CON_PAGINA).join(', ')}) seguida de sus redirecciones`,
    );
    return { redirecciones, problemas };
  }
  for (const par of documento.contents.items) {
    const coleccion = isScalar(par.key) ? String(par.key.value) : '';
    const offset = isScalar(par.key) ? par.key.range?.[0] : undefined;
    if (!esColeccion(coleccion)) {
      error(offset, `«${coleccion}» no es una colección con páginas propias; use una de: ${Object.keys(COLECCIONES_CON_PAGINA).join(', ')}`);
      continue;
    }
    if (par.value === null || (isScalar(par.value) && par.value.value === null)) continue;
    if (!isMap(par.value)) {
      error(offset, 'debajo de la colección van líneas «id-antiguo: id-nuevo», con dos espacios de sangría', coleccion);
      continue;
    }
    for (const entrada of par.value.items) {
      const desde = isScalar(entrada.key) ? String(entrada.key.value) : '';
      const hacia = isScalar(entrada.value) ? String(entrada.value.value ?? '') : '';
      const inicio = isScalar(entrada.key) ? entrada.key.range?.[0] : undefined;
      if (!desde || !hacia) {
        error(inicio, 'cada redirección es «id-antiguo: id-nuevo», ambos identificadores', `${coleccion}.${desde}`);
        continue;
      }
      redirecciones.push({ coleccion, desde, hacia, linea: linea(inicio) });
    }
  }
  return { redirecciones, problemas };
}

/** Where a redirect finally leads, following chains (a → b → c); undefined for a loop. */
export function finalTarget(redirecciones: readonly Redireccion[], r: Redireccion): string | undefined {
  const siguiente = new Map(redirecciones.filter((x) => x.coleccion === r.coleccion).map((x) => [x.desde, x.hacia]));
  const vistos = new Set([r.desde]);
  let actual = r.hacia;
  while (siguiente.has(actual)) {
    if (vistos.has(actual)) return undefined;
    vistos.add(actual);
    actual = siguiente.get(actual)!;
  }
  return vistos.has(actual) ? undefined : actual;
}

/**
 * A redirect must lead to a record that exists, not loop, and not hide a record that still
 * exists; an id published before (`anteriores`) that is gone needs a redirect.
 */
export function checkRedirects(archivo: string, redirecciones: readonly Redireccion[], actuales: IdsPorColeccion, anteriores?: IdsPorColeccion): Problema[] {
  const problemas: Problema[] = [];
  const error = (r: Redireccion, mensaje: string) => problemas.push({ archivo, linea: r.linea, campo: `${r.coleccion}.${r.desde}`, mensaje, nivel: 'error' });
  const vistos = new Set<string>();
  for (const r of redirecciones) {
    const clave = `${r.coleccion}\0${r.desde}`;
    if (vistos.has(clave)) error(r, `«${r.desde}» ya tiene una redirección en ${r.coleccion}; deje solo una`);
    vistos.add(clave);
    if (actuales[r.coleccion].has(r.desde)) {
      error(r, `«${r.desde}» todavía existe en ${r.coleccion}: una redirección ocultaría su página; quítela o cambie el identificador del registro`);
      continue;
    }
    const destino = finalTarget(redirecciones, r);
    if (destino === undefined) error(r, `las redirecciones de ${r.coleccion} forman un ciclo a partir de «${r.desde}» (ninguna llega a un registro)`);
    else if (!actuales[r.coleccion].has(destino)) error(r, `«${r.desde}» redirige a «${destino}», que no existe en ${r.coleccion}`);
  }
  if (anteriores) {
    for (const coleccion of Object.keys(COLECCIONES_CON_PAGINA) as ColeccionConPagina[]) {
      for (const id of [...anteriores[coleccion]].sort()) {
        if (actuales[coleccion].has(id) || vistos.has(`${coleccion}\0${id}`)) continue;
        problemas.push({
          archivo,
          campo: coleccion,
          mensaje: `el registro «${id}» de ${coleccion} estaba publicado en el commit anterior y ya no existe: agregue «${id}: id-nuevo» debajo de «${coleccion}:» para que su dirección siga funcionando`,
          nivel: 'error',
        });
      }
    }
  }
  return problemas;
}

/** Site paths of each redirect: from the old record's page to the final record's page. */
export function redirectPaths(redirecciones: readonly Redireccion[]): { desde: string; hacia: string }[] {
  return redirecciones
    .map((r) => ({ r, destino: finalTarget(redirecciones, r) }))
    .filter((x): x is { r: Redireccion; destino: string } => x.destino !== undefined)
    .map(({ r, destino }) => ({ desde: COLECCIONES_CON_PAGINA[r.coleccion](r.desde), hacia: COLECCIONES_CON_PAGINA[r.coleccion](destino) }))
    .sort((a, b) => a.desde.localeCompare(b.desde));
}

/** `_redirects` (Netlify and Cloudflare Pages): permanent redirects, with and without the final slash. */
export function writeRedirectsFile(rutas: readonly { desde: string; hacia: string }[], base: string): string {
  const lineas = ['# Direcciones de registros renombrados (content/redirecciones.yaml).'];
  for (const { desde, hacia } of rutas) {
    const origen = joinBase(base, desde);
    const destino = joinBase(base, hacia);
    lineas.push(`${origen.replace(/\/$/, '')} ${destino} 301`, `${origen} ${destino} 301`);
  }
  return lineas.join('\n') + '\n';
}
