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

const codificador = new TextEncoder();

export function makeFile(ruta: string, tipo: string, formato: string, contenido: string | Uint8Array): Archivo {
  const bytes = typeof contenido === 'string' ? codificador.encode(contenido) : contenido;
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

/**
 * Publishes every dataset. Throws `ErrorDeDatos` with every problem found when rows do not match
 * their declarations. `versionOf` names each dataset's version for the catalogues; `comprimir`
 * compresses the ZIP's entries (`writeZip`).
 */
export function publish(
  contenido: Contenido,
  contexto: ContextoDeCatalogo,
  conjuntos: readonly Conjunto[] = CONJUNTOS,
  versionOf: (conjunto: Conjunto, filas: Fila[]) => InfoDeVersion | undefined = () => undefined,
  comprimir?: Compresor,
): Publicacion {
  const filas = new Map(conjuntos.map((c) => [c.slug, c.filas(contenido, contexto)]));
  const problemas = checkRows(conjuntos, filas);
  if (problemas.length) throw new ErrorDeDatos(problemas);

  const publicados: ConjuntoPublicado[] = conjuntos.map((conjunto) => {
    const propias = filas.get(conjunto.slug)!;
    const url = contexto.absoluta(rutasDeDatos.pagina(conjunto.slug));
    const licencia = conjunto.licencia ?? contexto.editor.licencia;
    const version = versionOf(conjunto, propias);
    return {
      conjunto,
      filas: propias,
      csv: makeFile(rutasDeDatos.csv(conjunto.slug), 'text/csv', 'CSV', writeCsv(conjunto.campos, propias)),
      json: makeFile(
        rutasDeDatos.json(conjunto.slug),
        'application/json',
        'JSON',
        writeJson(conjunto, propias, { url, licencia, actualizado: contexto.actualizado }),
      ),
      cobertura: coverage(conjunto, propias),
      licencia,
      url,
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
