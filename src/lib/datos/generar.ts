/**
 * Computes every open-data file once, from the content the pages use: rows of each dataset
 * (checked against their declaration), CSV and JSON bytes with size and SHA-256, the Data Package
 * descriptor, the ZIP with every CSV and the descriptor, and the DCAT catalogues. Pages and
 * endpoints read from the result, so the size and digest shown are those of the bytes served.
 */
import { createHash } from 'node:crypto';
import type { Contenido } from '../contenido/cargar.ts';
import { CONJUNTOS } from './conjuntos.ts';
import { writeCsv } from '../csv/escribir-csv.ts';
import { rutas } from '../url.ts';
import { buildDataPackage } from './datapackage.ts';
import { buildDataJson, buildDcatAp } from './dcat.ts';
import { writeJson } from './json.ts';
import type { Archivo, Cobertura, ConjuntoPublicado, ContextoDeCatalogo, InfoDeVersion } from './publicacion.ts';
import type { Conjunto, Fila } from './tipos.ts';
import { checkRows, ErrorDeDatos } from './verificar.ts';
import { writeZip, type Compresor } from './zip.ts';

export interface Publicacion {
  conjuntos: ConjuntoPublicado[];
  conjunto: Map<string, ConjuntoPublicado>;
  datapackage: Archivo;
  zip: Archivo;
  dcat: Archivo;
  dataJson: Archivo;
  /** Every file, by site path. */
  archivos: Map<string, Archivo>;
  actualizado: string;
}

/**
 * UTF-8 bytes of a text, as a plain Uint8Array. Buffer's encoder takes half the time of
 * `TextEncoder` on the tens of megabytes of a large site's datasets; the view keeps consumers
 * independent of Buffer (a short text's bytes sit in Node's shared pool, at their offset).
 */
function utf8(texto: string): Uint8Array {
  const bytes = Buffer.from(texto, 'utf8');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

export function makeFile(ruta: string, tipo: string, formato: string, contenido: string | Uint8Array): Archivo {
  const bytes = typeof contenido === 'string' ? utf8(contenido) : contenido;
  return {
    ruta,
    nombre: ruta.slice(ruta.lastIndexOf('/') + 1),
    tipo,
    formato,
    bytes,
    tamano: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** First and last value of the dataset's date column. */
export function coverage(conjunto: Conjunto, filas: readonly Fila[]): Cobertura | undefined {
  if (!conjunto.campoTemporal) return undefined;
  const fechas = filas
    .map((f) => f[conjunto.campoTemporal!])
    .filter((x): x is string => typeof x === 'string')
    .sort();
  return fechas.length ? { inicio: fechas[0], fin: fechas[fechas.length - 1] } : undefined;
}

/** Site path of a dataset's page and files. */
export const rutasDeDatos = {
  pagina: rutas.conjunto,
  csv: (slug: string) => `/datos/${slug}.csv`,
  json: (slug: string) => `/datos/${slug}.json`,
  datapackage: '/datos/datapackage.json',
  zip: '/datos/datos-abiertos.zip',
  dcat: '/datos/catalogo.jsonld',
  dataJson: '/datos/data.json',
} as const;

const json = (valor: unknown) => JSON.stringify(valor, null, 2) + '\n';

/** What the rows of each dataset passed in an earlier build (`checkRows`), by `rowCheckKeys`. */
export interface ComprobacionesAnteriores {
  /** Whether rows with this key passed every check. */
  has(clave: string): boolean;
  /** Records that rows with this key passed every check. */
  add(clave: string): void;
}

export interface OpcionesDePublicacion {
  /** Names each dataset's version for the catalogues. */
  versionOf?: (conjunto: Conjunto, filas: Fila[]) => InfoDeVersion | undefined;
  /** Compresses the ZIP's entries (`writeZip`). */
  comprimir?: Compresor;
  /** Datasets whose rows passed the checks before, as they are: not checked again. */
  comprobadas?: ComprobacionesAnteriores;
}

/** A dataset's files. The CSV is missing when its rows cannot be written (`error`): the checks say why. */
interface ArchivosDelConjunto {
  json: Archivo;
  csv?: Archivo;
  error?: unknown;
}

/**
 * The key under which a dataset's rows passed the checks: its declaration (what the checks read of
 * it), the bytes of its CSV and JSON (the JSON holds every field of every row, the CSV how each
 * value is written), and, for each foreign key, the values of the referred fields in the referred
 * dataset's rows (an edited session's summary changes `sesiones.json`, not the session ids that
 * attendance, agenda and agreements refer to). Equal keys mean rows that give the same answers;
 * the checking code is not in it (the record of keys is kept per version of that code,
 * `src/lib/incremental/filas-comprobadas.ts`). No key for a dataset without a CSV.
 */
export function rowCheckKeys(
  conjuntos: readonly Conjunto[],
  filas: ReadonlyMap<string, readonly Fila[]>,
  archivos: ReadonlyMap<string, Pick<ArchivosDelConjunto, 'csv' | 'json'>>,
): Map<string, string> {
  const referidos = new Map<string, string>();
  const referredValues = (slug: string, campos: readonly string[]) => {
    const id = JSON.stringify([slug, campos]);
    let huella = referidos.get(id);
    if (huella === undefined) {
      const hash = createHash('sha256');
      for (const fila of filas.get(slug) ?? []) hash.update(JSON.stringify(campos.map((campo) => fila[campo] ?? null))).update('\n');
      referidos.set(id, (huella = hash.digest('hex')));
    }
    return huella;
  };
  const claves = new Map<string, string>();
  for (const c of conjuntos) {
    const propios = archivos.get(c.slug);
    if (!propios?.csv) continue;
    const declaracion = { slug: c.slug, campos: c.campos, clavePrimaria: c.clavePrimaria, clavesForaneas: c.clavesForaneas };
    const referencias = c.clavesForaneas.map((fk) => (filas.has(fk.conjunto) ? referredValues(fk.conjunto, fk.camposReferidos) : null));
    claves.set(
      c.slug,
      createHash('sha256')
        .update(JSON.stringify([declaracion, propios.csv.sha256, propios.json.sha256, referencias]))
        .digest('hex'),
    );
  }
  return claves;
}

/**
 * Publishes every dataset. Throws `ErrorDeDatos` with every problem found when rows do not match
 * their declarations.
 */
export function publish(
  contenido: Contenido,
  contexto: ContextoDeCatalogo,
  conjuntos: readonly Conjunto[] = CONJUNTOS,
  { versionOf = () => undefined, comprimir, comprobadas }: OpcionesDePublicacion = {},
): Publicacion {
  const filas = new Map(conjuntos.map((c) => [c.slug, c.filas(contenido, contexto)]));
  const url = (conjunto: Conjunto) => contexto.absoluta(rutasDeDatos.pagina(conjunto.slug));
  const licencia = (conjunto: Conjunto) => conjunto.licencia ?? contexto.editor.licencia;
  // Written before the rows are checked, so that the rows of a dataset whose files passed the
  // checks before are not checked again.
  const archivos = new Map(
    conjuntos.map((conjunto): [string, ArchivosDelConjunto] => {
      const propias = filas.get(conjunto.slug)!;
      const json = makeFile(
        rutasDeDatos.json(conjunto.slug),
        'application/json',
        'JSON',
        writeJson(conjunto, propias, { url: url(conjunto), licencia: licencia(conjunto), actualizado: contexto.actualizado }),
      );
      try {
        return [conjunto.slug, { json, csv: makeFile(rutasDeDatos.csv(conjunto.slug), 'text/csv', 'CSV', writeCsv(conjunto.campos, propias)) }];
      } catch (error) {
        return [conjunto.slug, { json, error }];
      }
    }),
  );
  const claves = comprobadas ? rowCheckKeys(conjuntos, filas, archivos) : new Map<string, string>();
  const problemas = checkRows(conjuntos, filas, (slug) => {
    const clave = claves.get(slug);
    return clave !== undefined && comprobadas!.has(clave);
  });
  if (problemas.length) throw new ErrorDeDatos(problemas);
  for (const clave of claves.values()) comprobadas?.add(clave);

  const publicados: ConjuntoPublicado[] = conjuntos.map((conjunto) => {
    const propias = filas.get(conjunto.slug)!;
    const { csv, json, error } = archivos.get(conjunto.slug)!;
    // Rows that pass the checks and still cannot be written: a fault of the writer, not of the content.
    if (!csv) throw error;
    const version = versionOf(conjunto, propias);
    return {
      conjunto,
      filas: propias,
      csv,
      json,
      cobertura: coverage(conjunto, propias),
      licencia: licencia(conjunto),
      url: url(conjunto),
      ...(version ? { version } : {}),
    };
  });
  const datapackage = makeFile(rutasDeDatos.datapackage, 'application/json', 'JSON', json(buildDataPackage(publicados, contexto)));
  const zip = makeFile(
    rutasDeDatos.zip,
    'application/zip',
    'ZIP',
    writeZip(
      [datapackage, ...publicados.map((p) => p.csv)].map((a) => ({ nombre: a.nombre, datos: a.bytes, sha256: a.sha256 })),
      contexto.actualizado,
      comprimir,
    ),
  );
  const dcat = makeFile(rutasDeDatos.dcat, 'application/ld+json', 'JSON-LD', json(buildDcatAp(publicados, contexto)));
  const dataJson = makeFile(rutasDeDatos.dataJson, 'application/json', 'JSON', json(buildDataJson(publicados, contexto)));
  const todos = [...publicados.flatMap((p) => [p.csv, p.json]), datapackage, zip, dcat, dataJson];
  return {
    conjuntos: publicados,
    conjunto: new Map(publicados.map((p) => [p.conjunto.slug, p])),
    datapackage,
    zip,
    dcat,
    dataJson,
    archivos: new Map(todos.map((a) => [a.ruta, a])),
    actualizado: contexto.actualizado,
  };
}
